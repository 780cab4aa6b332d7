using Ardalis.GuardClauses;

namespace Crm.Core.Lifetime;

/// <summary>
/// One weighted row of the input of the discrete-time BG/BB model: how many customers (<see cref="Weight"/>) made
/// repeat transactions at <see cref="Frequency"/> of <see cref="Periods"/> transaction opportunities, the last one at
/// opportunity <see cref="Recency"/> (for example yearly donations, or attendance of a monthly event).
/// </summary>
/// <remarks><c>default(DiscreteRfmRow)</c> has zero weight and contributes nothing.</remarks>
public readonly record struct DiscreteRfmRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="frequency">The number of opportunities with a repeat transaction, x (0 to <paramref name="recency"/>).</param>
    /// <param name="recency">The opportunity of the last repeat transaction, t_x (1 to <paramref name="periods"/>); 0 when x is 0.</param>
    /// <param name="periods">The number of transaction opportunities observed, n.</param>
    /// <param name="weight">How many customers the row stands for (positive; fractional weights are allowed).</param>
    /// <exception cref="ArgumentException">
    /// A count is negative, x exceeds t_x, t_x exceeds n, x and t_x are not both 0 or both positive, or the weight is
    /// not a positive finite number.
    /// </exception>
    public DiscreteRfmRow(int frequency, int recency, int periods, double weight = 1d)
    {
        Guard.Against.Negative(frequency);
        Guard.Against.Negative(recency);
        Guard.Against.Negative(periods);
        Guard.Against.InvalidInput(recency, nameof(recency), t => t <= periods, "The recency cannot exceed the number of periods.");
        Guard.Against.InvalidInput(frequency, nameof(frequency), x => x <= recency, "The frequency cannot exceed the recency (one transaction per opportunity).");
        Guard.Against.InvalidInput(recency, nameof(recency), t => (t == 0) == (frequency == 0), "The recency is 0 exactly when the frequency is 0.");
        Guard.Against.InvalidInput(weight, nameof(weight), v => double.IsFinite(v) && v > 0d, "Weight must be a finite number > 0.");
        Frequency = frequency;
        Recency = recency;
        Periods = periods;
        Weight = weight;
    }

    /// <summary>Gets the number of opportunities with a repeat transaction, x.</summary>
    public int Frequency { get; }

    /// <summary>Gets the opportunity of the last repeat transaction, t_x (0 without one).</summary>
    public int Recency { get; }

    /// <summary>Gets the number of transaction opportunities observed, n.</summary>
    public int Periods { get; }

    /// <summary>Gets how many customers the row stands for.</summary>
    public double Weight { get; }
}
