using Ardalis.GuardClauses;
using Crm.Core.Lifetime.Internal;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Crm.Core.Lifetime;

/// <summary>
/// Tests that compare two fitted models on the same customers: the likelihood-ratio test for nested models and Vuong's
/// test for non-nested ones (BG/NBD, MBG/NBD and Pareto/NBD are not nested in one another).
/// </summary>
public static class ModelComparison
{
    /// <summary>
    /// The likelihood-ratio test of a restricted model against a full model that contains it: 2 (ln L_full − ln L_restricted)
    /// is asymptotically χ² with as many degrees of freedom as the full model has extra free parameters.
    /// </summary>
    /// <typeparam name="TRestricted">The restricted model's parameter type.</typeparam>
    /// <typeparam name="TFull">The full model's parameter type.</typeparam>
    /// <param name="restricted">The fit of the model with fewer free parameters.</param>
    /// <param name="full">The fit of the model that contains it, on the same customers.</param>
    /// <returns>The statistic, its degrees of freedom and the p-value.</returns>
    /// <remarks>
    /// Valid only when the restricted model is the full one with some parameters fixed at values inside the parameter space.
    /// Two models with the same number of parameters (BG/NBD, MBG/NBD and Pareto/NBD have four each) are not nested: compare
    /// them with <see cref="Vuong"/> or with <see cref="FitResult{TParameters}.Aic"/>/<see cref="FitResult{TParameters}.Bic"/>.
    /// A restriction on the boundary (a dropout rate fixed at 0) makes the χ² p-value conservative.
    /// </remarks>
    /// <exception cref="ArgumentNullException">A fit is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The fits are on different numbers of customers, or there is no degree of freedom (the models are not nested).
    /// </exception>
    public static LikelihoodRatioTest LikelihoodRatio<TRestricted, TFull>(FitResult<TRestricted> restricted, FitResult<TFull> full)
        where TRestricted : class
        where TFull : class =>
        LikelihoodRatio(restricted, full, Guard.Against.Null(full).Estimates.Count - Guard.Against.Null(restricted).Estimates.Count);

    /// <summary>The likelihood-ratio test of a restricted model against a full model, with the degrees of freedom given.</summary>
    /// <typeparam name="TRestricted">The restricted model's parameter type.</typeparam>
    /// <typeparam name="TFull">The full model's parameter type.</typeparam>
    /// <param name="restricted">The fit of the restricted model.</param>
    /// <param name="full">The fit of the model that contains it, on the same customers.</param>
    /// <param name="degreesOfFreedom">The number of parameters the restriction fixes (1 or more).</param>
    /// <returns>The statistic, its degrees of freedom and the p-value.</returns>
    /// <exception cref="ArgumentNullException">A fit is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The fits are on different numbers of customers, or <paramref name="degreesOfFreedom"/> is below 1.</exception>
    public static LikelihoodRatioTest LikelihoodRatio<TRestricted, TFull>(FitResult<TRestricted> restricted, FitResult<TFull> full, int degreesOfFreedom)
        where TRestricted : class
        where TFull : class
    {
        Guard.Against.Null(restricted);
        Guard.Against.Null(full);
        if (Math.Abs(restricted.Customers - full.Customers) > 1e-9 * Math.Max(1d, full.Customers))
        {
            throw new ArgumentException(
                $"The fits are on different customers ({restricted.Customers} and {full.Customers}); a likelihood-ratio test needs the same data.",
                nameof(full));
        }

        return LikelihoodRatio(restricted.LogLikelihood, full.LogLikelihood, degreesOfFreedom);
    }

