using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Lifetime.Internal;

namespace Crm.Core.Lifetime;

/// <summary>
/// The parameters of the MBG/NBD model (Batislam, Denizel &amp; Filiztekin 2007): BG/NBD in which the customer may also
/// drop out right after the first purchase, so a customer without repeat purchases is not certainly alive. Purchase
/// rates λ ~ Gamma(r, α) per <see cref="Unit"/>, dropout probability p ~ Beta(a, b) at each purchase.
/// </summary>
public sealed record MbgNbdParameters : ITransactionModel
{
    /// <summary>Creates the parameters.</summary>
    /// <param name="r">The shape of the purchase-rate distribution.</param>
    /// <param name="alpha">The rate of the purchase-rate distribution, per <paramref name="unit"/>.</param>
    /// <param name="a">The first shape of the dropout-probability distribution.</param>
    /// <param name="b">The second shape of the dropout-probability distribution.</param>
    /// <param name="unit">The time unit the parameters are expressed in.</param>
    /// <exception cref="ArgumentException">A parameter is not a finite positive number.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public MbgNbdParameters(double r, double alpha, double a, double b, TimeUnit unit)
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
    public MbgNbdParameters ConvertTo(TimeUnit unit) =>
        FitProvenance.Carry(this, new MbgNbdParameters(R, Alpha * Unit.DaysPerUnit() / Guard.Against.EnumOutOfRange(unit).DaysPerUnit(), A, B, unit));

    /// <summary>Returns the log-likelihood of a summary (converted to <see cref="Unit"/> first when needed).</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The weighted sum of per-customer log-likelihoods, constants included.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public double LogLikelihood(RfmSummary summary)
    {
        Guard.Against.Null(summary);
        var rows = summary.Unit == Unit ? summary : summary.ConvertTo(Unit);
        return MbgNbdLikelihood.Sum(RowIndex.From(rows.Rows), R, Alpha, A, B);
    }

    /// <inheritdoc/>
    /// <remarks>1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^(r+x)): below 1 even without a repeat purchase.</remarks>
    /// <exception cref="ArgumentException">The history is inconsistent (negative values, recency after age).</exception>
    public double ProbabilityAlive(int frequency, double recency, double age)
    {
        Checks.History(frequency, recency, age);
        var x = frequency;
        var logOdds = Math.Log(A) - Math.Log(B + x) + ((R + x) * (Math.Log(Alpha + age) - Math.Log(Alpha + recency)));
        return LogMath.LogisticOfNegative(logOdds);
    }

    /// <inheritdoc/>
    /// <remarks>P(alive) · (a+b+x)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x; t/(α+T+t))], evaluated as BG/NBD's with b + 1 (every domain case included).</remarks>
    /// <exception cref="ArgumentException">The horizon is negative or the history is inconsistent.</exception>
    public double ExpectedPurchases(double horizon, int frequency, double recency, double age)
    {
        Checks.NonNegative(horizon, nameof(horizon));
        var alive = ProbabilityAlive(frequency, recency, age);
        return Math.Max(0d, alive * BgNbdExpectation.Bracket(R, Alpha, A, B + 1d, frequency, age, horizon));
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
    /// <remarks>b/(a−1) · [1 − (α/(α+t))^r 2F1(r, b+1; a+b; t/(α+t))] (lifetimes' formula).</remarks>
    /// <exception cref="ArgumentException"><paramref name="time"/> is negative.</exception>
    public double ExpectedPurchasesNewCustomer(double time)
    {
        Checks.NonNegative(time, nameof(time));
        return Math.Max(0d, B / (A + B) * BgNbdExpectation.Bracket(R, Alpha, A, B + 1d, 0, 0d, time));
    }

    /// <inheritdoc/>
    /// <remarks>a/(a+b) for dropping out at once (n = 0 only), plus b/(a+b) times BG/NBD's P(X(t) = n) with b + 1.</remarks>
    /// <exception cref="ArgumentException"><paramref name="purchases"/> or <paramref name="time"/> is negative.</exception>
    public double ProbabilityOfPurchases(int purchases, double time)
    {
        Guard.Against.Negative(purchases);
        Checks.NonNegative(time, nameof(time));
        var survive = B / (A + B);
        var result = (survive * BgNbdParameters.PurchasesPmf(purchases, time, R, Alpha, A, B + 1d)) + (purchases == 0 ? 1d - survive : 0d);
        return Math.Clamp(result, 0d, 1d);
    }

    /// <inheritdoc/>
    /// <remarks>P(alive) times BG/NBD's P(X(t) = n) with the posterior parameters (r + x, α + T, a, b + x + 1), plus 1 − P(alive) for n = 0.</remarks>
    /// <exception cref="ArgumentException">A count or time is negative or the history is inconsistent.</exception>
    public double ProbabilityOfPurchases(int purchases, double horizon, int frequency, double recency, double age)
    {
        Guard.Against.Negative(purchases);
        Checks.NonNegative(horizon, nameof(horizon));
        var alive = ProbabilityAlive(frequency, recency, age);
        var future = BgNbdParameters.PurchasesPmf(purchases, horizon, R + frequency, Alpha + age, A, B + frequency + 1d);
        return Math.Clamp((alive * future) + (purchases == 0 ? 1d - alive : 0d), 0d, 1d);
    }
}
