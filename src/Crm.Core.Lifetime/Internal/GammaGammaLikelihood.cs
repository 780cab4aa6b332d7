using MathNet.Numerics;

namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// The Gamma-Gamma log-likelihood of the mean spend m_x over x repeat purchases (Fader, Hardie &amp; Lee 2005, "RFM and
/// CLV", equation 1 with the Jacobian of the mean), as in lifetimes' <c>GammaGammaFitter</c> and BTYD's <c>spend.LL</c>:
/// ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + x m).
/// </summary>
internal sealed class GammaGammaLikelihood
{
    private readonly int[] _xs;
    private readonly int[] _rowX;
    private readonly double[] _logM;
    private readonly double[] _xm;
    private readonly double[] _weights;

    public GammaGammaLikelihood(IReadOnlyList<SpendSummaryRow> rows)
    {
        var index = new Dictionary<int, int>();
        _rowX = new int[rows.Count];
        _logM = new double[rows.Count];
        _xm = new double[rows.Count];
        _weights = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!index.TryGetValue(row.Frequency, out var xi))
            {
                xi = index.Count;
                index.Add(row.Frequency, xi);
            }

            _rowX[i] = xi;
            _logM[i] = Math.Log(row.MeanSpend);
            _xm[i] = row.Frequency * row.MeanSpend;
            _weights[i] = row.Weight;
            TotalWeight += row.Weight;
        }

        _xs = new int[index.Count];
        foreach (var (x, xi) in index)
        {
            _xs[xi] = x;
        }
    }

    public double TotalWeight { get; }

    public int Count => _weights.Length;

    public double Sum(double p, double q, double gamma)
    {
        var perX = new double[_xs.Length];
        var constant = (q * Math.Log(gamma)) - SpecialFunctions.GammaLn(q);
        for (var i = 0; i < _xs.Length; i++)
        {
            var px = p * _xs[i];
            perX[i] = constant + SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px) + (px * Math.Log(_xs[i]));
        }

        var total = 0d;
        for (var row = 0; row < _weights.Length; row++)
        {
            var xi = _rowX[row];
            var px = p * _xs[xi];
            total += _weights[row] * (perX[xi] + ((px - 1d) * _logM[row]) - ((px + q) * Math.Log(gamma + _xm[row])));
        }

        return total;
    }
}
