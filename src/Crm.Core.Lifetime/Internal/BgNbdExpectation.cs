using MathNet.Numerics;

namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// The BG/NBD conditional expectation without its P(alive) factor (Fader, Hardie &amp; Lee 2005, equation 10):
/// (c/(a−1)) · [1 − w^(r+x) · 2F1(r+x, b+x; c; z)] with c = a+b+x−1, w = (α+T)/(α+T+t) and z = 1 − w.
/// Valid for every r, α, a, b &gt; 0, x ≥ 0, T ≥ 0, t ≥ 0, including c ≤ 0 (a + b ≤ 1 at x = 0) and a = 1.
/// </summary>
/// <remarks>
/// Three evaluations, each exact on its branch (no shifted evaluation point):
/// <list type="bullet">
/// <item>|a − 1| ≥ 10⁻³ and c ≥ 1: the positive 2F1 series of the paper.</item>
/// <item>|a − 1| ≥ 10⁻³ and c &lt; 1: c·2F1(A, B; c; z) = c + A B z · 3F2(A+1, B+1, 1; c+1, 2; z), a positive series for
/// any c &gt; −1, so the bracket is [c(1 − w^A) − w^A A B z S] / (a − 1) and the c → 0 limit needs no special case.</item>
/// <item>|a − 1| &lt; 10⁻³: Euler's transformation w^A 2F1(A, B; c; z) = w^(a−1) 2F1(c−A, a−1; c; z) gives
/// c (1 − w^(a−1))/(a−1) − w^(a−1) Σₙ≥₁ (c−A)ₙ (a)ₙ₋₁ / ((c+1)ₙ₋₁ n!) zⁿ, finite at a = 1. When that mixed-sign
/// series cancels badly (large r), the Beta-mixture integral E[(1 − (1 + p u)^(−A)) / p], p ~ Beta(a, b+x), is
/// integrated by tanh-sinh quadrature instead.</item>
/// </list>
/// </remarks>
internal static class BgNbdExpectation
{
    private const double NearOne = 1e-3;
    private const int MaxTerms = 10_000_000;

    /// <summary>Returns the bracket; NaN only if a series fails to converge (never a truncated value).</summary>
    public static double Bracket(double r, double alpha, double a, double b, int x, double age, double horizon)
    {
        if (horizon <= 0d)
        {
            return 0d;
        }

        var bigA = r + x;
        var bigB = b + x;
        var am1 = a - 1d;
        var c = am1 + bigB;
        var logW = Math.Log(alpha + age) - Math.Log(alpha + age + horizon);
        var z = horizon / (alpha + age + horizon);
        if (Math.Abs(am1) < NearOne)
        {
            return Euler(r, a, b, x, am1, c, logW, z, horizon / (alpha + age));
        }

        if (c >= 1d)
        {
            var logTail = (bigA * logW) + Hypergeometric.Log2F1(bigA, bigB, c, z);
            return c / am1 * -LogMath.ExpM1(logTail);
        }

        var logS = Hypergeometric.LogSeries(bigA + 1d, bigB + 1d, c + 1d, 2d, z);
        var head = c * -LogMath.ExpM1(bigA * logW);
        var tail = Math.Exp((bigA * logW) + Math.Log(bigA) + Math.Log(bigB) + Math.Log(z) + logS);
        return (head - tail) / am1;
    }

    private static double Euler(double r, double a, double b, int x, double am1, double c, double logW, double z, double u)
    {
        var minusLogW = -logW;
        var y = am1 * minusLogW;
        var damped = y == 0d ? minusLogW : -LogMath.ExpM1(-y) / am1;
        var first = c * damped;
        var cMinusA = am1 + b - r;
        double term = cMinusA * z, sum = term, largest = Math.Abs(term);
        var signChanges = Math.Max(0d, -cMinusA);
        var converged = term == 0d;
        for (var n = 1; n < MaxTerms && !converged; n++)
        {
            var ratio = (cMinusA + n) * (a + n - 1d) / ((c + n) * (n + 1d)) * z;
            term *= ratio;
            sum += term;
            largest = Math.Max(largest, Math.Abs(term));
            var q = Math.Max(Math.Abs(ratio), z);
            converged = term == 0d || (n > signChanges && q < 1d && Math.Abs(term) * q / (1d - q) <= 1e-17 * Math.Abs(sum));
        }

        var scale = Math.Exp(-y);
        var value = first - (scale * sum);
        if (!converged || largest * scale > 1e5 * Math.Abs(value))
        {
            return BetaMixture(r, a, b, x, u);
        }

        return value;
    }

    /// <summary>
    /// Returns E[(1 − (1 + p u)^(−(r+x))) / p] for p ~ Beta(a, b+x), split at p = ½, [0, ½] further split
    /// geometrically, and substituted at each end (p = y^(1/a), 1 − p = v^(1/(b+x))) so every integrand is bounded, then integrated by tanh-sinh quadrature.
    /// </summary>
    private static double BetaMixture(double r, double a, double b, int x, double u)
    {
        var k = r + x;
        var bx = b + x;
        double H(double p) => p == 0d ? k * u : -LogMath.ExpM1(-k * LogMath.Log1P(p * u)) / p;
        // H has a pole at p = −1/u: split [0, ½] geometrically so that no piece is long next to it.
        var edge = 0.5;
        var low = 0d;
        for (var j = 0; j < 40 && edge * u > 1d / 16d; j++, edge /= 4d)
        {
            var right = edge;
            low += TanhSinh.Integrate(p => H(p) * Math.Pow(p, a - 1d) * Math.Pow(1d - p, bx - 1d), right / 4d, right);
        }

        low += TanhSinh.Integrate(y =>
        {
            var p = Math.Pow(y, 1d / a);
            return H(p) * Math.Pow(1d - p, bx - 1d) / a;
        }, 0d, Math.Pow(edge, a));
        var high = TanhSinh.Integrate(v =>
        {
            var p = 1d - Math.Pow(v, 1d / bx);
            return H(p) * Math.Pow(p, a - 1d) / bx;
        }, 0d, Math.Pow(0.5, bx));
        return (low + high) / Math.Exp(SpecialFunctions.BetaLn(a, bx));
    }
}
