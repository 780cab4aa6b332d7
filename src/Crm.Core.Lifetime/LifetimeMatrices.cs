using Ardalis.GuardClauses;
using Crm.Core.Lifetime.Internal;

namespace Crm.Core.Lifetime;

/// <summary>
/// The frequency/recency views of lifetimes' <c>plot_probability_alive_matrix</c> and
/// <c>plot_frequency_recency_matrix</c>, as data: one value per (frequency, recency) for customers of a given age.
/// </summary>
public static class LifetimeMatrices
{
    /// <summary>Returns P(alive) for frequencies 0…<paramref name="maxFrequency"/> and recencies 0…<paramref name="age"/> in whole units.</summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="maxFrequency">The largest frequency (row).</param>
    /// <param name="age">The customers' age T in the model's unit; recencies run 0, 1, …, ⌊T⌋ (columns).</param>
    /// <returns>A matrix indexed [frequency, recency]; row 0 is the customer without repeat purchase (its recency ignored by the models).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="maxFrequency"/> or <paramref name="age"/> is negative.</exception>
    public static double[,] ProbabilityAlive(ITransactionModel model, int maxFrequency, double age)
    {
        Guard.Against.Null(model);
        return Fill(maxFrequency, age, (x, tx) => model.ProbabilityAlive(x, x == 0 ? 0d : tx, age));
    }

    /// <summary>Returns the expected purchases in the next <paramref name="horizon"/> for frequencies 0…<paramref name="maxFrequency"/> and recencies 0…<paramref name="age"/> in whole units.</summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="horizon">The future period in the model's unit.</param>
    /// <param name="maxFrequency">The largest frequency (row).</param>
    /// <param name="age">The customers' age T in the model's unit; recencies run 0, 1, …, ⌊T⌋ (columns).</param>
    /// <returns>A matrix indexed [frequency, recency].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="maxFrequency"/>, <paramref name="horizon"/> or <paramref name="age"/> is negative.</exception>
    public static double[,] ExpectedPurchases(ITransactionModel model, double horizon, int maxFrequency, double age)
    {
        Guard.Against.Null(model);
        Checks.NonNegative(horizon, nameof(horizon));
        return Fill(maxFrequency, age, (x, tx) => model.ExpectedPurchases(horizon, x, x == 0 ? 0d : tx, age));
    }

    private static double[,] Fill(int maxFrequency, double age, Func<int, double, double> value)
    {
        Guard.Against.Negative(maxFrequency);
        Checks.NonNegative(age, nameof(age));
        var columns = (int)Math.Floor(age) + 1;
        var result = new double[maxFrequency + 1, columns];
        for (var x = 0; x <= maxFrequency; x++)
        {
            for (var tx = 0; tx < columns; tx++)
            {
                result[x, tx] = value(x, tx);
            }
        }

        return result;
    }
}
