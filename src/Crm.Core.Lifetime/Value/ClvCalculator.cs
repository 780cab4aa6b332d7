using Ardalis.GuardClauses;
using Crm.Core.Lifetime.Internal;

namespace Crm.Core.Lifetime;

/// <summary>
/// Customer lifetime value over a horizon: expected purchases × expected value per purchase × margin, discounted per
/// period or continuously. Every time figure is in the model's unit: there is no implicit 30-day step.
/// </summary>
/// <remarks>
/// Fits that did not converge are refused: the overload taking <see cref="FitResult{TParameters}"/> and
/// <see cref="GammaGammaFit"/> checks <see cref="FitResult{TParameters}.Converged"/>, and the overloads taking
/// parameters refuse parameters that a fit returned without converging (<c>fit.Parameters</c> of such a fit, also after
/// <c>ConvertTo</c>), with an <see cref="InvalidOperationException"/> that quotes the fit's message. Pass
/// <c>allowNotConverged: true</c> to predict anyway. Parameters the caller constructs (published values, a file) are
/// taken as given: the caller vouches for them.
/// </remarks>
public static class ClvCalculator
{
    /// <summary>Returns one customer's CLV over <paramref name="horizon"/>.</summary>
    /// <param name="model">The fitted transaction model.</param>
    /// <param name="customer">The customer's figures, in the model's unit.</param>
    /// <param name="expectedAverageValue">The expected value per purchase (for example from <see cref="GammaGammaParameters.ConditionalExpectedAverageValue"/>).</param>
    /// <param name="horizon">The horizon in the model's unit.</param>
    /// <param name="margin">The profit margin applied to value (1 for revenue).</param>
    /// <param name="discounting">The discount rule; its rate is per model unit.</param>
    /// <param name="allowNotConverged">Whether to accept parameters of a fit that did not converge (default no).</param>
    /// <returns>
    /// The CLV as <see cref="decimal"/>, in the unit of <paramref name="expectedAverageValue"/>: computed in double and
    /// converted once (rounded to the nearest value of 15 significant digits, not to a currency unit).
    /// <see cref="DiscountedExpectedPurchases"/> × value × margin: without discounting E(horizon); per-period discounting
    /// Σᵢ [E(tᵢ) − E(tᵢ₋₁)] (1+d)^(−tᵢ) over whole units tᵢ = 1, 2, …, ⌈horizon⌉ (the last step ends at the horizon), as
    /// lifetimes does; continuous discounting the exact ∫₀^horizon e^(−δt) dE(t), in closed form up to one quadrature,
    /// whatever the horizon.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The horizon, value or margin is negative or not finite (an infinite horizon is
    /// allowed with continuous discounting at a positive rate), or the customer's figures carry another unit than the model's
    /// (rule <c>time-unit.mismatch</c>).</exception>
    /// <exception cref="InvalidOperationException"><paramref name="model"/> comes from a fit that did not converge and
    /// <paramref name="allowNotConverged"/> is <see langword="false"/>.</exception>
    /// <exception cref="OverflowException">The CLV is beyond decimal's range (±7.9 × 10²⁸); the message names the customer
    /// and the value.</exception>
    public static decimal Compute(ITransactionModel model, CustomerRfm customer, double expectedAverageValue, double horizon, double margin, Discounting discounting,
        bool allowNotConverged = false)
    {
        Guard.Against.Null(model);
        Checks.NonNegative(expectedAverageValue, nameof(expectedAverageValue));
        Checks.NonNegative(margin, nameof(margin));
        return MoneyOutput.ToDecimal(DiscountedExpectedPurchases(model, customer, horizon, discounting, allowNotConverged) * expectedAverageValue * margin,
            "CLV", customer.CustomerId);
    }

