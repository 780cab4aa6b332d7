using Ardalis.GuardClauses;

namespace Crm.Core.Lifetime;

/// <summary>One weighted row of the input of the Gamma-Gamma spend model: repeat purchases and their mean value.</summary>
/// <remarks><c>default(SpendSummaryRow)</c> has zero weight and contributes nothing.</remarks>
public readonly record struct SpendSummaryRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="frequency">The number of repeat purchase days <c>x</c> (at least 1).</param>
    /// <param name="meanSpend">The mean value per repeat purchase day <c>m_x</c> (positive), the first purchase excluded.</param>
    /// <param name="weight">How many customers the row stands for (positive).</param>
    /// <exception cref="ArgumentException"><paramref name="frequency"/> is below 1, <paramref name="meanSpend"/> is not
    /// positive and finite, or <paramref name="weight"/> is not positive.</exception>
    public SpendSummaryRow(int frequency, double meanSpend, double weight = 1d)
    {
        Guard.Against.NegativeOrZero(frequency);
        Guard.Against.InvalidInput(meanSpend, nameof(meanSpend), v => double.IsFinite(v) && v > 0d, "Mean spend must be a finite number > 0.");
        Guard.Against.InvalidInput(weight, nameof(weight), v => double.IsFinite(v) && v > 0d, "Weight must be a finite number > 0.");
        Frequency = frequency;
        MeanSpend = meanSpend;
        Weight = weight;
    }

    /// <summary>Gets the number of repeat purchase days.</summary>
    public int Frequency { get; }

    /// <summary>Gets the mean value per repeat purchase day.</summary>
    public double MeanSpend { get; }

    /// <summary>Gets how many customers the row stands for.</summary>
    public double Weight { get; }
}
