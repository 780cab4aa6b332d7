namespace Crm.Core.Customers;

/// <summary>
/// The stored state of a customer apart from its profile (and a company's contact persons): what a store saves and
/// reads back to rebuild the customer with <see cref="Individual.Rehydrate(IndividualProfile, CustomerState)"/> or
/// <see cref="Company.Rehydrate(CompanyProfile, IReadOnlyList{CompanyContact}, CustomerState)"/>.
/// <see cref="Customer.GetState"/> returns it for an existing customer.
/// </summary>
/// <remarks>Rehydrating records no history entry: <see cref="History"/> is taken as it was stored.</remarks>
public sealed record CustomerState
{
    /// <summary>Gets the customer code.</summary>
    public required CustomerCode Code { get; init; }

    /// <summary>Gets who created the record and when.</summary>
    public required ChangeStamp Created { get; init; }

    /// <summary>Gets the phones in their stored order; exactly one is primary when any exists.</summary>
    public IReadOnlyList<ContactPhone> Phones { get; init; } = [];

    /// <summary>Gets the e-mail addresses, the primary one first.</summary>
    public IReadOnlyList<EmailAddress> Emails { get; init; } = [];

    /// <summary>Gets the postal addresses in their stored order; exactly one is primary when any exists.</summary>
    public IReadOnlyList<PostalAddress> Addresses { get; init; } = [];

    /// <summary>Gets the website, if any.</summary>
    public Uri? Website { get; init; }

    /// <summary>Gets how the customer found us, if recorded.</summary>
    public AcquisitionChannel? Acquisition { get; init; }

    /// <summary>Gets the groups.</summary>
    public IReadOnlyCollection<string> Groups { get; init; } = [];

    /// <summary>Gets the rank, if any.</summary>
    public string? Rank { get; init; }

    /// <summary>Gets the tags.</summary>
    public IReadOnlyCollection<string> Tags { get; init; } = [];

    /// <summary>Gets the owning account manager, if any.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets the behavioural notes, oldest first.</summary>
    public IReadOnlyList<BehaviouralNote> Notes { get; init; } = [];

    /// <summary>Gets the interaction log in the order entries were recorded.</summary>
    public IReadOnlyList<Interaction> Interactions { get; init; } = [];

    /// <summary>Gets the history, oldest first.</summary>
    public IReadOnlyList<CustomerChange> History { get; init; } = [];
}
