using Ardalis.GuardClauses;

namespace Crm.Core.Lifetime;

/// <summary>Predicted against actual holdout purchases, per customer and in total.</summary>
/// <param name="Customers">One row per customer.</param>
/// <param name="TotalPredicted">The sum of predicted purchases.</param>
/// <param name="TotalActual">The sum of actual purchases.</param>
/// <param name="HoldoutLength">The length of the holdout period in the data's unit.</param>
public sealed record HoldoutComparison(IReadOnlyList<HoldoutRow> Customers, double TotalPredicted, int TotalActual, double HoldoutLength)
{
    /// <summary>Returns the mean absolute error per customer of the predicted counts.</summary>
    /// <returns>Σ|predicted − actual| / customers (0 for no customers).</returns>
    public double MeanAbsoluteError() => Customers.Count == 0 ? 0d : Customers.Average(r => Math.Abs(r.Predicted - r.Actual));

    /// <summary>
    /// Groups customers by calibration frequency (capped at <paramref name="maxFrequency"/>) and averages predicted and
    /// actual holdout purchases per group: the conditional-expectations check of Fader, Hardie &amp; Lee (2005), figure 4.
    /// </summary>
    /// <param name="frequencies">Each customer's calibration frequency, by customer, in the order of <see cref="Customers"/>.</param>
    /// <param name="maxFrequency">The last group collects every frequency at or above it (default 7).</param>
    /// <returns>Per group: frequency, customers, mean predicted, mean actual.</returns>
    /// <exception cref="ArgumentException"><paramref name="frequencies"/> does not have one entry per customer.</exception>
    public IReadOnlyList<(int Frequency, int Customers, double MeanPredicted, double MeanActual)> ByFrequency(IReadOnlyList<int> frequencies, int maxFrequency = 7)
    {
        Guard.Against.InvalidInput(frequencies, nameof(frequencies), f => f.Count == Customers.Count, "One frequency per customer is needed.");
        return Customers.Select((row, i) => (Group: Math.Min(frequencies[i], maxFrequency), row))
            .GroupBy(t => t.Group)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(), g.Average(t => t.row.Predicted), g.Average(t => (double)t.row.Actual)))
            .ToArray();
    }
}
