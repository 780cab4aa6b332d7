using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Lifetime.Internal;
using MathNet.Numerics;

namespace Crm.Core.Lifetime;

/// <summary>
/// The parameters of the Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987): purchase rates λ ~ Gamma(r, α)
/// and dropout rates μ ~ Gamma(s, β), both per <see cref="Unit"/>.
/// </summary>
/// <remarks>The Gaussian hypergeometric terms are evaluated in log space: finite for frequencies up to 10,000 and beyond.</remarks>
public sealed record ParetoNbdParameters : ITransactionModel
{
    /// <summary>Creates the parameters.</summary>
    /// <param name="r">The shape of the purchase-rate distribution.</param>
    /// <param name="alpha">The rate of the purchase-rate distribution, per <paramref name="unit"/>.</param>
    /// <param name="s">The shape of the dropout-rate distribution.</param>
    /// <param name="beta">The rate of the dropout-rate distribution, per <paramref name="unit"/>.</param>
    /// <param name="unit">The time unit the parameters are expressed in.</param>
    /// <exception cref="ArgumentException">A parameter is not a finite positive number.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public ParetoNbdParameters(double r, double alpha, double s, double beta, TimeUnit unit)
    {
        R = Checks.Positive(r, nameof(r));
        Alpha = Checks.Positive(alpha, nameof(alpha));
        S = Checks.Positive(s, nameof(s));
        Beta = Checks.Positive(beta, nameof(beta));
        Unit = Guard.Against.EnumOutOfRange(unit);
    }

    /// <summary>Gets the shape r of the purchase-rate distribution.</summary>
    public double R { get; }

    /// <summary>Gets the rate α of the purchase-rate distribution, per <see cref="Unit"/>.</summary>
    public double Alpha { get; }

    /// <summary>Gets the shape s of the dropout-rate distribution.</summary>
    public double S { get; }

    /// <summary>Gets the rate β of the dropout-rate distribution, per <see cref="Unit"/>.</summary>
    public double Beta { get; }

    /// <inheritdoc/>
    public TimeUnit Unit { get; }

    /// <summary>Expresses the same model in another time unit: α and β scale with the unit length; r and s are unchanged.</summary>
    /// <param name="unit">The target unit.</param>
    /// <returns>The equivalent parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public ParetoNbdParameters ConvertTo(TimeUnit unit)
    {
        var factor = Unit.DaysPerUnit() / Guard.Against.EnumOutOfRange(unit).DaysPerUnit();
        return new(R, Alpha * factor, S, Beta * factor, unit);
    }

    /// <summary>Returns the log-likelihood of a summary (converted to <see cref="Unit"/> first when needed).</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The weighted sum of per-customer log-likelihoods, constants included (BTYD's <c>pnbd.cbs.LL</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public double LogLikelihood(RfmSummary summary)
    {
        Guard.Against.Null(summary);
        var rows = summary.Unit == Unit ? summary : summary.ConvertTo(Unit);
        return ParetoNbdLikelihood.Sum(RowIndex.From(rows.Rows), R, Alpha, S, Beta);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The history is inconsistent (negative values, recency after age).</exception>
    public double ProbabilityAlive(int frequency, double recency, double age)
    {
        Checks.History(frequency, recency, age);
        var (part2, part3) = ParetoNbdLikelihood.Parts(frequency, recency, age, R, Alpha, S, Beta);
        return LogMath.LogisticOfNegative(part3 - part2);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The horizon is negative or the history is inconsistent.</exception>
    public double ExpectedPurchases(double horizon, int frequency, double recency, double age)
    {
        Checks.NonNegative(horizon, nameof(horizon));
        var alive = ProbabilityAlive(frequency, recency, age);
        var span = Math.Log(Beta + age + horizon) - Math.Log(Beta + age);
        return alive * (R + frequency) / (Alpha + age) * (Beta + age) * Damped(S - 1d, span);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="time"/> is negative.</exception>
    public double ExpectedPurchasesNewCustomer(double time)
    {
        Checks.NonNegative(time, nameof(time));
        return R / Alpha * Beta * Damped(S - 1d, Math.Log(Beta + time) - Math.Log(Beta));
    }

    /// <summary>
    /// Returns the discounted expected residual transactions (DERT, Fader, Hardie &amp; Lee 2005, "RFM and CLV"):
    /// the expected number of future purchases, each discounted continuously at <paramref name="continuousRate"/> per
    /// <see cref="Unit"/>, over an infinite horizon.
    /// </summary>
    /// <param name="frequency">The number of repeat purchase days <c>x</c>.</param>
    /// <param name="recency">The recency <c>t_x</c>.</param>
    /// <param name="age">The age <c>T</c>.</param>
    /// <param name="continuousRate">The continuous discount rate δ per unit (for an annual rate d and weeks, δ = ln(1 + d) / 52.1775).</param>
    /// <returns>P(alive) · (r+x)/(α+T) · ∫₀^∞ e^(−δt) ((β+T)/(β+T+t))^s dt.</returns>
    /// <exception cref="ArgumentException">The rate is not positive or the history is inconsistent.</exception>
    public double DiscountedExpectedResidualTransactions(int frequency, double recency, double age, double continuousRate)
    {
        Checks.Positive(continuousRate, nameof(continuousRate));
        var alive = ProbabilityAlive(frequency, recency, age);
        var z = continuousRate * (Beta + age);
        var s = S;

        // ∫₀^∞ e^(−z u) (1+u)^(−s) du, substituting u = v / z: (1/z) ∫₀^∞ e^(−v) (1 + v/z)^(−s) dv.
        var integral = Integrate.DoubleExponential(v => Math.Exp(-v - (s * LogMath.Log1P(v / z))), 0d, double.PositiveInfinity, 1e-10) / z;
        return alive * (R + frequency) / (Alpha + age) * (Beta + age) * integral;
    }

    /// <summary>Returns (1 − e^(−c·L)) / c, and L when c·L is 0; accurate for c·L → 0 through <see cref="LogMath.ExpM1"/>.</summary>
    private static double Damped(double c, double span) =>
        c * span == 0d ? span : -LogMath.ExpM1(-c * span) / c;
}
