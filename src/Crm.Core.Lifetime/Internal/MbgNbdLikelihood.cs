namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// The MBG/NBD log-likelihood (Batislam, Denizel &amp; Filiztekin 2007; lifetimes' <c>ModifiedBetaGeoFitter</c>), in log
/// space: ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x+1) − ln B(a, b) + ln[(α+T)^−(r+x) + a/(b+x) · (α+t_x)^−(r+x)].
/// Unlike BG/NBD the second term is present for x = 0 too: a customer can drop out right after the first purchase.
/// </summary>
internal static class MbgNbdLikelihood
{
    /// <summary>Returns the weighted sum of per-customer log-likelihoods.</summary>
    public static double Sum(RowIndex data, double r, double alpha, double a, double b)
    {
        var xs = data.Xs;
        var constant = new double[xs.Length];
        var repeat = new double[xs.Length];
        var common = r * Math.Log(alpha);
        var logA = Math.Log(a);
        var risingR = data.LogRising(r);
        var risingB = data.LogRising(b);
        var risingAb = data.LogRising(a + b);
        for (var i = 0; i < xs.Length; i++)
        {
            var x = xs[i];
            constant[i] = common + risingR[i] + risingB[i] + Math.Log(b + x) - risingAb[i] - Math.Log(a + b + x);
            repeat[i] = logA - Math.Log(b + x);
        }

        var total = 0d;
        for (var row = 0; row < data.Count; row++)
        {
            var xi = data.RowX[row];
            var rx = r + xs[xi];
            var term = LogMath.LogAddExp(
                -rx * Math.Log(alpha + data.Ages[data.RowAge[row]]),
                repeat[xi] - (rx * Math.Log(alpha + data.Recencies[data.RowRecency[row]])));
            total += data.Weights[row] * (constant[xi] + term);
        }

        return total;
    }

    /// <summary>Returns one customer's log-likelihood.</summary>
    public static double One(int x, double tx, double age, double r, double alpha, double a, double b)
    {
        var ll = MathNet.Numerics.SpecialFunctions.GammaLn(r + x) - MathNet.Numerics.SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha))
            + MathNet.Numerics.SpecialFunctions.GammaLn(b + x + 1d) - MathNet.Numerics.SpecialFunctions.GammaLn(b)
            - MathNet.Numerics.SpecialFunctions.GammaLn(a + b + x + 1d) + MathNet.Numerics.SpecialFunctions.GammaLn(a + b);
        return ll + LogMath.LogAddExp(-(r + x) * Math.Log(alpha + age), Math.Log(a) - Math.Log(b + x) - ((r + x) * Math.Log(alpha + tx)));
    }
}
