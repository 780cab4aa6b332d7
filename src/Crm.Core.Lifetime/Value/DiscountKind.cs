namespace Crm.Core.Lifetime;

/// <summary>How future value is discounted.</summary>
public enum DiscountKind
{
    /// <summary>No discounting.</summary>
    None = 0,

    /// <summary>Per period: value in period i is divided by (1 + d)^i (the discrete form of lifetimes and PyMC-Marketing).</summary>
    PerPeriod = 1,

    /// <summary>Continuous: value at time t is multiplied by e^(−δ t).</summary>
    Continuous = 2,
}
