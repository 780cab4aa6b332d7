namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// Positive hypergeometric-type series evaluated in log space. Valid domain: every parameter &gt; 0 and 0 ≤ z &lt; 1;
/// the caller transforms anything else (see <see cref="BgNbdExpectation"/> for c ≤ 0 and the Pareto/NBD terms for α &lt; β).
/// </summary>
/// <remarks>
/// Cost: for z ≤ <see cref="EulerAbove"/> the series' terms shrink at least geometrically (ratio → z) once n exceeds the
/// parameters, so it ends after the rising phase plus about 800 terms. Above it, where the series would need of the order
/// of max(a, b)/(1 − z) terms (50 million at z = 1 − 10⁻⁸), <see cref="Log2F1"/> uses Euler's integral instead whenever
/// that estimate exceeds <see cref="SeriesBudget"/> terms and c exceeds a or b: a tanh-sinh quadrature in log space whose step is halved from 1/64 to at most 1/512 (at most about 14,400
/// integrand evaluations in all) until two successive estimates agree. Only 2F1 with
/// c ≤ min(a, b) near z = 1, and <see cref="LogSeries"/> with q2 ≠ 1, still sum the series up to its 50-million-term cap.
/// </remarks>
internal static class Hypergeometric
{
    private const double RescaleAbove = 1e200;
    private const double LogRescale = 460.51701859880916; // ln(1e200)
    private const int MaxTerms = 50_000_000;

    /// <summary>The argument above which <see cref="Log2F1"/> may integrate instead of summing when c &gt; min(a, b).</summary>
    internal const double EulerAbove = 0.95;

    /// <summary>The estimated number of series terms above which <see cref="Log2F1"/> integrates (when it can).</summary>
    internal const double SeriesBudget = 20_000;

    /// <summary>The first tanh-sinh step of <see cref="LogEuler"/>; it is halved down to <see cref="FinestStep"/> until the
    /// estimates at h and 2h agree.</summary>
    private const double FirstStep = 1d / 64d;

    /// <summary>The last step tried (3,841 nodes on each half of the interval) before falling back to the series.</summary>
    private const double FinestStep = 1d / 512d;

    /// <summary>The tanh-sinh reach: nodes at k·h for |k·h| ≤ this.</summary>
    private const double Reach = 3.75;

    /// <summary>
    /// Returns ln 2F1(a, b; c; z) for a, b, c &gt; 0 and 0 ≤ z &lt; 1. The series has positive terms only; it is
    /// summed with periodic rescaling, so the result is finite even when 2F1 itself exceeds the double range. Above
    /// z = <see cref="EulerAbove"/> with c &gt; min(a, b), Euler's integral replaces the series (see the remarks).
    /// </summary>
    /// <returns>The logarithm, or NaN outside the domain or when the series has not converged after 50 million terms (never a truncated sum).</returns>
    public static double Log2F1(double a, double b, double c, double z)
    {
        // The terms rise until n is about max(a, b)·z/(1 − z) at most, then fall by about z per term (some 40/(1 − z) more
        // to reach 1e-17): the series is cheap unless that estimate is large.
        if (z > EulerAbove && z < 1d && a > 0d && b > 0d && c > Math.Min(a, b) && ((Math.Max(a, b) * z) + 40d) / (1d - z) > SeriesBudget)
        {
            // 2F1 is symmetric in a and b: integrate over the Beta(b, c − b) weight whose smaller shape is smaller, so the
            // integrand in log t or log(1 − t) stays about one unit wide.
            var useA = a < c && (b >= c || Math.Min(a, c - a) <= Math.Min(b, c - b));
            var euler = useA ? LogEuler(b, a, c, z) : LogEuler(a, b, c, z);
            if (!double.IsNaN(euler))
            {
                return euler;
            }
        }

        return LogSeries(a, b, c, 1d, z);
    }

