using Ardalis.GuardClauses;
using Crm.Core.Lifetime.Internal;
using MathNet.Numerics;

namespace Crm.Core.Lifetime;

/// <summary>
/// The parameters of the discrete-time BG/BB model (Fader, Hardie &amp; Shang 2010): while alive, a customer transacts at
/// each opportunity with probability p ~ Beta(α, β), and becomes inactive at the start of each opportunity with
/// probability θ ~ Beta(γ, δ). Time is counted in transaction opportunities (periods).
/// </summary>
public sealed record BgBbParameters
{
    /// <summary>Creates the parameters.</summary>
    /// <param name="alpha">The first shape of the transaction-probability distribution.</param>
    /// <param name="beta">The second shape of the transaction-probability distribution.</param>
    /// <param name="gamma">The first shape of the dropout-probability distribution.</param>
    /// <param name="delta">The second shape of the dropout-probability distribution.</param>
    /// <exception cref="ArgumentException">A parameter is not a finite positive number.</exception>
    public BgBbParameters(double alpha, double beta, double gamma, double delta)
    {
        Alpha = Checks.Positive(alpha, nameof(alpha));
        Beta = Checks.Positive(beta, nameof(beta));
        Gamma = Checks.Positive(gamma, nameof(gamma));
        Delta = Checks.Positive(delta, nameof(delta));
    }

    /// <summary>Gets the shape α of the transaction-probability distribution.</summary>
    public double Alpha { get; }

    /// <summary>Gets the shape β of the transaction-probability distribution.</summary>
    public double Beta { get; }

    /// <summary>Gets the shape γ of the dropout-probability distribution.</summary>
    public double Gamma { get; }

    /// <summary>Gets the shape δ of the dropout-probability distribution.</summary>
    public double Delta { get; }

    /// <summary>Returns the log-likelihood of the rows.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The weighted sum of per-customer log-likelihoods (the convention of the paper and of lifetimes' fitter × −N).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    public double LogLikelihood(IReadOnlyList<DiscreteRfmRow> rows)
    {
        Guard.Against.Null(rows);
        return BgBbLikelihood.Sum(rows, Alpha, Beta, Gamma, Delta);
    }

    /// <summary>Returns the probability that a customer with the given history is alive at the next opportunity, n + 1.</summary>
    /// <param name="frequency">The number of opportunities with a repeat transaction, x.</param>
    /// <param name="recency">The opportunity of the last one, t_x (0 without one).</param>
    /// <param name="periods">The number of opportunities observed, n.</param>
    /// <returns>B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L(x, t_x, n) (equation 11 of the paper).</returns>
    /// <exception cref="ArgumentException">The history is inconsistent (see <see cref="DiscreteRfmRow"/>).</exception>
    public double ProbabilityAlive(int frequency, int recency, int periods)
    {
        _ = new DiscreteRfmRow(frequency, recency, periods);
        var logAlive = SpecialFunctions.BetaLn(Alpha + frequency, Beta + periods - frequency) - SpecialFunctions.BetaLn(Alpha, Beta)
            + SpecialFunctions.BetaLn(Gamma, Delta + periods + 1d) - SpecialFunctions.BetaLn(Gamma, Delta);
        return Math.Clamp(Math.Exp(logAlive - BgBbLikelihood.One(frequency, recency, periods, Alpha, Beta, Gamma, Delta)), 0d, 1d);
    }

    /// <summary>Returns the expected number of transactions in the next <paramref name="futurePeriods"/> opportunities for a customer with the given history.</summary>
    /// <param name="futurePeriods">The number of future opportunities n*.</param>
    /// <param name="frequency">The number of opportunities with a repeat transaction, x.</param>
    /// <param name="recency">The opportunity of the last one, t_x.</param>
    /// <param name="periods">The number of opportunities observed, n.</param>
    /// <returns>
    /// B(α+x+1, β+n−x)/B(α,β) · Σ_{k=1}^{n*} B(γ, δ+n+k)/B(γ,δ) / L(x, t_x, n): only the histories alive at n contribute,
    /// transacting with probability E[p] at each opportunity they survive (equation 13 of the paper, summed rather than in
    /// its closed form, which divides by γ − 1).
    /// </returns>
    /// <exception cref="ArgumentException">A count is negative or the history is inconsistent.</exception>
    public double ExpectedPurchases(int futurePeriods, int frequency, int recency, int periods)
    {
        Guard.Against.Negative(futurePeriods);
        _ = new DiscreteRfmRow(frequency, recency, periods);
        var head = SpecialFunctions.BetaLn(Alpha + frequency + 1d, Beta + periods - frequency) - SpecialFunctions.BetaLn(Alpha, Beta)
            - BgBbLikelihood.One(frequency, recency, periods, Alpha, Beta, Gamma, Delta);
        return Math.Exp(head) * SurvivalSum(periods, futurePeriods);
    }

