using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Lifetime.Internal;
using MathNet.Numerics;

namespace Crm.Core.Lifetime;

/// <summary>
/// The parameters of the BG/NBD model (Fader, Hardie &amp; Lee 2005): purchase rates λ ~ Gamma(r, α) per
/// <see cref="Unit"/>, and after each purchase the customer drops out with probability p ~ Beta(a, b).
/// </summary>
/// <remarks>All predictions are computed in log space: no overflow for frequencies up to 10,000 and beyond.</remarks>
public sealed record BgNbdParameters : ITransactionModel
{
    /// <summary>Creates the parameters.</summary>
    /// <param name="r">The shape of the purchase-rate distribution.</param>
    /// <param name="alpha">The rate (inverse scale) of the purchase-rate distribution, per <paramref name="unit"/>.</param>
    /// <param name="a">The first shape of the dropout-probability distribution.</param>
    /// <param name="b">The second shape of the dropout-probability distribution.</param>
    /// <param name="unit">The time unit the parameters are expressed in.</param>
    /// <exception cref="ArgumentException">A parameter is not a finite positive number.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public BgNbdParameters(double r, double alpha, double a, double b, TimeUnit unit)
    {
        R = Checks.Positive(r, nameof(r));
        Alpha = Checks.Positive(alpha, nameof(alpha));
        A = Checks.Positive(a, nameof(a));
        B = Checks.Positive(b, nameof(b));
        Unit = Guard.Against.EnumOutOfRange(unit);
    }

    /// <summary>Gets the shape r of the purchase-rate distribution.</summary>
    public double R { get; }

    /// <summary>Gets the rate α of the purchase-rate distribution, per <see cref="Unit"/>.</summary>
    public double Alpha { get; }

    /// <summary>Gets the shape a of the dropout distribution.</summary>
    public double A { get; }

    /// <summary>Gets the shape b of the dropout distribution.</summary>
    public double B { get; }

    /// <inheritdoc/>
    public TimeUnit Unit { get; }

    /// <summary>Expresses the same model in another time unit: α scales with the unit length; r, a and b are unchanged.</summary>
    /// <param name="unit">The target unit.</param>
    /// <returns>The equivalent parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public BgNbdParameters ConvertTo(TimeUnit unit) =>
        FitProvenance.Carry(this, new BgNbdParameters(R, Alpha * Unit.DaysPerUnit() / Guard.Against.EnumOutOfRange(unit).DaysPerUnit(), A, B, unit));

    /// <summary>Returns the log-likelihood of a summary (converted to <see cref="Unit"/> first when needed).</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The weighted sum of per-customer log-likelihoods.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public double LogLikelihood(RfmSummary summary)
    {
        Guard.Against.Null(summary);
        var rows = summary.Unit == Unit ? summary : summary.ConvertTo(Unit);
        return BgNbdLikelihood.Sum(RowIndex.From(rows.Rows), R, Alpha, A, B);
    }

