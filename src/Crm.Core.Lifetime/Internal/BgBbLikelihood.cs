using MathNet.Numerics;

namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// The BG/BB log-likelihood (Fader, Hardie &amp; Shang 2010, equation 5) in log space: a customer alive throughout the n
/// opportunities, B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ), or dropping out at the start of opportunity t_x+i+1 for
/// i = 0 … n−t_x−1, B(α+x, β+t_x−x+i)/B(α,β) · B(γ+1, δ+t_x+i)/B(γ,δ).
/// </summary>
internal static class BgBbLikelihood
{
    public static double Sum(IReadOnlyList<DiscreteRfmRow> rows, double alpha, double beta, double gamma, double delta)
    {
        var total = 0d;
        foreach (var row in rows)
        {
            total += row.Weight * One(row.Frequency, row.Recency, row.Periods, alpha, beta, gamma, delta);
        }

        return total;
    }

    public static double One(int x, int tx, int n, double alpha, double beta, double gamma, double delta)
    {
        var logBetaAb = SpecialFunctions.BetaLn(alpha, beta);
        var logBetaGd = SpecialFunctions.BetaLn(gamma, delta);
        var result = SpecialFunctions.BetaLn(alpha + x, beta + n - x) - logBetaAb + SpecialFunctions.BetaLn(gamma, delta + n) - logBetaGd;
        for (var i = 0; i < n - tx; i++)
        {
            var term = SpecialFunctions.BetaLn(alpha + x, beta + tx - x + i) - logBetaAb + SpecialFunctions.BetaLn(gamma + 1d, delta + tx + i) - logBetaGd;
            result = LogMath.LogAddExp(result, term);
        }

        return result;
    }
}