    /// <summary>Returns the expected number of transactions of a new customer in the first <paramref name="periods"/> opportunities.</summary>
    /// <param name="periods">The number of opportunities n.</param>
    /// <returns>α/(α+β) · Σ_{k=1}^{n} B(γ, δ+k)/B(γ,δ).</returns>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is negative.</exception>
    public double ExpectedPurchasesNewCustomer(int periods)
    {
        Guard.Against.Negative(periods);
        return Alpha / (Alpha + Beta) * SurvivalSum(0, periods);
    }

    /// <summary>Returns the probability that a new customer transacts at exactly <paramref name="purchases"/> of the first <paramref name="periods"/> opportunities.</summary>
    /// <param name="purchases">The number of transactions x (0 to n).</param>
    /// <param name="periods">The number of opportunities n.</param>
    /// <returns>
    /// C(n, x) B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ) + Σ_{i=x}^{n−1} C(i, x) B(α+x, β+i−x)/B(α,β) · B(γ+1, δ+i)/B(γ,δ)
    /// (equation 7 of the paper).
    /// </returns>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    public double ProbabilityOfPurchases(int purchases, int periods)
    {
        Guard.Against.Negative(purchases);
        Guard.Against.Negative(periods);
        if (purchases > periods)
        {
            return 0d;
        }

        var logBetaAb = SpecialFunctions.BetaLn(Alpha, Beta);
        var logBetaGd = SpecialFunctions.BetaLn(Gamma, Delta);
        var result = Math.Exp(SpecialFunctions.BinomialLn(periods, purchases) + SpecialFunctions.BetaLn(Alpha + purchases, Beta + periods - purchases) - logBetaAb
            + SpecialFunctions.BetaLn(Gamma, Delta + periods) - logBetaGd);
        for (var i = purchases; i < periods; i++)
        {
            result += Math.Exp(SpecialFunctions.BinomialLn(i, purchases) + SpecialFunctions.BetaLn(Alpha + purchases, Beta + i - purchases) - logBetaAb
                + SpecialFunctions.BetaLn(Gamma + 1d, Delta + i) - logBetaGd);
        }

        return Math.Clamp(result, 0d, 1d);
    }

    /// <summary>
    /// Returns the discounted expected residual transactions (DERT): the expected number of transactions at all future
    /// opportunities, the one k periods ahead discounted by (1 + d)^(−k).
    /// </summary>
    /// <param name="frequency">The number of opportunities with a repeat transaction, x.</param>
    /// <param name="recency">The opportunity of the last one, t_x.</param>
    /// <param name="periods">The number of opportunities observed, n.</param>
    /// <param name="discountRate">The discount rate d per period (positive).</param>
    /// <returns>
    /// B(α+x+1, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) · 2F1(1, δ+n+1; γ+δ+n+1; 1/(1+d)) / ((1+d) L(x, t_x, n)) (equation 14 of
    /// the paper): the sum over k ≥ 1 of B(γ, δ+n+k)/B(γ,δ) (1+d)^(−k), as a positive hypergeometric series.
    /// </returns>
    /// <exception cref="ArgumentException">The rate is not positive or the history is inconsistent.</exception>
    public double DiscountedExpectedResidualTransactions(int frequency, int recency, int periods, double discountRate)
    {
        Checks.Positive(discountRate, nameof(discountRate));
        _ = new DiscreteRfmRow(frequency, recency, periods);
        var z = 1d / (1d + discountRate);
        var log = SpecialFunctions.BetaLn(Alpha + frequency + 1d, Beta + periods - frequency) - SpecialFunctions.BetaLn(Alpha, Beta)
            + SpecialFunctions.BetaLn(Gamma, Delta + periods + 1d) - SpecialFunctions.BetaLn(Gamma, Delta)
            + Math.Log(z) + Hypergeometric.Log2F1(1d, Delta + periods + 1d, Gamma + Delta + periods + 1d, z)
            - BgBbLikelihood.One(frequency, recency, periods, Alpha, Beta, Gamma, Delta);
        return Math.Exp(log);
    }

    /// <summary>Returns Σ_{k=1}^{count} B(γ, δ+n+k)/B(γ,δ), each term from the previous by the ratio (δ+m)/(γ+δ+m).</summary>
    private double SurvivalSum(int periods, int count)
    {
        if (count == 0)
        {
            return 0d;
        }

        var term = Math.Exp(SpecialFunctions.BetaLn(Gamma, Delta + periods + 1d) - SpecialFunctions.BetaLn(Gamma, Delta));
        var sum = 0d;
        for (var k = 1; k <= count; k++)
        {
            sum += term;
            var m = Delta + periods + k;
            term *= m / (Gamma + m);
        }

        return sum;
    }
}