    /// <summary>
    /// Returns the discounted expected number of purchases of one customer over <paramref name="horizon"/>: the factor that
    /// CLV multiplies by value and margin.
    /// </summary>
    /// <param name="model">The fitted transaction model.</param>
    /// <param name="customer">The customer's figures, in the model's unit.</param>
    /// <param name="horizon">
    /// The horizon in the model's unit; <see cref="double.PositiveInfinity"/> with continuous discounting at a positive rate
    /// gives the discounted expected residual transactions (DERT).
    /// </param>
    /// <param name="discounting">The discount rule; its rate is per model unit.</param>
    /// <param name="allowNotConverged">Whether to accept parameters of a fit that did not converge (default no).</param>
    /// <returns>
    /// Without discounting E(horizon), one evaluation. Per period, Σᵢ [E(tᵢ) − E(tᵢ₋₁)] (1+d)^(−tᵢ) over whole units (the
    /// discrete convention of lifetimes: one evaluation per unit). Continuously, ∫₀^H e^(−δt) dE(t) = e^(−δH) E(H) +
    /// δ ∫₀^H e^(−δt) E(t) dt (integration by parts), with the integral of the closed-form expectation by adaptive tanh-sinh
    /// quadrature (relative tolerance 10⁻¹⁰, 61 to 481 evaluations whatever the horizon); for H = ∞ the same as
    /// ∫₀¹ E(−ln(y)/δ) dy, the DERT of Fader, Hardie &amp; Lee. The per-unit sum with e^(−δt) at each step's midpoint
    /// converges to the same number as the step shrinks (tested).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The horizon is negative, or infinite without continuous discounting at a positive
    /// rate, or the customer's figures carry another unit than the model's (rule <c>time-unit.mismatch</c>).</exception>
    /// <exception cref="InvalidOperationException"><paramref name="model"/> comes from a fit that did not converge and
    /// <paramref name="allowNotConverged"/> is <see langword="false"/>.</exception>
    public static double DiscountedExpectedPurchases(ITransactionModel model, CustomerRfm customer, double horizon, Discounting discounting,
        bool allowNotConverged = false)
    {
        Guard.Against.Null(model);
        FitProvenance.Require(model, "transaction model", allowNotConverged);
        if (!(double.IsPositiveInfinity(horizon) && discounting.Kind == DiscountKind.Continuous && discounting.Rate > 0d))
        {
            Checks.NonNegative(horizon, nameof(horizon));
        }

        Checks.History(customer.Frequency, customer.Recency, customer.Age);
        customer.RequireUnit(model.Unit, "the model");
        return DiscountedPurchases(model, customer.Frequency, customer.Recency, customer.Age, horizon, discounting, null);
    }

    /// <summary>Predicts every customer from parameters that no fit reported as not converged (see the overload with
    /// <c>allowNotConverged</c>).</summary>
    /// <param name="model">The fitted transaction model.</param>
    /// <param name="spend">The fitted spend model, or <see langword="null"/> for purchases only.</param>
    /// <param name="customers">The customers, in the model's unit; CLV needs their monetary value.</param>
    /// <param name="horizon">The horizon in the model's unit.</param>
    /// <param name="margin">The profit margin (1 for revenue).</param>
    /// <param name="discounting">The discount rule, rate per model unit.</param>
    /// <returns>One row per customer, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The horizon or margin is negative, or a customer's figures carry another unit than
    /// the model's (rule <c>time-unit.mismatch</c>).</exception>
    /// <exception cref="InvalidOperationException"><paramref name="model"/> or <paramref name="spend"/> comes from a fit that
    /// did not converge.</exception>
    /// <exception cref="OverflowException">A customer's expected value or CLV is beyond decimal's range (±7.9 × 10²⁸); the
    /// message names the customer and the value.</exception>
    public static IReadOnlyList<ClvRow> Predict(ITransactionModel model, GammaGammaParameters? spend, IEnumerable<CustomerRfm> customers,
        double horizon, double margin, Discounting discounting) =>
        Predict(model, spend, customers, horizon, margin, discounting, allowNotConverged: false);

