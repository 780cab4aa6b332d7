using MathNet.Numerics;

namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// The Pareto/NBD log-likelihood (Fader &amp; Hardie 2005 note; the form of BTYD's <c>pnbd.LL</c>), evaluated in log
/// space: ln L = part1 + ln(e^part2 + e^part3).
/// </summary>
internal static class ParetoNbdLikelihood
{
    /// <summary>The 2F1 argument above which the dropout-time integral replaces the series (about 37,000 terms at 0.999).</summary>
    private const double SlowSeries = 0.999;

    /// <summary>Returns the weighted sum of per-customer log-likelihoods.</summary>
    public static double Sum(RowIndex data, double r, double alpha, double s, double beta)
    {
        var xs = data.Xs;
        var common = (r * Math.Log(alpha)) + (s * Math.Log(beta));
        var part1 = data.LogRising(r);
        for (var i = 0; i < xs.Length; i++)
        {
            part1[i] += common;
        }

        var total = 0d;
        for (var row = 0; row < data.Count; row++)
        {
            var xi = data.RowX[row];
            var (p2, p3) = Parts(xs[xi], data.Recencies[data.RowRecency[row]], data.Ages[data.RowAge[row]], r, alpha, s, beta);
            total += data.Weights[row] * (part1[xi] + LogMath.LogAddExp(p2, p3));
        }

        return total;
    }

    /// <summary>Returns one customer's log-likelihood.</summary>
    public static double One(int x, double tx, double age, double r, double alpha, double s, double beta)
    {
        var (p2, p3) = Parts(x, tx, age, r, alpha, s, beta);
        return (r * Math.Log(alpha)) + (s * Math.Log(beta)) - SpecialFunctions.GammaLn(r) + SpecialFunctions.GammaLn(r + x)
            + LogMath.LogAddExp(p2, p3);
    }

    /// <summary>
    /// Returns part2 (alive at T) and part3 (died in (t_x, T]) without the common part1. P(alive) = 1 / (1 + e^(part3 − part2)).
    /// </summary>
    public static (double Part2, double Part3) Parts(int x, double tx, double age, double r, double alpha, double s, double beta)
    {
        var part2 = (-(r + x) * Math.Log(alpha + age)) - (s * Math.Log(beta + age));
        var argument = alpha >= beta ? (alpha - beta) / (alpha + tx) : (beta - alpha) / (beta + tx);
        if (argument > SlowSeries && tx < age)
        {
            return (part2, part2 + Math.Log(s * DropoutIntegral(x, tx, age, r, alpha, s, beta)));
        }

        var logF1 = LogF(x, tx, r, alpha, s, beta);
        var logF2 = LogF(x, age, r, alpha, s, beta);
        var part3 = Math.Log(s) - Math.Log(r + s + x) + logF1 + LogMath.Log1MinusExp(logF2 - logF1);
        return (part2, part3);
    }

    /// <summary>
    /// Returns ∫_{t_x}^{T} ((α+T)/(α+τ))^(r+x) ((β+T)/(β+τ))^s / (β+τ) dτ, so that e^part3 = e^part2 · s · this: the
    /// likelihood of dropping out at τ in (t_x, T] relative to being alive at T. Used where the 2F1 argument is so close to
    /// 1 (one rate parameter far above the other plus t_x) that the series would need tens of thousands of terms.
    /// </summary>
    public static double DropoutIntegral(int x, double tx, double age, double r, double alpha, double s, double beta) =>
        TanhSinh.Integrate(
            tau => Math.Exp(((r + x) * (Math.Log(alpha + age) - Math.Log(alpha + tau))) + (s * (Math.Log(beta + age) - Math.Log(beta + tau)))) / (beta + tau),
            tx, age);

    /// <summary>
    /// Returns ln[2F1(r+s+x, s+1; r+s+x+1; (α−β)/(α+t)) / (α+t)^(r+s+x)] for α ≥ β. For α &lt; β the same quantity is
    /// computed with Pfaff's transformation, which keeps every series term positive and the argument (β−α)/(β+t) in [0, 1).
    /// </summary>
    private static double LogF(int x, double t, double r, double alpha, double s, double beta)
    {
        var a = r + s + x;
        if (alpha >= beta)
        {
            var z = (alpha - beta) / (alpha + t);
            return Hypergeometric.Log2F1(a, s + 1d, a + 1d, z) - (a * Math.Log(alpha + t));
        }

        // 2F1(a, s+1; a+1; z) = (1−z)^−(s+1) · 2F1(1, s+1; a+1; z/(z−1)) with z = (α−β)/(α+t) < 0,
        // 1 − z = (β+t)/(α+t) and z/(z−1) = (β−α)/(β+t) ∈ (0, 1).
        var w = (beta - alpha) / (beta + t);
        var logOneMinusZ = Math.Log(beta + t) - Math.Log(alpha + t);
        return Hypergeometric.Log2F1(1d, s + 1d, a + 1d, w) - ((s + 1d) * logOneMinusZ) - (a * Math.Log(alpha + t));
    }
}
