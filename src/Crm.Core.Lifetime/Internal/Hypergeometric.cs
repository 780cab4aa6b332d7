namespace Crm.Core.Lifetime.Internal;

/// <summary>The Gaussian hypergeometric function 2F1 for positive parameters, evaluated in log space.</summary>
internal static class Hypergeometric
{
    private const double RescaleAbove = 1e200;
    private const double LogRescale = 460.51701859880916; // ln(1e200)
    private const int MaxTerms = 50_000_000;

    /// <summary>
    /// Returns ln 2F1(a, b; c; z) for a, b, c &gt; 0 and 0 ≤ z &lt; 1. The series has positive terms only; it is
    /// summed with periodic rescaling, so the result is finite even when 2F1 itself exceeds the double range.
    /// </summary>
    public static double Log2F1(double a, double b, double c, double z)
    {
        if (z <= 0d)
        {
            return 0d;
        }

        double term = 1d, sum = 1d, logScale = 0d;
        for (var n = 0; n < MaxTerms; n++)
        {
            var ratio = (a + n) * (b + n) / ((c + n) * (n + 1d)) * z;
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
                break;
            }
        }

        return logScale + Math.Log(sum);
    }
}
