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
        return FitProvenance.Carry(this, new ParetoNbdParameters(R, Alpha * factor, S, Beta * factor, unit));
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

    /// <summary>Returns the probability that a newly acquired customer makes exactly <paramref name="purchases"/> repeat purchases in (0, <paramref name="time"/>].</summary>
    /// <param name="purchases">The number of purchases n (0 or more).</param>
    /// <param name="time">The length of the period in <see cref="Unit"/>.</param>
    /// <returns>
    /// NB(n; t) (β/(β+t))^s + ∫₀^t NB(n; τ) s β^s / (β+τ)^(s+1) dτ, where NB(n; τ) = Γ(r+n)/(Γ(r) n!) (α/(α+τ))^r (τ/(α+τ))^n
    /// is the Gamma-Poisson probability of n purchases while alive for τ: alive throughout, or dropping out at τ. The
    /// integral of this smooth function is computed by tanh-sinh quadrature (about 1e-12 absolute), not through the 2F1
    /// expression of Fader &amp; Hardie's note.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="purchases"/> or <paramref name="time"/> is negative.</exception>
    public double ProbabilityOfPurchases(int purchases, double time)
    {
        Guard.Against.Negative(purchases);
        Checks.NonNegative(time, nameof(time));
        return PurchasesPmf(purchases, time, R, Alpha, S, Beta);
    }

    /// <summary>
    /// Returns the probability that a customer with the given history makes exactly <paramref name="purchases"/> purchases
    /// in the next <paramref name="horizon"/>: P(alive) times the new-customer probability with the posterior parameters
    /// (r + x, α + T, s, β + T), plus 1 − P(alive) when <paramref name="purchases"/> is 0.
    /// </summary>
    /// <param name="purchases">The number of purchases n (0 or more).</param>
    /// <param name="horizon">The length of the future period in <see cref="Unit"/>.</param>
    /// <param name="frequency">The number of repeat purchase days <c>x</c>.</param>
    /// <param name="recency">The recency <c>t_x</c>.</param>
    /// <param name="age">The age <c>T</c>.</param>
    /// <returns>P(X(T, T + t) = n | x, t_x, T).</returns>
    /// <exception cref="ArgumentException">A count or time is negative or the history is inconsistent.</exception>
    public double ProbabilityOfPurchases(int purchases, double horizon, int frequency, double recency, double age)
    {
        Guard.Against.Negative(purchases);
        Checks.NonNegative(horizon, nameof(horizon));
        var alive = ProbabilityAlive(frequency, recency, age);
        var future = PurchasesPmf(purchases, horizon, R + frequency, Alpha + age, S, Beta + age);
        return Math.Clamp((alive * future) + (purchases == 0 ? 1d - alive : 0d), 0d, 1d);
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

    private static double PurchasesPmf(int n, double t, double r, double alpha, double s, double beta)
    {
        if (t == 0d)
        {
            return n == 0 ? 1d : 0d;
        }

        var logCoefficient = SpecialFunctions.GammaLn(r + n) - SpecialFunctions.GammaLn(r) - SpecialFunctions.GammaLn(n + 1d);
        double LogNegativeBinomial(double tau) =>
            logCoefficient + (r * (Math.Log(alpha) - Math.Log(alpha + tau))) + (n == 0 ? 0d : n * (Math.Log(tau) - Math.Log(alpha + tau)));
        var aliveThroughout = Math.Exp(LogNegativeBinomial(t) + (s * (Math.Log(beta) - Math.Log(beta + t))));
        var dropout = TanhSinh.Integrate(
            tau => Math.Exp(LogNegativeBinomial(tau) + Math.Log(s) + (s * Math.Log(beta)) - ((s + 1d) * Math.Log(beta + tau))), 0d, t);
        return Math.Clamp(aliveThroughout + dropout, 0d, 1d);
    }

    /// <summary>Returns (1 − e^(−c·L)) / c, and L when c·L is 0; accurate for c·L → 0 through <see cref="LogMath.ExpM1"/>.</summary>
    private static double Damped(double c, double span) =>
        c * span == 0d ? span : -LogMath.ExpM1(-c * span) / c;
}
