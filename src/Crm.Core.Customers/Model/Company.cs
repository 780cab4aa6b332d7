using Ardalis.GuardClauses;
using Crm.Core.Customers.Internal;
using NodaTime;

namespace Crm.Core.Customers;

/// <summary>A legal-entity customer (حقوقی) with its contact persons.</summary>
public sealed class Company : Customer
{
    private readonly List<CompanyContact> _contacts = [];

    private Company(CustomerCode code, CompanyProfile profile, ChangeStamp created)
        : base(code, created) => Profile = profile;

    /// <inheritdoc/>
    public override CustomerKind Kind => CustomerKind.Company;

    /// <summary>Gets the company fields.</summary>
    public CompanyProfile Profile { get; private set; }

    /// <inheritdoc/>
    public override string DisplayName => Profile.Name;

    /// <summary>Gets the contact persons, past and present, in the order they were linked.</summary>
    public IReadOnlyList<CompanyContact> Contacts => _contacts;

    /// <summary>Creates a company customer.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="profile">The company fields; the name is display-normalised.</param>
    /// <param name="created">Who creates the record and when.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="ArgumentException">The code is default or the name is empty.</exception>
    public static Company Create(CustomerCode code, CompanyProfile profile, ChangeStamp created)
    {
        Guard.Against.Default(created);
        var company = new Company(code, Clean(profile), created);
        company.Record(created, "created", null, company.DisplayName);
        return company;
    }

    /// <summary>
    /// Rebuilds a company customer from stored state without recording a history entry: the history is taken as
    /// stored and <see cref="Customer.PendingChanges"/> is empty. Use <see cref="Create"/> for a new customer.
    /// </summary>
    /// <param name="profile">The stored company fields.</param>
    /// <param name="contacts">The contact persons in their stored order.</param>
    /// <param name="state">The rest of the stored state.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant the change methods keep (an empty name, a
    /// contact role that is empty or ends before it starts, …); the message names the customer, the field, the rule
    /// and the value.</exception>
    public static Company Rehydrate(CompanyProfile profile, IReadOnlyList<CompanyContact> contacts, CustomerState state)
    {
        CheckState(state);
        Guard.Against.Null(contacts);
        var company = new Company(state.Code, Clean(profile), state.Created);
        foreach (var c in contacts)
        {
            if (c is null || string.IsNullOrWhiteSpace(c.Role))
            {
                throw new ArgumentException($"Customer '{state.Code}' cannot be rehydrated: rule 'contacts.role-empty' failed for contacts value '{c?.Person}': a contact role must not be empty.", nameof(contacts));
            }

            if (c.To is { } to && to.WithCalendar(c.From.Calendar) < c.From)
            {
                throw new ArgumentException($"Customer '{state.Code}' cannot be rehydrated: rule 'contacts.ends-before-start' failed for contacts value '{c.Person} {c.Role}': it ends {DateText.Format(to)}, before it starts {DateText.Format(c.From)}.", nameof(contacts));
            }
        }

        company._contacts.AddRange(contacts);
        company.Restore(state);
        return company;
    }

    /// <summary>Replaces the company fields, recording one history entry per changed field.</summary>
    /// <param name="profile">The new fields (use <c>with</c> on <see cref="Profile"/>).</param>
    /// <param name="stamp">Who changes it and when.</param>
    /// <returns>The number of fields that changed.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public int UpdateProfile(CompanyProfile profile, ChangeStamp stamp)
    {
        Guard.Against.Default(stamp);
        var clean = Clean(profile);
        var changed = RecordChanges(Profile, clean, Fields, stamp);
        Profile = clean;
        return changed;
    }

    /// <summary>Links a contact person to the company with a role and organisational unit from a date.</summary>
    /// <param name="person">The individual customer.</param>
    /// <param name="role">The responsibility; not empty.</param>
    /// <param name="unit">The organisational unit, if any.</param>
    /// <param name="from">The first day in the role.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException">The role is empty.</exception>
    public CompanyContact AddContact(Individual person, string role, string? unit, LocalDate from, ChangeStamp stamp)
    {
        Guard.Against.Null(person);
        var link = new CompanyContact(person.Code, Individual.Name(Guard.Against.NullOrWhiteSpace(role))!, Individual.Name(unit), from, null);
        _contacts.Add(link);
        Record(stamp, "contacts", null, $"{person.Code} {link.Role}");
        return link;
    }

    /// <summary>Ends every current role of a person at the company on a date.</summary>
    /// <param name="person">The person's customer code.</param>
    /// <param name="to">The last day in the role; not before its start.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The number of links ended.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before the start of a role.</exception>
    public int EndContact(CustomerCode person, LocalDate to, ChangeStamp stamp)
    {
        var ended = 0;
        for (var i = 0; i < _contacts.Count; i++)
        {
            var c = _contacts[i];
            if (c.Person != person || c.To is not null)
            {
                continue;
            }

            if (to.WithCalendar(c.From.Calendar) < c.From)
            {
                throw new ArgumentException($"End date {DateText.Format(to)} is before the start {DateText.Format(c.From)} of role '{c.Role}'.", nameof(to));
            }

            _contacts[i] = c with { To = to };
            Record(stamp, "contacts", $"{person} {c.Role}", $"{person} {c.Role} until {DateText.Format(to)}");
            ended++;
        }

        return ended;
    }

    private static readonly (string Field, Func<CompanyProfile, string?> Format)[] Fields =
    [
        ("name", p => p.Name),
        ("fieldOfActivity", p => p.FieldOfActivity),
        ("establishmentDate", p => DateText.Format(p.EstablishmentDate)),
        ("legalEntityId", p => p.LegalEntityId?.Value),
        ("economicCode", p => p.EconomicCode?.Value),
        ("poBox", p => p.PoBox),
        ("sheba", p => p.Sheba?.Value),
        ("bankCard", p => p.BankCard?.ToMaskedString()),
    ];

    private static CompanyProfile Clean(CompanyProfile profile)
    {
        Guard.Against.Null(profile);
        Guard.Against.NullOrWhiteSpace(profile.Name, nameof(profile), "A company name must not be empty.");
        return profile with
        {
            Name = Individual.Name(profile.Name)!,
            FieldOfActivity = Individual.Name(profile.FieldOfActivity),
            PoBox = Individual.Digits(profile.PoBox),
        };
    }
}