    /// <summary>Predicts every customer: P(alive), expected purchases and, with a spend model, expected value and CLV.</summary>
    /// <param name="model">The fitted transaction model.</param>
    /// <param name="spend">The fitted spend model, or <see langword="null"/> for purchases only.</param>
    /// <param name="customers">The customers, in the model's unit; CLV needs their monetary value.</param>
    /// <param name="horizon">The horizon in the model's unit.</param>
    /// <param name="margin">The profit margin (1 for revenue).</param>
    /// <param name="discounting">The discount rule, rate per model unit.</param>
    /// <param name="allowNotConverged">Whether to accept parameters of a fit that did not converge (default no).</param>
    /// <remarks>
    /// The model is evaluated once per distinct (x, t_x, T), shared by every customer with those figures whatever their
    /// monetary value, so the cost grows with the number of distinct rows, not customers (at day or week resolution, far
    /// fewer); only the cheap Gamma-Gamma value and the final product are per customer.
    /// </remarks>
    /// <returns>
    /// One row per customer, in input order. Value and CLV are <see langword="null"/> without a monetary value, and also
    /// where the spend model has no finite expected value (p x + q ≤ 1, see <see cref="GammaGammaParameters.HasMeanValue"/>);
    /// otherwise <see cref="decimal"/>s converted once from the double model math (see <see cref="ClvRow"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The horizon or margin is negative, or a customer's figures carry another unit than
    /// the model's (rule <c>time-unit.mismatch</c>).</exception>
    /// <exception cref="InvalidOperationException"><paramref name="model"/> or <paramref name="spend"/> comes from a fit that
    /// did not converge and <paramref name="allowNotConverged"/> is <see langword="false"/>.</exception>
    /// <exception cref="OverflowException">A customer's expected value or CLV is beyond decimal's range (±7.9 × 10²⁸); the
    /// message names the customer and the value.</exception>
    public static IReadOnlyList<ClvRow> Predict(ITransactionModel model, GammaGammaParameters? spend, IEnumerable<CustomerRfm> customers,
        double horizon, double margin, Discounting discounting, bool allowNotConverged)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(customers);
        FitProvenance.Require(model, "transaction model", allowNotConverged);
        FitProvenance.Require(spend, "Gamma-Gamma", allowNotConverged);
        Checks.NonNegative(horizon, nameof(horizon));
        Checks.NonNegative(margin, nameof(margin));

        // The expensive part, P(alive), E[purchases] and the discounted purchase sum, depends on (x, t_x, T) only: compute it
        // once per distinct triple; the expected value per purchase (cheap) and the CLV product are per (x, m).
        var cache = new Dictionary<(int, double, double), Shared>();
        var rows = new List<ClvRow>();
        foreach (var c in customers)
        {
            c.RequireUnit(model.Unit, "the model");
            var key = (c.Frequency, c.Recency, c.Age);
            if (!cache.TryGetValue(key, out var shared))
            {
                shared = new Shared(model.ProbabilityAlive(c.Frequency, c.Recency, c.Age), model.ExpectedPurchases(horizon, c.Frequency, c.Recency, c.Age));
                cache.Add(key, shared);
            }

            if (spend is null || c.MonetaryValue is not { } money || !spend.HasMeanValue(c.Frequency))
            {
                rows.Add(new ClvRow(c.CustomerId, shared.Alive, shared.Purchases, null, null));
                continue;
            }

            var value = spend.ConditionalExpectedAverageValue(c.Frequency, money);
            Checks.NonNegative(value, nameof(value));
            shared.Discounted ??= DiscountedPurchases(model, c.Frequency, c.Recency, c.Age, horizon, discounting, shared.Purchases);
            rows.Add(new ClvRow(c.CustomerId, shared.Alive, shared.Purchases, MoneyOutput.ToDecimal(value, "expected value per purchase", c.CustomerId),
                MoneyOutput.ToDecimal(shared.Discounted.Value * value * margin, "CLV", c.CustomerId)));
        }

