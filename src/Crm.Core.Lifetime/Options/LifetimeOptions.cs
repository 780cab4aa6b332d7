using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>Settings for lifetime-value estimation. The defaults work without configuration.</summary>
public sealed class LifetimeOptions
{
    /// <summary>Gets or sets the time unit of summaries and horizons (default <see cref="TimeUnit.Weeks"/>).</summary>
    public TimeUnit Unit { get; set; } = TimeUnit.Weeks;

    /// <summary>Gets or sets the profit margin applied to value, in [0, 1] (default 1: revenue).</summary>
    public double Margin { get; set; } = 1d;

    /// <summary>Gets or sets the discount kind (default <see cref="DiscountKind.None"/>).</summary>
    public DiscountKind DiscountKind { get; set; } = DiscountKind.None;

    /// <summary>Gets or sets the discount rate per <see cref="Unit"/> (default 0).</summary>
    public double DiscountRate { get; set; }

    /// <summary>Gets or sets the optimiser's iteration limit per run (default 5,000).</summary>
    public int MaxIterations { get; set; } = 5_000;

    /// <summary>Gets or sets the number of value tiers (default 10: deciles).</summary>
    public int ValueTiers { get; set; } = 10;

    /// <summary>Returns the discount rule described by <see cref="DiscountKind"/> and <see cref="DiscountRate"/>.</summary>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The rate is negative.</exception>
    public Discounting ToDiscounting() => DiscountKind switch
    {
        DiscountKind.PerPeriod => Discounting.PerPeriod(DiscountRate),
        DiscountKind.Continuous => Discounting.Continuous(DiscountRate),
        _ => Discounting.None,
    };
}
