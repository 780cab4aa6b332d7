using Ardalis.GuardClauses;
using Crm.Core.Lifetime.Internal;

namespace Crm.Core.Lifetime;

/// <summary>
/// The parameters of the Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005): each transaction's value is
/// Gamma(p, ν) with ν ~ Gamma(q, γ) across customers. Values are in the currency of the input.
/// </summary>
public sealed record GammaGammaParameters
{
    /// <summary>Creates the parameters.</summary>
    /// <param name="p">The shape of the per-transaction value distribution.</param>
    /// <param name="q">The shape of the distribution of ν across customers.</param>
    /// <param name="gamma">The rate γ of the distribution of ν across customers.</param>
    /// <exception cref="ArgumentException">A parameter is not a finite positive number.</exception>
    public GammaGammaParameters(double p, double q, double gamma)
    {
        P = Checks.Positive(p, nameof(p));
        Q = Checks.Positive(q, nameof(q));
        Gamma = Checks.Positive(gamma, nameof(gamma));
    }

    /// <summary>Gets the shape p.</summary>
    public double P { get; }

    /// <summary>Gets the shape q.</summary>
    public double Q { get; }

    /// <summary>Gets the rate γ.</summary>
    public double Gamma { get; }

    /// <summary>Returns whether the expected value per transaction exists (p x + q &gt; 1) for a customer with <paramref name="frequency"/> repeat purchases.</summary>
    /// <param name="frequency">The number of repeat purchases.</param>
    /// <returns><see langword="true"/> when <see cref="ConditionalExpectedAverageValue"/> is finite.</returns>
    /// <exception cref="ArgumentException"><paramref name="frequency"/> is negative.</exception>
    public bool HasMeanValue(int frequency) => (P * Guard.Against.Negative(frequency)) + Q - 1d > 0d;

    /// <summary>Returns the population mean transaction value p γ / (q − 1), or positive infinity when q ≤ 1.</summary>
    /// <returns>The mean value per transaction of a customer without history.</returns>
    public double PopulationMeanValue() => Q > 1d ? P * Gamma / (Q - 1d) : double.PositiveInfinity;

    /// <summary>
    /// Returns the expected value per transaction of a customer with <paramref name="frequency"/> repeat purchases of mean
    /// value <paramref name="meanValue"/>: a weighted average of the population mean and the customer's own mean.
    /// </summary>
    /// <param name="frequency">The number of repeat purchases (0 gives the population mean).</param>
    /// <param name="meanValue">The customer's mean repeat-purchase value (ignored when <paramref name="frequency"/> is 0).</param>
    /// <returns>
    /// p (γ + x m) / (p x + q − 1); positive infinity when p x + q ≤ 1, where the expectation does not exist (the
    /// posterior mean of 1/ν diverges), never the negative number the formula would give.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="frequency"/> or <paramref name="meanValue"/> is negative.</exception>
    public double ConditionalExpectedAverageValue(int frequency, double meanValue)
    {
        Guard.Against.Negative(frequency);
        Checks.NonNegative(meanValue, nameof(meanValue));
        var x = frequency;
        var m = x == 0 ? 0d : meanValue;
        var denominator = (P * x) + Q - 1d;
        return denominator > 0d ? P * (Gamma + (x * m)) / denominator : double.PositiveInfinity;
    }

    /// <summary>Returns the log-likelihood of spend rows.</summary>
    /// <param name="rows">The rows (customers with at least one repeat purchase).</param>
    /// <returns>The weighted sum of per-customer log-likelihoods, constants included.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    public double LogLikelihood(IReadOnlyList<SpendSummaryRow> rows)
    {
        Guard.Against.Null(rows);
        return new GammaGammaLikelihood(rows).Sum(P, Q, Gamma);
    }
}
