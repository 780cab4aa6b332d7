using Crm.Core.Lifetime.Internal;

namespace Crm.Core.Lifetime;

/// <summary>A discount rule with its rate per time unit of the model it is used with.</summary>
/// <remarks><c>default(Discounting)</c> is <see cref="None"/>.</remarks>
public readonly record struct Discounting
{
    private Discounting(DiscountKind kind, double rate)
    {
        Kind = kind;
        Rate = rate;
    }

    /// <summary>Gets no discounting.</summary>
    public static Discounting None => default;

    /// <summary>Gets the kind of discounting.</summary>
    public DiscountKind Kind { get; }

    /// <summary>Gets the rate per time unit (d for per-period, δ for continuous).</summary>
    public double Rate { get; }

    /// <summary>Creates per-period discounting at rate d per unit.</summary>
    /// <param name="rate">The rate per unit, for example 0.01 per month.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="rate"/> is negative or not finite.</exception>
    public static Discounting PerPeriod(double rate) => new(DiscountKind.PerPeriod, Checks.NonNegative(rate, nameof(rate)));

    /// <summary>Creates continuous discounting at rate δ per unit.</summary>
    /// <param name="rate">The continuous rate per unit.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="rate"/> is negative or not finite.</exception>
    public static Discounting Continuous(double rate) => new(DiscountKind.Continuous, Checks.NonNegative(rate, nameof(rate)));

    /// <summary>Returns the discount factor for value received at time <paramref name="time"/> (in units).</summary>
    /// <param name="time">The time in units from now.</param>
    /// <returns>A factor in (0, 1].</returns>
    public double Factor(double time) => Kind switch
    {
        DiscountKind.PerPeriod => Math.Pow(1d + Rate, -time),
        DiscountKind.Continuous => Math.Exp(-Rate * time),
        _ => 1d,
    };
}
