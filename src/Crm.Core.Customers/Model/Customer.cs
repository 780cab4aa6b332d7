using Ardalis.GuardClauses;
using NodaTime;

namespace Crm.Core.Customers;

/// <summary>
/// A customer, individual or company, identified by a <see cref="CustomerCode"/>. Everything that changes goes through
/// a method that records who changed what and when in <see cref="History"/>; notes and interactions are append-only.
/// </summary>
public abstract partial class Customer
{
    private readonly List<ContactPhone> _phones = [];
    private readonly List<EmailAddress> _emails = [];
    private readonly List<PostalAddress> _addresses = [];
    private readonly SortedSet<string> _groups = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _tags = new(StringComparer.Ordinal);
    private readonly List<BehaviouralNote> _notes = [];
    private readonly List<Interaction> _interactions = [];
    private readonly List<CustomerChange> _history = [];

    private protected Customer(CustomerCode code, ChangeStamp created)
    {
        Guard.Against.Default(code);
        Code = code;
        Created = created;
    }

    /// <summary>Gets the customer code.</summary>
    public CustomerCode Code { get; }

    /// <summary>Gets whether this is an individual or a company.</summary>
    public abstract CustomerKind Kind { get; }

    /// <summary>Gets the name to show: title, first and last name for an individual; the name for a company.</summary>
    public abstract string DisplayName { get; }

    /// <summary>Gets who created the record and when.</summary>
    public ChangeStamp Created { get; }

    /// <summary>Gets the phone numbers; exactly one is primary when any exists.</summary>
    public IReadOnlyList<ContactPhone> Phones => _phones;

    /// <summary>Gets the e-mail addresses; the first is the primary one.</summary>
    public IReadOnlyList<EmailAddress> Emails => _emails;

    /// <summary>Gets the postal addresses; exactly one is primary when any exists.</summary>
    public IReadOnlyList<PostalAddress> Addresses => _addresses;

    /// <summary>Gets the primary phone, if any.</summary>
    public ContactPhone? PrimaryPhone => _phones.Find(p => p.IsPrimary);

    /// <summary>Gets the primary e-mail address, if any.</summary>
    public EmailAddress? PrimaryEmail => _emails.Count > 0 ? _emails[0] : null;

    /// <summary>Gets the primary address, if any.</summary>
    public PostalAddress? PrimaryAddress => _addresses.Find(a => a.IsPrimary);

    /// <summary>Gets the website, if any.</summary>
    public Uri? Website { get; private set; }

    /// <summary>Gets how the customer found us, if recorded.</summary>
    public AcquisitionChannel? Acquisition { get; private set; }

    /// <summary>Gets the groups the customer belongs to (names defined by the organisation), sorted ordinally.</summary>
    public IReadOnlyCollection<string> Groups => _groups;

    /// <summary>Gets the customer's rank (defined by the organisation), if any.</summary>
    public string? Rank { get; private set; }

    /// <summary>Gets the tags, sorted ordinally.</summary>
    public IReadOnlyCollection<string> Tags => _tags;

    /// <summary>Gets the owning account manager, if any.</summary>
    public string? Owner { get; private set; }

    /// <summary>Gets the behavioural notes in the order they were added.</summary>
    public IReadOnlyList<BehaviouralNote> Notes => _notes;

    /// <summary>Gets the interaction log in the order entries were recorded.</summary>
    public IReadOnlyList<Interaction> Interactions => _interactions;

    /// <summary>Gets every change made to the record, oldest first.</summary>
    public IReadOnlyList<CustomerChange> History => _history;

    /// <summary>Gets the instant of the latest interaction, if any.</summary>
    public Instant? LastInteractionAt => _interactions.Count == 0 ? null : _interactions.Max(i => i.At);

