using Ardalis.GuardClauses;

namespace Crm.Core.Lifetime;

/// <summary>
/// The in-sample fit check of lifetimes' <c>plot_period_transactions</c> and BTYD's <c>pnbd.PlotFrequencyInCalibration</c>:
/// how many customers the model expects with 0, 1, 2, … repeat purchases in their own calibration period, against the data.
/// </summary>
public static class FrequencyTable
{
    /// <summary>Returns the expected and actual number of customers by number of repeat purchases.</summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="summary">The calibration summary (converted to the model's unit when needed).</param>
    /// <param name="maxFrequency">The last row, which collects every frequency at or above it (default 7, as in the literature's plots).</param>
    /// <returns>Rows for x = 0, 1, …, <paramref name="maxFrequency"/> (the last one "or more"); expected and actual both sum to the number of customers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="summary"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFrequency"/> is below 1.</exception>
    public static IReadOnlyList<FrequencyTableRow> Compute(ITransactionModel model, RfmSummary summary, int maxFrequency = 7)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(summary);
        Guard.Against.NegativeOrZero(maxFrequency);
        var rows = summary.Unit == model.Unit ? summary.Rows : summary.ConvertTo(model.Unit).Rows;
        var expected = new double[maxFrequency + 1];
        var actual = new double[maxFrequency + 1];
        var byAge = new Dictionary<double, double[]>();
        foreach (var row in rows)
        {
            actual[Math.Min(row.Frequency, maxFrequency)] += row.Weight;
            if (!byAge.TryGetValue(row.Age, out var probabilities))
            {
                probabilities = new double[maxFrequency + 1];
                var below = 0d;
                for (var n = 0; n < maxFrequency; n++)
                {
                    probabilities[n] = model.ProbabilityOfPurchases(n, row.Age);
                    below += probabilities[n];
                }

                probabilities[maxFrequency] = Math.Max(0d, 1d - below);
                byAge.Add(row.Age, probabilities);
            }

            for (var n = 0; n <= maxFrequency; n++)
            {
                expected[n] += row.Weight * probabilities[n];
            }
        }

        return Enumerable.Range(0, maxFrequency + 1).Select(n => new FrequencyTableRow(n, n == maxFrequency, expected[n], actual[n])).ToArray();
    }
}
