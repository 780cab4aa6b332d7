namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// Positive hypergeometric-type series evaluated in log space. Valid domain: every parameter &gt; 0 and 0 ≤ z &lt; 1;
/// the caller transforms anything else (see <see cref="BgNbdExpectation"/> for c ≤ 0 and the Pareto/NBD terms for α &lt; β).
/// </summary>
internal static class Hypergeometric
{
    private const double RescaleAbove = 1e200;
    private const double LogRescale = 460.51701859880916; // ln(1e200)
    private const int MaxTerms = 50_000_000;

    /// <summary>
    /// Returns ln 2F1(a, b; c; z) for a, b, c &gt; 0 and 0 ≤ z &lt; 1. The series has positive terms only; it is
    /// summed with periodic rescaling, so the result is finite even when 2F1 itself exceeds the double range.
    /// </summary>
    /// <returns>The logarithm, or NaN outside the domain or when the series has not converged after 50 million terms (never a truncated sum).</returns>
    public static double Log2F1(double a, double b, double c, double z) => LogSeries(a, b, c, 1d, z);

    /// <summary>
    /// Returns ln Σₙ (p1)ₙ (p2)ₙ / ((q1)ₙ (q2)ₙ) zⁿ for p1, p2, q1, q2 &gt; 0 and 0 ≤ z &lt; 1 (q2 = 1 gives 2F1; q2 = 2 gives
    /// the 3F2(p1, p2, 1; q1, 2; z) of the c-shifted form used when the third 2F1 parameter is not positive).
    /// </summary>
    /// <returns>The logarithm, or NaN outside the domain or without convergence.</returns>
    public static double LogSeries(double p1, double p2, double q1, double q2, double z)
    {
        if (!(p1 > 0d && p2 > 0d && q1 > 0d && q2 > 0d && z < 1d))
        {
            return double.NaN;
        }

        if (z <= 0d)
        {
            return 0d;
        }

        double term = 1d, sum = 1d, logScale = 0d;
        for (var n = 0; n < MaxTerms; n++)
        {
            var ratio = (p1 + n) * (p2 + n) / ((q1 + n) * (q2 + n)) * z;
            term *= ratio;
            sum += term;
            if (sum > RescaleAbove)
            {
                sum /= RescaleAbove;
                term /= RescaleAbove;
                logScale += LogRescale;
            }

            var q = Math.Max(ratio, z);
            if (q < 1d && term * q / (1d - q) <= 1e-17 * sum)
            {
                return logScale + Math.Log(sum);
            }
        }

        return double.NaN;
    }
}