    /// <summary>
    /// Returns ln 2F1(a, b; c; z) for c &gt; b &gt; 0, a &gt; 0 and 0 &lt; z &lt; 1 from Euler's integral
    /// Γ(c)/(Γ(b)Γ(c−b)) ∫₀¹ t^(b−1) (1−t)^(c−b−1) (1−zt)^(−a) dt, split at t = ½ and integrated on each half by tanh-sinh
    /// quadrature in log space (so neither (1 − z)^(−a) overflowing nor the Beta weight underflowing loses the result). On
    /// the half next to t = 0 (t = 1), a shape b (c − b) below 1 is removed by the substitution t = v^(1/b)
    /// (1 − t = w^(1/(c−b))), which turns the endpoint singularity into a constant; 1 − zt is computed as
    /// (1 − z) + z(1 − t), without cancellation. NaN when the estimates at steps h and 2h differ by more than 1e-10 (in the
    /// logarithm, relative above 1) at every step from 1/64 to 1/512, so that the caller falls back to the series. For an analytic integrand
    /// the trapezoid error falls like e^(−k/h), so halving the step roughly squares it: the gap between the estimates at 2h
    /// and h bounds the error at 2h, and the error at h is far smaller.
    /// </summary>
    internal static double LogEuler(double a, double b, double c, double z)
    {
        var oneMinusZ = 1d - z;
        var d = c - b;

        // Left half, t ∈ (0, ½]: ∫ t^(b−1) (1−t)^(d−1) (1−zt)^(−a) dt.
        double Left(double logV, double v)
        {
            var (t, weight) = NearEndpoint(logV, v, b);
            return weight + ((d - 1d) * LogMath.Log1P(-t)) - (a * Math.Log(oneMinusZ + (z * (1d - t))));
        }

        // Right half, s = 1 − t ∈ (0, ½]: ∫ s^(d−1) (1−s)^(b−1) ((1−z) + zs)^(−a) ds.
        double Right(double logW, double w)
        {
            var (sValue, weight) = NearEndpoint(logW, w, d);
            return weight + ((b - 1d) * LogMath.Log1P(-sValue)) - (a * Math.Log(oneMinusZ + (z * sValue)));
        }

        for (var step = FirstStep; step >= FinestStep; step /= 2d)
        {
            var (leftFine, leftCoarse) = HalfLine(Left, HalfUpper(b), step);
            var (rightFine, rightCoarse) = HalfLine(Right, HalfUpper(d), step);
            var fine = LogMath.LogAddExp(leftFine, rightFine);
            var coarse = LogMath.LogAddExp(leftCoarse, rightCoarse);
            if (!double.IsFinite(fine))
            {
                return double.NaN;
            }

            if (Math.Abs(fine - coarse) <= 1e-10 * Math.Max(1d, Math.Abs(fine)))
            {
                return fine + MathNet.Numerics.SpecialFunctions.GammaLn(c) - MathNet.Numerics.SpecialFunctions.GammaLn(b)
                    - MathNet.Numerics.SpecialFunctions.GammaLn(d);
            }
        }

        return double.NaN;
    }

    /// <summary>
    /// Returns the logarithms of ∫₀^V e^f(ln v, v) dv by tanh-sinh quadrature with the step h and with 2h, the nodes
    /// v = V/(1 + e^(−2u)), u = (π/2) sinh(kh), computed in log space so that nodes near 0 keep full relative precision.
    /// </summary>
    private static (double Fine, double Coarse) HalfLine(Func<double, double, double> logIntegrand, double upper, double step)
    {
        var count = (int)(Reach / step);
        var logTerms = new double[(2 * count) + 1];
        var logUpper = Math.Log(upper);
        for (var k = -count; k <= count; k++)
        {
            var h = k * step;
            var u = Math.PI / 2d * Math.Sinh(h);
            var logV = logUpper - LogMath.Log1P(Math.Exp(-2d * u));
            var v = Math.Exp(logV);
            var logWeight = logUpper + Math.Log(Math.PI / 4d * Math.Cosh(h)) - (2d * LogCosh(u));
            var value = v > 0d && v < upper ? logWeight + logIntegrand(logV, v) : double.NegativeInfinity;
            logTerms[k + count] = double.IsNaN(value) ? double.NegativeInfinity : value;
        }

        return (LogSumExp(logTerms, 1) + Math.Log(step), LogSumExp(logTerms, 2) + Math.Log(2d * step));
    }

    /// <summary>
    /// On the half next to an endpoint, returns the distance x from it (t, or 1 − t) at the node v, and the logarithm of
    /// the Beta weight x^(shape−1) times dx/dv: for a shape below 1 the substitution x = v^(1/shape) makes that weight the
    /// constant 1/shape, otherwise x = v.
    /// </summary>
    private static (double X, double LogWeight) NearEndpoint(double logV, double v, double shape) =>
        shape < 1d ? (Math.Exp(logV / shape), -Math.Log(shape)) : (v, (shape - 1d) * logV);

    /// <summary>The upper limit of the node variable for x ≤ ½ (½^shape under the substitution, else ½).</summary>
    private static double HalfUpper(double shape) => shape < 1d ? Math.Pow(0.5, shape) : 0.5;

    private static double LogCosh(double u)
    {
        var v = Math.Abs(u);
        return v + LogMath.Log1P(Math.Exp(-2d * v)) - Math.Log(2d);
    }

    /// <summary>Returns ln Σ exp(values[i]) over every <paramref name="stride"/>-th value centred on the middle one.</summary>
    private static double LogSumExp(double[] values, int stride)
    {
        var middle = values.Length / 2;
        var max = double.NegativeInfinity;
        for (var i = middle % stride; i < values.Length; i += stride)
        {
            max = Math.Max(max, values[i]);
        }

        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        var sum = 0d;
        for (var i = middle % stride; i < values.Length; i += stride)
        {
            sum += Math.Exp(values[i] - max);
        }

        return max + Math.Log(sum);
    }

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
