using MathNet.Numerics;

namespace Crm.Core.Lifetime.Internal;

/// <summary>The BG/NBD log-likelihood (Fader, Hardie &amp; Lee 2005, equation 6) in log space.</summary>
internal static class BgNbdLikelihood
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
            constant[i] = common + risingR[i] + risingB[i] - risingAb[i];
            repeat[i] = x > 0 ? logA - Math.Log(b + x - 1d) : double.NegativeInfinity;
        }

        var logAge = Logs(data.Ages, alpha);
        var logRecency = Logs(data.Recencies, alpha);
        var total = 0d;
        for (var row = 0; row < data.Count; row++)
        {
            var xi = data.RowX[row];
            var rx = r + xs[xi];
            var term = -rx * logAge[data.RowAge[row]];
            if (xs[xi] > 0)
            {
                term = LogMath.LogAddExp(term, repeat[xi] - (rx * logRecency[data.RowRecency[row]]));
            }

            total += data.Weights[row] * (constant[xi] + term);
        }

        return total;
    }

    /// <summary>Returns one customer's log-likelihood.</summary>
    public static double One(int x, double tx, double age, double r, double alpha, double a, double b)
    {
        var ll = SpecialFunctions.GammaLn(a + b) - SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha))
            + SpecialFunctions.GammaLn(r + x) + SpecialFunctions.GammaLn(b + x) - SpecialFunctions.GammaLn(a + b + x);
        var term = -(r + x) * Math.Log(alpha + age);
        if (x > 0)
        {
            term = LogMath.LogAddExp(term, Math.Log(a) - Math.Log(b + x - 1d) - ((r + x) * Math.Log(alpha + tx)));
        }

        return ll + term;
    }

    private static double[] Logs(double[] values, double alpha)
    {
        var logs = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            logs[i] = Math.Log(alpha + values[i]);
        }

        return logs;
    }
}
