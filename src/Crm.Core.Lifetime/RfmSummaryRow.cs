using Ardalis.GuardClauses;

namespace Crm.Core.Lifetime;

/// <summary>
/// One weighted row of the input of the buy-till-you-die models: how many customers (<see cref="Weight"/>) share the
/// same frequency <c>x</c>, recency <c>t_x</c> and age <c>T</c>.
/// </summary>
/// <remarks>
/// Times are in the unit of the <see cref="RfmSummary"/> that holds the row. <c>default(RfmSummaryRow)</c> has zero
/// weight and contributes nothing.
/// </remarks>
public readonly record struct RfmSummaryRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="frequency">The number of repeat purchase days <c>x</c> (0 or more).</param>
    /// <param name="recency">The time from the first to the last purchase <c>t_x</c>; 0 when <paramref name="frequency"/> is 0.</param>
    /// <param name="age">The time from the first purchase to the end of the observation period <c>T</c>; at least <paramref name="recency"/>.</param>
    /// <param name="weight">How many customers the row stands for (positive; fractional weights are allowed).</param>
    /// <exception cref="ArgumentException">A value is negative, not finite, <paramref name="recency"/> exceeds
    /// <paramref name="age"/>, a customer without repeat purchase has a positive recency, or the weight is not positive.</exception>
    public RfmSummaryRow(int frequency, double recency, double age, double weight = 1d)
    {
        Guard.Against.Negative(frequency);
        Guard.Against.InvalidInput(recency, nameof(recency), v => double.IsFinite(v) && v >= 0d, "Recency must be a finite number ≥ 0.");
        Guard.Against.InvalidInput(age, nameof(age), v => double.IsFinite(v) && v >= recency, "Age must be finite and at least the recency.");
        Guard.Against.InvalidInput(recency, nameof(recency), v => frequency > 0 || v == 0d, "Recency must be 0 when the frequency is 0.");
        Guard.Against.InvalidInput(weight, nameof(weight), v => double.IsFinite(v) && v > 0d, "Weight must be a finite number > 0.");
        Frequency = frequency;
        Recency = recency;
        Age = age;
        Weight = weight;
    }

    /// <summary>Gets the number of repeat purchase days <c>x</c>.</summary>
    public int Frequency { get; }

    /// <summary>Gets the time from the first to the last purchase, <c>t_x</c>.</summary>
    public double Recency { get; }

    /// <summary>Gets the time from the first purchase to the end of observation, <c>T</c>.</summary>
    public double Age { get; }

    /// <summary>Gets how many customers the row stands for.</summary>
    public double Weight { get; }
}
