using Ardalis.GuardClauses;

namespace Crm.Core.Customers;

/// <summary>Rebuilding a customer from stored state, and the changes made since it was loaded.</summary>
public abstract partial class Customer
{
    private int _accepted;

    /// <summary>
    /// Gets the history entries recorded since the customer was created, rehydrated or last saved
    /// (<see cref="AcceptChanges"/>): the audit entries already written, as data, so an application can write an outbox
    /// row or update a search index in the same transaction as the save.
    /// </summary>
    /// <remarks>A new list on every call. A customer made by <c>Create</c> has its <c>created</c> entry pending; a
    /// rehydrated one has none.</remarks>
    public IReadOnlyList<CustomerChange> PendingChanges => _history.GetRange(_accepted, _history.Count - _accepted);

    /// <summary>Marks every history entry as saved, so <see cref="PendingChanges"/> becomes empty. Stores call it after
    /// a successful save.</summary>
    public void AcceptChanges() => _accepted = _history.Count;

    /// <summary>Returns the customer's stored state apart from its profile (and a company's contact persons).</summary>
    /// <returns>A snapshot: later changes to the customer do not change it.</returns>
    public CustomerState GetState() => new()
    {
        Code = Code,
        Created = Created,
        Phones = [.. _phones],
        Emails = [.. _emails],
        Addresses = [.. _addresses],
        Website = Website,
        Acquisition = Acquisition,
        Groups = [.. _groups],
        Rank = Rank,
        Tags = [.. _tags],
        Owner = Owner,
        Notes = [.. _notes],
        Interactions = [.. _interactions],
        History = [.. _history],
    };

    /// <summary>Fills the lists and fields from stored state after checking the invariants the change methods keep.</summary>
    /// <param name="state">The state.</param>
    /// <exception cref="ArgumentException">The state breaks an invariant; the message names the customer, the field,
    /// the rule and the value.</exception>
    private protected void Restore(CustomerState state)
    {
        Check(state.Phones, "phones");
        Check(state.Emails, "emails");
        Check(state.Addresses, "addresses");
        Check(state.Notes, "notes");
        Check(state.Interactions, "interactions");
        Check(state.History, "history");
        Check(state.Groups, "groups");
        Check(state.Tags, "tags");
        Unique(state.Phones.Select(p => p.Number), "phones", StringComparer.Ordinal);
        Unique(state.Emails.Select(e => e.Value), "emails", StringComparer.Ordinal);
        OnePrimary(state.Phones.Count, state.Phones.Count(p => p.IsPrimary), "phones");
        OnePrimary(state.Addresses.Count, state.Addresses.Count(a => a.IsPrimary), "addresses");
        Labels(state.Groups, "groups");
        Labels(state.Tags, "tags");
        if (state.Website is { } site && !(site.IsAbsoluteUri && (site.Scheme == Uri.UriSchemeHttp || site.Scheme == Uri.UriSchemeHttps)))
        {
            throw Invalid("website", "website.absolute-http", site.ToString(), "must be an absolute http or https address");
        }

        if (state.Acquisition is { } a && string.IsNullOrWhiteSpace(a.Channel))
        {
            throw Invalid("acquisition", "acquisition.channel-empty", a.Channel ?? string.Empty, "the channel must not be empty");
        }

        _phones.AddRange(state.Phones);
        _emails.AddRange(state.Emails);
        _addresses.AddRange(state.Addresses);
        Website = state.Website;
        Acquisition = state.Acquisition;
        _groups.UnionWith(state.Groups);
        Rank = Blank(state.Rank);
        _tags.UnionWith(state.Tags);
        Owner = Blank(state.Owner);
        _notes.AddRange(state.Notes);
        _interactions.AddRange(state.Interactions);
        _history.AddRange(state.History);
        _accepted = _history.Count;
    }

    /// <summary>Checks that the state has its required parts.</summary>
    /// <param name="state">The state.</param>
    private protected static void CheckState(CustomerState state)
    {
        Guard.Against.Null(state);
        Guard.Against.Default(state.Code, nameof(state));
        Guard.Against.Default(state.Created, nameof(state));
    }

    private ArgumentException Invalid(string field, string rule, string value, string what) =>
        new($"Customer '{Code}' cannot be rehydrated: rule '{rule}' failed for {field} value '{value}': {what}.", "state");

    private void Check<T>(IEnumerable<T>? items, string field)
    {
        if (items is null)
        {
            throw Invalid(field, field + ".missing", "null", "the list must not be null");
        }

        if (items.Any(i => i is null))
        {
            throw Invalid(field, field + ".null-item", "null", "the list must not hold null entries");
        }
    }

    private void Unique(IEnumerable<string> values, string field, StringComparer comparer)
    {
        var seen = new HashSet<string>(comparer);
        foreach (var value in values)
        {
            if (!seen.Add(value))
            {
                throw Invalid(field, field + ".duplicate", value, "the value is recorded twice");
            }
        }
    }

    private void OnePrimary(int count, int primaries, string field)
    {
        if (count > 0 && primaries != 1)
        {
            throw Invalid(field, field + ".one-primary", primaries.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"exactly one of the {count} entries must be primary");
        }
    }

    private void Labels(IEnumerable<string> values, string field)
    {
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value) || !string.Equals(value, value.Trim(), StringComparison.Ordinal))
            {
                throw Invalid(field, field + ".trimmed", value, "a label must be non-empty and trimmed");
            }
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