    /// <summary>Adds a phone number; the first phone, or one added as primary, becomes the primary phone.</summary>
    /// <param name="phone">The phone to add.</param>
    /// <param name="stamp">Who adds it and when.</param>
    /// <returns><see langword="true"/> when added; <see langword="false"/> when the number is already recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phone"/> is <see langword="null"/>.</exception>
    public bool AddPhone(ContactPhone phone, ChangeStamp stamp)
    {
        Guard.Against.Null(phone);
        if (_phones.Exists(p => string.Equals(p.Number, phone.Number, StringComparison.Ordinal)))
        {
            return false;
        }

        var primary = phone.IsPrimary || _phones.Count == 0;
        if (primary)
        {
            for (var i = 0; i < _phones.Count; i++)
            {
                _phones[i] = _phones[i] with { IsPrimary = false };
            }
        }

        _phones.Add(phone with { IsPrimary = primary });
        Record(stamp, "phones", null, phone.Number);
        return true;
    }

    /// <summary>Removes a phone number; if it was primary, the first remaining phone becomes primary.</summary>
    /// <param name="number">The number in E.164 form.</param>
    /// <param name="stamp">Who removes it and when.</param>
    /// <returns><see langword="true"/> when a phone was removed.</returns>
    public bool RemovePhone(string number, ChangeStamp stamp)
    {
        var index = _phones.FindIndex(p => string.Equals(p.Number, number, StringComparison.Ordinal));
        if (index < 0)
        {
            return false;
        }

        var wasPrimary = _phones[index].IsPrimary;
        _phones.RemoveAt(index);
        if (wasPrimary && _phones.Count > 0)
        {
            _phones[0] = _phones[0] with { IsPrimary = true };
        }

        Record(stamp, "phones", number, null);
        return true;
    }

    /// <summary>Adds an e-mail address; <paramref name="primary"/> puts it first.</summary>
    /// <param name="email">The address.</param>
    /// <param name="stamp">Who adds it and when.</param>
    /// <param name="primary">Whether it becomes the primary address.</param>
    /// <returns><see langword="true"/> when added; <see langword="false"/> when already recorded.</returns>
    /// <exception cref="ArgumentException"><paramref name="email"/> is <c>default</c>.</exception>
    public bool AddEmail(EmailAddress email, ChangeStamp stamp, bool primary = false)
    {
        Guard.Against.Default(email);
        if (_emails.Contains(email))
        {
            return false;
        }

        _emails.Insert(primary ? 0 : _emails.Count, email);
        Record(stamp, "emails", null, email.Value);
        return true;
    }

    /// <summary>Adds a postal address; the first address, or one added as primary, becomes the primary address.</summary>
    /// <param name="address">The address.</param>
    /// <param name="stamp">Who adds it and when.</param>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is <see langword="null"/>.</exception>
    public void AddAddress(PostalAddress address, ChangeStamp stamp)
    {
        Guard.Against.Null(address);
        var primary = address.IsPrimary || _addresses.Count == 0;
        if (primary)
        {
            for (var i = 0; i < _addresses.Count; i++)
            {
                _addresses[i] = _addresses[i] with { IsPrimary = false };
            }
        }

        _addresses.Add(address with { IsPrimary = primary });
        Record(stamp, "addresses", null, string.Join(", ", new[] { address.Province, address.City, address.Street }.Where(s => !string.IsNullOrWhiteSpace(s))));
    }

    /// <summary>Sets or clears the website.</summary>
    /// <param name="website">An absolute http or https address, or <see langword="null"/>.</param>
    /// <param name="stamp">Who changes it and when.</param>
    /// <exception cref="ArgumentException"><paramref name="website"/> is not an absolute http(s) address.</exception>
    public void SetWebsite(Uri? website, ChangeStamp stamp)
    {
        if (website is not null && !(website.IsAbsoluteUri && (website.Scheme == Uri.UriSchemeHttp || website.Scheme == Uri.UriSchemeHttps)))
        {
            throw new ArgumentException($"Website '{website}' must be an absolute http or https address.", nameof(website));
        }

        Set(stamp, "website", Website?.ToString(), website?.ToString(), () => Website = website);
    }
}