    /// <inheritdoc/>
    /// <remarks>Equals 1 for a customer without repeat purchase, as in the BG/NBD model.</remarks>
    /// <exception cref="ArgumentException">The history is inconsistent (negative values, recency after age).</exception>
    public double ProbabilityAlive(int frequency, double recency, double age)
    {
        Checks.History(frequency, recency, age);
        return frequency == 0 ? 1d : LogisticOfOdds(frequency, recency, age);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The horizon is negative or the history is inconsistent.</exception>
    public double ExpectedPurchases(double horizon, int frequency, double recency, double age)
    {
        Checks.NonNegative(horizon, nameof(horizon));
        Checks.History(frequency, recency, age);
        if (horizon == 0d)
        {
            return 0d;
        }

        var alive = ProbabilityAlive(frequency, recency, age);
        return Math.Max(0d, BgNbdExpectation.Bracket(R, Alpha, A, B, frequency, age, horizon) * alive);
    }

    /// <summary>
    /// Returns the discounted expected residual transactions (DERT): the expected number of future purchases, each
    /// discounted continuously at <paramref name="continuousRate"/> per <see cref="Unit"/>, over an infinite horizon.
    /// </summary>
    /// <param name="frequency">The number of repeat purchase days <c>x</c>.</param>
    /// <param name="recency">The recency <c>t_x</c>.</param>
    /// <param name="age">The age <c>T</c>.</param>
    /// <param name="continuousRate">The continuous discount rate δ per unit (for an annual rate d and weeks, δ = ln(1 + d) / 52.1775).</param>
    /// <returns>
    /// ∫₀^∞ e^(−δt) dE[Y(t)] = ∫₀¹ E[Y(−ln(y)/δ) | x, t_x, T] dy, integrated by tanh-sinh quadrature over the closed-form
    /// conditional expectation: one call replaces a step-by-step discounted sum, whatever the horizon.
    /// </returns>
    /// <exception cref="ArgumentException">The rate is not positive or the history is inconsistent.</exception>
    public double DiscountedExpectedResidualTransactions(int frequency, double recency, double age, double continuousRate)
    {
        Checks.Positive(continuousRate, nameof(continuousRate));
        Checks.History(frequency, recency, age);
        return Dert.Integrate(t => ExpectedPurchases(t, frequency, recency, age), continuousRate);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="time"/> is negative.</exception>
    public double ExpectedPurchasesNewCustomer(double time)
    {
        Checks.NonNegative(time, nameof(time));
        if (time == 0d)
        {
            return 0d;
        }

        return Math.Max(0d, BgNbdExpectation.Bracket(R, Alpha, A, B, 0, 0d, time));
    }

    /// <summary>Returns the probability that a newly acquired customer makes exactly <paramref name="purchases"/> repeat purchases in (0, <paramref name="time"/>].</summary>
    /// <param name="purchases">The number of purchases n (0 or more).</param>
    /// <param name="time">The length of the period in <see cref="Unit"/>.</param>
    /// <returns>P(X(t) = n), from Fader, Hardie &amp; Lee (2005), equation 8.</returns>
    /// <exception cref="ArgumentException"><paramref name="purchases"/> or <paramref name="time"/> is negative.</exception>
    public double ProbabilityOfPurchases(int purchases, double time)
    {
        Guard.Against.Negative(purchases);
        Checks.NonNegative(time, nameof(time));
        return PurchasesPmf(purchases, time, R, Alpha, A, B);
    }

    /// <summary>
    /// Returns the probability that a customer with the given history makes exactly <paramref name="purchases"/> purchases
    /// in the next <paramref name="horizon"/>: P(alive) times the new-customer probability with the posterior parameters
    /// (r + x, α + T, a, b + x), plus 1 − P(alive) when <paramref name="purchases"/> is 0.
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
        var future = PurchasesPmf(purchases, horizon, R + frequency, Alpha + age, A, B + frequency);
        return Math.Clamp((alive * future) + (purchases == 0 ? 1d - alive : 0d), 0d, 1d);
    }

    /// <summary>Returns the BG/NBD P(X(t) = n) for the given parameters (FHL 2005 equation 8); also the MBG/NBD building block.</summary>
    internal static double PurchasesPmf(int purchases, double time, double r, double alpha, double a, double b)
    {
        if (time == 0d)
        {
            return purchases == 0 ? 1d : 0d;
        }

        var n = purchases;
        var logBetaAb = SpecialFunctions.BetaLn(a, b);
        var logP = Math.Log(alpha) - Math.Log(alpha + time);
        var logQ = Math.Log(time) - Math.Log(alpha + time);
        var first = SpecialFunctions.BetaLn(a, b + n) - logBetaAb + SpecialFunctions.GammaLn(r + n) - SpecialFunctions.GammaLn(r)
            - SpecialFunctions.GammaLn(n + 1d) + (r * logP) + (n * logQ);
        var result = Math.Exp(first);
        if (n > 0)
        {
            // P(NegBin(r, α/(α+t)) ≥ n) = I_{t/(α+t)}(n, r).
            var tail = SpecialFunctions.BetaRegularized(n, r, time / (alpha + time));
            result += Math.Exp(SpecialFunctions.BetaLn(a + 1d, b + n - 1d) - logBetaAb) * tail;
        }

        return Math.Clamp(result, 0d, 1d);
    }

    private double LogisticOfOdds(int x, double recency, double age)
    {
        var logOdds = Math.Log(A) - Math.Log(B + x - 1d) + ((R + x) * (Math.Log(Alpha + age) - Math.Log(Alpha + recency)));
        return LogMath.LogisticOfNegative(logOdds);
    }
}
