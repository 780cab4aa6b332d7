namespace Crm.Core.Customers;

/// <summary>
/// How the using organisation sets up its customers: its groups, its ranks (lowest first) and its acquisition channels.
/// Everything has a default, so the library works with no configuration.
/// </summary>
public sealed class CustomerOptions
{
    /// <summary>Gets or sets the ISO 4217 currency of purchases when none is given. Default <c>IRR</c>.</summary>
    public string DefaultCurrency { get; set; } = Money.Rial;

    /// <summary>Gets the groups the organisation defines; empty means any group name is accepted.</summary>
    public IList<string> Groups { get; } = [];

    /// <summary>Gets the ranks the organisation defines, lowest first; empty means any rank name is accepted.</summary>
    public IList<string> Ranks { get; } = [];

    /// <summary>Gets the acquisition channels the organisation reports on; empty means any channel is accepted.</summary>
    public IList<string> AcquisitionChannels { get; } = [];
}
