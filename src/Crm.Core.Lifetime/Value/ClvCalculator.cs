using Ardalis.GuardClauses;
using Crm.Core.Lifetime.Internal;

namespace Crm.Core.Lifetime;

/// <summary>
/// Customer lifetime value over a horizon: expected purchases × expected value per purchase × margin, discounted per
/// period or continuously. Every time figure is in the model's unit: there is no implicit 30-day step.
/// </summary>
public static class ClvCalculator
{
    /// <summary>Returns one customer's CLV over <paramref name="horizon"/>.</summary>
    /// <param name="model">The fitted transaction model.</param>
    /// <param name="customer">The customer's figures, in the model's unit.</param>
    /// <param name="expectedAverageValue">The expected value per purchase (for example from <see cref="GammaGammaParameters.ConditionalExpectedAverageValue"/>).</param>
    /// <param name="horizon">The horizon in the model's unit.</param>
    /// <param name="margin">The profit margin applied to value (1 for revenue).</param>
    /// <param name="discounting">The discount rule; its rate is per model unit.</param>
    /// <returns>
    /// Σᵢ [E(tᵢ) − E(tᵢ₋₁)] · value · margin · D(tᵢ) over whole units tᵢ = 1, 2, …, ⌈horizon⌉ (the last step ends at the
    /// horizon). Per-period discounting uses D(tᵢ) = (1+d)^(−tᵢ), as lifetimes does; continuous discounting uses the
    /// step midpoint, D = e^(−δ (tᵢ₋₁+tᵢ)/2).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The horizon, value or margin is negative or not finite.</exception>
    public static double Compute(ITransactionModel model, CustomerRfm customer, double expectedAverageValue, double horizon, double margin, Discounting discounting)
    {
        Guard.Against.Null(model);
        Checks.NonNegative(horizon, nameof(horizon));
        Checks.NonNegative(expectedAverageValue, nameof(expectedAverageValue));
        Checks.NonNegative(margin, nameof(margin));
        var total = 0d;
        var previousTime = 0d;
        var previous = 0d;
        while (previousTime < horizon)
        {
            var time = Math.Min(horizon, Math.Floor(previousTime) + 1d);
            var expected = model.ExpectedPurchases(time, customer.Frequency, customer.Recency, customer.Age);
            var at = discounting.Kind == DiscountKind.Continuous ? (previousTime + time) / 2d : time;
            total += (expected - previous) * discounting.Factor(at);
            previous = expected;
            previousTime = time;
        }

        return total * expectedAverageValue * margin;
    }

    /// <summary>Predicts every customer: P(alive), expected purchases and, with a spend model, expected value and CLV.</summary>
    /// <param name="model">The fitted transaction model.</param>
    /// <param name="spend">The fitted spend model, or <see langword="null"/> for purchases only.</param>
    /// <param name="customers">The customers, in the model's unit; CLV needs their monetary value.</param>
    /// <param name="horizon">The horizon in the model's unit.</param>
    /// <param name="margin">The profit margin (1 for revenue).</param>
    /// <param name="discounting">The discount rule, rate per model unit.</param>
    /// <remarks>
    /// Each distinct (x, t_x, T, m) is computed once and shared by every customer with those figures, so the cost grows
    /// with the number of distinct rows, not customers (at day or week resolution, far fewer).
    /// </remarks>
    /// <returns>
    /// One row per customer, in input order. Value and CLV are <see langword="null"/> without a monetary value, and also
    /// where the spend model has no finite expected value (p x + q ≤ 1, see <see cref="GammaGammaParameters.HasMeanValue"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The horizon or margin is negative.</exception>
    public static IReadOnlyList<ClvRow> Predict(ITransactionModel model, GammaGammaParameters? spend, IEnumerable<CustomerRfm> customers,
        double horizon, double margin, Discounting discounting)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(customers);
        Checks.NonNegative(horizon, nameof(horizon));
        Checks.NonNegative(margin, nameof(margin));

        // Customers with the same (x, t_x, T, m) get the same predictions: compute each distinct row once.
        var cache = new Dictionary<(int, double, double, double?), ClvRow>();
        var rows = new List<ClvRow>();
        foreach (var c in customers)
        {
            var key = (c.Frequency, c.Recency, c.Age, spend is null ? null : c.MonetaryValue);
            if (!cache.TryGetValue(key, out var row))
            {
                row = PredictOne(model, spend, c, horizon, margin, discounting);
                cache.Add(key, row);
            }

            rows.Add(row with { CustomerId = c.CustomerId });
        }

        return rows;
    }

    private static ClvRow PredictOne(ITransactionModel model, GammaGammaParameters? spend, CustomerRfm c, double horizon, double margin, Discounting discounting)
    {
        var alive = model.ProbabilityAlive(c.Frequency, c.Recency, c.Age);
        var purchases = model.ExpectedPurchases(horizon, c.Frequency, c.Recency, c.Age);
        if (spend is null || c.MonetaryValue is not { } money || !spend.HasMeanValue(c.Frequency))
        {
            return new ClvRow(c.CustomerId, alive, purchases, null, null);
        }

        var value = spend.ConditionalExpectedAverageValue(c.Frequency, money);
        return new ClvRow(c.CustomerId, alive, purchases, value, Compute(model, c, value, horizon, margin, discounting));
    }
}