    /// <summary>The likelihood-ratio test from two maximised log-likelihoods on the same data.</summary>
    /// <param name="restrictedLogLikelihood">The restricted model's maximised log-likelihood.</param>
    /// <param name="fullLogLikelihood">The full model's maximised log-likelihood.</param>
    /// <param name="degreesOfFreedom">The number of parameters the restriction fixes (1 or more).</param>
    /// <returns>
    /// The statistic 2 (ln L_full − ln L_restricted) (0 when the full fit is not better, as happens only when an optimiser
    /// stopped short), its degrees of freedom and the upper χ² tail probability Q(df/2, statistic/2), accurate far into the
    /// tail (p-values of 10⁻³⁰⁰ are not rounded to 0 by a 1 − CDF).
    /// </returns>
    /// <exception cref="ArgumentException">A log-likelihood is not finite or <paramref name="degreesOfFreedom"/> is below 1.</exception>
    public static LikelihoodRatioTest LikelihoodRatio(double restrictedLogLikelihood, double fullLogLikelihood, int degreesOfFreedom)
    {
        Guard.Against.InvalidInput(restrictedLogLikelihood, nameof(restrictedLogLikelihood), double.IsFinite, "The log-likelihood must be finite.");
        Guard.Against.InvalidInput(fullLogLikelihood, nameof(fullLogLikelihood), double.IsFinite, "The log-likelihood must be finite.");
        Guard.Against.InvalidInput(degreesOfFreedom, nameof(degreesOfFreedom), d => d >= 1,
            "A likelihood-ratio test needs at least one degree of freedom: models with the same number of parameters are not nested (use Vuong's test or AIC/BIC).");
        var statistic = Math.Max(0d, 2d * (fullLogLikelihood - restrictedLogLikelihood));
        var p = statistic == 0d ? 1d : SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2d, statistic / 2d);
        return new LikelihoodRatioTest(statistic, degreesOfFreedom, p);
    }

    /// <summary>
    /// Vuong's (1989) test for two non-nested transaction models on the same customers: the per-customer log-likelihood
    /// ratios mᵢ = ln L₁(i) − ln L₂(i) have mean 0 when both models are equally close to the truth, so
    /// z = Σ mᵢ / (√N · sd(m)) is asymptotically standard normal.
    /// </summary>
    /// <param name="first">The first fitted model (BG/NBD, MBG/NBD or Pareto/NBD parameters).</param>
    /// <param name="second">The second fitted model.</param>
    /// <param name="summary">The customers both models were fitted to (weighted rows count as that many customers).</param>
    /// <returns>
    /// The log-likelihood ratio Σ mᵢ, the statistic z, the two-sided p-value 2 (1 − Φ(|z|)) and which model the sign of z
    /// favours. No correction for the number of parameters is applied (the three models have four each).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A model is not one of the three, or the summary has fewer than two customers.</exception>
    public static VuongTest Vuong(ITransactionModel first, ITransactionModel second, RfmSummary summary)
    {
        Guard.Against.Null(first);
        Guard.Against.Null(second);
        Guard.Against.Null(summary);
        Guard.Against.InvalidInput(summary, nameof(summary), s => s.TotalWeight >= 2d, "Vuong's test needs at least two customers.");
        var one = RowLikelihood(first, summary.Unit, nameof(first));
        var two = RowLikelihood(second, summary.Unit, nameof(second));
        var n = summary.TotalWeight;
        var differences = new double[summary.Rows.Count];
        var sum = 0d;
        for (var i = 0; i < differences.Length; i++)
        {
            var row = summary.Rows[i];
            differences[i] = one(row) - two(row);
            sum += row.Weight * differences[i];
        }

        var mean = sum / n;
        var squares = 0d;
        for (var i = 0; i < differences.Length; i++)
        {
            var d = differences[i] - mean;
            squares += summary.Rows[i].Weight * d * d;
        }

        var sd = Math.Sqrt(squares / n);
        var z = sd > 0d ? sum / (Math.Sqrt(n) * sd) : 0d;
        var p = 2d * Normal.CDF(0d, 1d, -Math.Abs(z));
        return new VuongTest(sum, z, p, z > 0d ? 1 : z < 0d ? 2 : 0);
    }

    /// <summary>Returns one customer's log-likelihood under the model, expressed in the summary's unit.</summary>
    private static Func<RfmSummaryRow, double> RowLikelihood(ITransactionModel model, Customers.TimeUnit unit, string name)
    {
        switch (model)
        {
            case BgNbdParameters bg:
                var b = bg.ConvertTo(unit);
                return row => BgNbdLikelihood.One(row.Frequency, row.Recency, row.Age, b.R, b.Alpha, b.A, b.B);
            case MbgNbdParameters mbg:
                var m = mbg.ConvertTo(unit);
                return row => MbgNbdLikelihood.One(row.Frequency, row.Recency, row.Age, m.R, m.Alpha, m.A, m.B);
            case ParetoNbdParameters pareto:
                var p = pareto.ConvertTo(unit);
                return row => ParetoNbdLikelihood.One(row.Frequency, row.Recency, row.Age, p.R, p.Alpha, p.S, p.Beta);
            default:
                throw new ArgumentException($"Vuong's test supports BG/NBD, MBG/NBD and Pareto/NBD parameters, not {model.GetType().Name}.", name);
        }
    }
}

/// <summary>The result of a likelihood-ratio test.</summary>
/// <param name="Statistic">2 (ln L_full − ln L_restricted), at least 0.</param>
/// <param name="DegreesOfFreedom">The number of parameters the restriction fixes.</param>
/// <param name="PValue">P(χ²_df ≥ statistic): small values reject the restricted model.</param>
public sealed record LikelihoodRatioTest(double Statistic, int DegreesOfFreedom, double PValue);

/// <summary>The result of Vuong's test for non-nested models.</summary>
/// <param name="LogLikelihoodRatio">Σ over customers of ln L₁ − ln L₂ (the difference of the two log-likelihoods).</param>
/// <param name="Statistic">z = Σ mᵢ / (√N sd(m)), asymptotically standard normal when the models fit equally well.</param>
/// <param name="PValue">The two-sided p-value 2 (1 − Φ(|z|)): small values mean one model fits significantly better.</param>
/// <param name="Favoured">1 or 2 for the model the sign of z favours, 0 when z is 0 (read it with the p-value).</param>
public sealed record VuongTest(double LogLikelihoodRatio, double Statistic, double PValue, int Favoured);