        return rows;
    }

    /// <summary>Predicts every customer from fits that converged (see the overload with <c>allowNotConverged</c>).</summary>
    /// <typeparam name="TModel">The transaction model (BG/NBD, MBG/NBD or Pareto/NBD parameters).</typeparam>
    /// <param name="model">The transaction model's fit.</param>
    /// <param name="spend">The Gamma-Gamma fit, or <see langword="null"/> for purchases only.</param>
    /// <param name="customers">The customers, in the model's unit.</param>
    /// <param name="horizon">The horizon in the model's unit.</param>
    /// <param name="margin">The profit margin (1 for revenue).</param>
    /// <param name="discounting">The discount rule, rate per model unit.</param>
    /// <returns>One row per customer, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The horizon or margin is negative, or a customer's figures carry another unit than
    /// the model's (rule <c>time-unit.mismatch</c>).</exception>
    /// <exception cref="InvalidOperationException">A fit did not converge; the message quotes the fit's.</exception>
    /// <exception cref="OverflowException">A customer's expected value or CLV is beyond decimal's range (±7.9 × 10²⁸); the
    /// message names the customer and the value.</exception>
    public static IReadOnlyList<ClvRow> Predict<TModel>(FitResult<TModel> model, GammaGammaFit? spend, IEnumerable<CustomerRfm> customers,
        double horizon, double margin, Discounting discounting)
        where TModel : class, ITransactionModel =>
        Predict(model, spend, customers, horizon, margin, discounting, allowNotConverged: false);

    /// <summary>
    /// Predicts every customer from fits: as <see cref="Predict(ITransactionModel, GammaGammaParameters?, IEnumerable{CustomerRfm}, double, double, Discounting, bool)"/>
    /// with their parameters, after checking that both fits converged.
    /// </summary>
    /// <typeparam name="TModel">The transaction model (BG/NBD, MBG/NBD or Pareto/NBD parameters).</typeparam>
    /// <param name="model">The transaction model's fit.</param>
    /// <param name="spend">The Gamma-Gamma fit, or <see langword="null"/> for purchases only.</param>
    /// <param name="customers">The customers, in the model's unit.</param>
    /// <param name="horizon">The horizon in the model's unit.</param>
    /// <param name="margin">The profit margin (1 for revenue).</param>
    /// <param name="discounting">The discount rule, rate per model unit.</param>
    /// <param name="allowNotConverged">Whether to predict from a fit whose <see cref="FitResult{TParameters}.Converged"/>
    /// is <see langword="false"/> (default no).</param>
    /// <returns>One row per customer, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The horizon or margin is negative, or a customer's figures carry another unit than
    /// the model's (rule <c>time-unit.mismatch</c>).</exception>
    /// <exception cref="InvalidOperationException">A fit did not converge and <paramref name="allowNotConverged"/> is
    /// <see langword="false"/>; the message quotes the fit's.</exception>
    /// <exception cref="OverflowException">A customer's expected value or CLV is beyond decimal's range (±7.9 × 10²⁸); the
    /// message names the customer and the value.</exception>
    public static IReadOnlyList<ClvRow> Predict<TModel>(FitResult<TModel> model, GammaGammaFit? spend, IEnumerable<CustomerRfm> customers,
        double horizon, double margin, Discounting discounting, bool allowNotConverged)
        where TModel : class, ITransactionModel
    {
        Guard.Against.Null(model);
        if (!allowNotConverged && !model.Converged)
        {
            throw FitProvenance.NotConvergedError("transaction model", model.Message);
        }

        if (!allowNotConverged && spend is { Result.Converged: false })
        {
            throw FitProvenance.NotConvergedError("Gamma-Gamma", spend.Result.Message);
        }

        return Predict(model.Parameters, spend?.Result.Parameters, customers, horizon, margin, discounting, allowNotConverged: true);
    }

    /// <summary>Returns the discounted expected purchases (see <see cref="DiscountedExpectedPurchases"/>); <paramref name="atHorizon"/> is E(H) when known.</summary>
    private static double DiscountedPurchases(ITransactionModel model, int frequency, double recency, double age, double horizon, Discounting discounting,
        double? atHorizon)
    {
        if (discounting.Kind == DiscountKind.None || (discounting.Kind == DiscountKind.Continuous && discounting.Rate == 0d) || horizon == 0d)
        {
            return atHorizon ?? model.ExpectedPurchases(horizon, frequency, recency, age);
        }

        if (discounting.Kind == DiscountKind.Continuous)
        {
            var delta = discounting.Rate;
            if (double.IsPositiveInfinity(horizon))
            {
                return Dert.Integrate(t => model.ExpectedPurchases(t, frequency, recency, age), delta);
            }

            var end = Math.Exp(-delta * horizon) * (atHorizon ?? model.ExpectedPurchases(horizon, frequency, recency, age));
            var integral = TanhSinh.IntegrateAdaptive(t => Math.Exp(-delta * t) * model.ExpectedPurchases(t, frequency, recency, age), 0d, horizon, 1e-10);
            return end + (delta * integral);
        }

        var total = 0d;
        var previousTime = 0d;
        var previous = 0d;
        while (previousTime < horizon)
        {
            var time = Math.Min(horizon, Math.Floor(previousTime) + 1d);
            var expected = model.ExpectedPurchases(time, frequency, recency, age);
            total += (expected - previous) * discounting.Factor(time);
            previous = expected;
            previousTime = time;
        }

        return total;
    }

    /// <summary>The predictions shared by every customer with the same (x, t_x, T).</summary>
    private sealed class Shared(double alive, double purchases)
    {
        public double Alive { get; } = alive;

        public double Purchases { get; } = purchases;

        public double? Discounted { get; set; }
    }
}
