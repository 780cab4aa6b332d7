namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// The Pareto/NBD log-likelihood together with its analytic gradient with respect to (r, α, s, β), for the optimiser.
/// </summary>
/// <remarks>
/// <para>
/// Per customer, L = Γ(r+x)/Γ(r) α^r β^s [(α+T)^−(r+x) (β+T)^−s + s I], with I = ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ
/// the likelihood of dropping out at τ after the last purchase. I = G(t_x) − G(T), where
/// G(t) = ∫_t^∞ (α+τ)^−m (β+τ)^−n dτ (m = r+x, n = s+1). Expanding the factor with the smaller rate Q (exponent e) around
/// the larger rate P: G(t) = (P+t)^−c Σ_k (e)_k w^k / (k! (c+k)), with c = m+n−1 = r+s+x and w = (P−Q)/(P+t) ∈ [0, 1).
/// Every term is positive (the same series as the 2F1 of <see cref="ParetoNbdLikelihood"/>, Pfaff's transformation
/// included), and its derivatives with respect to c, e and w are series over the same terms: Σ term/(c+k),
/// Σ term·ψ_k (ψ_k = Σ_{j&lt;k} 1/(e+j)) and Σ term·k/w. One pass gives ln G and its four partial derivatives.
/// </para>
/// <para>
/// G depends on (x, t) only, so it is evaluated once per distinct (frequency, recency) and (frequency, age) pair, not per
/// row. Where the series would cost more than integrating I and its derivatives directly by tanh-sinh quadrature in each
/// row that uses the pair (about 4,000 terms per row: w near 1, one rate far above the other), the rows do that instead,
/// as the value path does above w = 0.999.
/// </para>
/// </remarks>
internal sealed class ParetoNbdGradient
{
    /// <summary>About as many series terms as one row's quadrature costs (481 nodes of several logarithms each).</summary>
    private const double TermsPerRow = 4_000;
    private const int MaxTerms = 10_000_000;
    private const double RescaleAbove = 1e200;
    private const double LogRescale = 460.51701859880916; // ln(1e200)

    private readonly RowIndex _data;
    private readonly int _parallelism;
    private readonly int[] _rowRecencyPair;
    private readonly int[] _recencyPairX;
    private readonly double[] _recencyPairTime;
    private readonly int[] _rowAgePair;
    private readonly int[] _agePairX;
    private readonly double[] _agePairTime;
    private readonly double[] _recencyPairBudget;
    private readonly double[] _agePairBudget;

    // Work buffers, reused by every evaluation (the optimiser evaluates one point at a time): five numbers per pair.
    private readonly double[] _recencyTails;
    private readonly double[] _ageTails;
    private readonly double[] _alive;
    private readonly double[] _partial;

    public ParetoNbdGradient(RowIndex data, int maxDegreeOfParallelism)
    {
        _data = data;
        _parallelism = maxDegreeOfParallelism;
        (_rowRecencyPair, _recencyPairX, _recencyPairTime) = data.Pairs(recency: true);
        (_rowAgePair, _agePairX, _agePairTime) = data.Pairs(recency: false);
        _recencyPairBudget = Budgets(_rowRecencyPair, _recencyPairX.Length);
        _agePairBudget = Budgets(_rowAgePair, _agePairX.Length);
        _recencyTails = new double[_recencyPairX.Length * 5];
        _ageTails = new double[_agePairX.Length * 5];
        _alive = new double[_agePairX.Length * 5];
        _partial = new double[Chunks.Count(data.Count) * 5];
    }

    /// <summary>Returns the weighted log-likelihood and writes its partial derivatives with respect to r, α, s and β.</summary>
    public double Evaluate(double r, double alpha, double s, double beta, Span<double> gradient)
    {
        var data = _data;
        var xs = data.Xs;
        var rising = data.LogRising(r);
        var risingDerivative = data.RisingDerivative(r);
        var recencyTails = _recencyTails;
        var ageTails = _ageTails;
        var alive = _alive;
        Tails(_recencyPairX, _recencyPairTime, _recencyPairBudget, r, alpha, s, beta, recencyTails, null);
        Tails(_agePairX, _agePairTime, _agePairBudget, r, alpha, s, beta, ageTails, alive);
        var logS = Math.Log(s);
        var chunks = Chunks.Count(data.Count);
        var partial = _partial;
        Chunks.For(data.Count, _parallelism, (from, to, chunk) =>
        {
            Span<double> d3 = stackalloc double[4];
            double value = 0d, gr = 0d, ga = 0d, gs = 0d, gb = 0d;
            for (var row = from; row < to; row++)
            {
                var xi = data.RowX[row];
                var tx = data.Recencies[data.RowRecency[row]];
                var ageValue = data.Ages[data.RowAge[row]];
                var a = _rowAgePair[row] * 5;
                var p2 = alive[a];
                var p3 = double.NegativeInfinity;
                if (tx < ageValue)
                {
                    var rp = _rowRecencyPair[row] * 5;
                    var gR = recencyTails[rp];
                    var gA = ageTails[a];
                    if (double.IsNaN(gR) || double.IsNaN(gA))
                    {
                        p3 = logS + DropoutByQuadrature(xs[xi], tx, ageValue, r, alpha, s, beta, p2, d3);
                    }
                    else if (gA < gR)
                    {
                        // I = G(t_x) − G(T) = G(t_x) (1 − ρ), ρ = G(T)/G(t_x); ∂I/I = (∂g(t_x) − ρ ∂g(T)) / (1 − ρ).
                        var delta = gA - gR;
                        var rho = Math.Exp(delta);
                        var oneMinus = -LogMath.ExpM1(delta);
                        p3 = logS + gR + LogMath.Log1MinusExp(delta);
                        for (var k = 0; k < 4; k++)
                        {
                            d3[k] = (recencyTails[rp + 1 + k] - (rho * ageTails[a + 1 + k])) / oneMinus;
                        }
                    }
                }

                var weight = data.Weights[row];
                value += weight * (rising[xi] + LogMath.LogAddExp(p2, p3));
                gr += weight * risingDerivative[xi];
                if (double.IsNegativeInfinity(p3))
                {
                    gr += weight * alive[a + 1];
                    ga += weight * alive[a + 2];
                    gs += weight * alive[a + 3];
                    gb += weight * alive[a + 4];
                    continue;
                }

                // ∂ ln(e^p2 + e^p3) = (1 − π) ∂p2 + π ∂p3, π = e^p3 / (e^p2 + e^p3) = 1 − P(alive); p3 = ln s + ln I.
                var dead = LogMath.LogisticOfNegative(p2 - p3);
                var aliveShare = LogMath.LogisticOfNegative(p3 - p2);
                gr += weight * ((aliveShare * alive[a + 1]) + (dead * d3[0]));
                ga += weight * ((aliveShare * alive[a + 2]) + (dead * d3[1]));
                gs += weight * ((aliveShare * alive[a + 3]) + (dead * (d3[2] + (1d / s))));
                gb += weight * ((aliveShare * alive[a + 4]) + (dead * d3[3]));
            }

            var slot = chunk * 5;
            partial[slot] = value;
            partial[slot + 1] = gr;
            partial[slot + 2] = ga;
            partial[slot + 3] = gs;
            partial[slot + 4] = gb;
        });

        var total = data.TotalWeight;
        double sum = total * ((r * Math.Log(alpha)) + (s * Math.Log(beta)));
        gradient[0] = total * Math.Log(alpha);
        gradient[1] = total * r / alpha;
        gradient[2] = total * Math.Log(beta);
        gradient[3] = total * s / beta;
        for (var c = 0; c < chunks; c++)
        {
            sum += partial[c * 5];
            for (var k = 0; k < 4; k++)
            {
                gradient[k] += partial[(c * 5) + 1 + k];
            }
        }

        return sum;
    }

    /// <summary>
    /// Returns ln G(t) for G(t) = ∫_t^∞ (α+τ)^−(r+x) (β+τ)^−(s+1) dτ and writes its partial derivatives with respect to
    /// (r, α, s, β) into <paramref name="derivatives"/>; NaN (nothing written) where the series would need more than
    /// <paramref name="maxTerms"/> terms, or fails.
    /// </summary>
    public static double LogTail(int x, double t, double r, double alpha, double s, double beta, Span<double> derivatives, double maxTerms = TermsPerRow)
    {
        var m = r + x;
        var n = s + 1d;
        var c = r + s + x;
        var alphaLarger = alpha >= beta;
        var big = alphaLarger ? alpha : beta;
        var small = alphaLarger ? beta : alpha;
        var e = alphaLarger ? n : m;
        var bigT = big + t;
        var w = (big - small) / bigT;

        // About (e w + 40) / (1 − w) terms are needed (the terms rise until k ≈ e w / (1 − w), then fall by w per term to
        // 10⁻¹⁷). Beyond the budget, the quadrature of the dropout integral in each row using this pair is cheaper.
        if (!(w < 1d) || ((e * w) + 40d) / (1d - w) > maxTerms)
        {
            return double.NaN;
        }

        // Σ term·k is divided by w at the end, so its tail must be w times smaller.
        var limit = 1e-16 * Math.Min(1d, w);
        double u = 1d, psi = 0d, sum = 0d, sum2 = 0d, sumPsi = 0d, sumK = 0d, logScale = 0d;
        var converged = false;
        for (var k = 0; k < MaxTerms; k++)
        {
            var inverse = 1d / (c + k);
            var term = u * inverse;
            sum += term;
            sum2 += term * inverse;
            sumPsi += term * psi;
            sumK += term * k;
            var ratio = (e + k) * w / (k + 1d);
            psi += 1d / (e + k);
            u *= ratio;
            if (sum > RescaleAbove)
            {
                sum /= RescaleAbove;
                sum2 /= RescaleAbove;
                sumPsi /= RescaleAbove;
                sumK /= RescaleAbove;
                u /= RescaleAbove;
                logScale += LogRescale;
            }

            if (u == 0d)
            {
                converged = true;
                break;
            }

            // Every later ratio is at most q = max(ratio, w); bound the tails of all four series (weights ≤ 1 + ψ) by a
            // geometric series, relative to the sum (the derivatives are ratios to it).
            var q = Math.Max(ratio, w);
            if (q < 1d)
            {
                var tail = u * (((1d + psi) / (1d - q)) + (q / ((1d - q) * (1d - q) * (e + k + 1d))));
                if (tail <= limit * sum)
                {
                    converged = true;
                    break;
                }
            }
        }

        if (!converged)
        {
            return double.NaN;
        }

        var logBigT = Math.Log(bigT);
        var dC = -logBigT - (sum2 / sum);
        var dE = sumPsi / sum;
        var dW = (w > 0d ? sumK / w : e / (c + 1d)) / sum;
        var dBig = (-c / bigT) + (dW * (small + t) / (bigT * bigT));
        var dSmall = -dW / bigT;
        if (alphaLarger)
        {
            derivatives[0] = dC;
            derivatives[1] = dBig;
            derivatives[2] = dC + dE;
            derivatives[3] = dSmall;
        }
        else
        {
            derivatives[0] = dC + dE;
            derivatives[1] = dSmall;
            derivatives[2] = dC;
            derivatives[3] = dBig;
        }

        return (-c * logBigT) + logScale + Math.Log(sum);
    }

    /// <summary>
    /// Returns ln I − part2 by tanh-sinh quadrature of ((α+T)/(α+τ))^(r+x) ((β+T)/(β+τ))^s / (β+τ) over (t_x, T], and writes
    /// ∂ ln I / ∂(r, α, s, β) = −(E[ln(α+τ)], (r+x) E[1/(α+τ)], E[ln(β+τ)], (s+1) E[1/(β+τ)]) under that density.
    /// </summary>
    private static double DropoutByQuadrature(int x, double tx, double age, double r, double alpha, double s, double beta, double part2, Span<double> derivatives)
    {
        var logAlphaT = Math.Log(alpha + age);
        var logBetaT = Math.Log(beta + age);
        var moments = TanhSinh.Moments(
            tau => Math.Exp(((r + x) * (logAlphaT - Math.Log(alpha + tau))) + (s * (logBetaT - Math.Log(beta + tau)))) / (beta + tau),
            (tau, values) =>
            {
                values[0] = Math.Log(alpha + tau);
                values[1] = 1d / (alpha + tau);
                values[2] = Math.Log(beta + tau);
                values[3] = 1d / (beta + tau);
            },
            4, tx, age, 1e-12);
        var m0 = moments[0];
        derivatives[0] = -moments[1] / m0;
        derivatives[1] = -(r + x) * moments[2] / m0;
        derivatives[2] = -moments[3] / m0;
        derivatives[3] = -(s + 1d) * moments[4] / m0;
        return part2 + Math.Log(m0);
    }

    /// <summary>
    /// Evaluates <see cref="LogTail"/> at every pair into <paramref name="tails"/> (ln G, then its derivatives), and for
    /// age pairs part2 = −(r+x) ln(α+T) − s ln(β+T) with its derivatives into <paramref name="alive"/>.
    /// </summary>
    private void Tails(int[] pairX, double[] pairTime, double[] budget, double r, double alpha, double s, double beta, double[] tails, double[]? alive)
    {
        var xs = _data.Xs;
        Chunks.For(pairX.Length, _parallelism, (from, to, _) =>
        {
            for (var i = from; i < to; i++)
            {
                var x = xs[pairX[i]];
                var time = pairTime[i];
                var slot = i * 5;
                tails[slot] = LogTail(x, time, r, alpha, s, beta, tails.AsSpan(slot + 1, 4), budget[i]);
                if (alive is not null)
                {
                    var logAlphaT = Math.Log(alpha + time);
                    var logBetaT = Math.Log(beta + time);
                    alive[slot] = (-(r + x) * logAlphaT) - (s * logBetaT);
                    alive[slot + 1] = -logAlphaT;
                    alive[slot + 2] = -(r + x) / (alpha + time);
                    alive[slot + 3] = -logBetaT;
                    alive[slot + 4] = -s / (beta + time);
                }
            }
        });
    }

    /// <summary>
    /// Returns each pair's series budget: <see cref="TermsPerRow"/> for every row that uses it (a pair shared by many rows,
    /// such as (0, 0) for every customer without a repeat purchase, may sum a long series once instead of a quadrature per
    /// row), at most the hypergeometric series' own limit of 10 million terms.
    /// </summary>
    private static double[] Budgets(int[] rowPair, int pairs)
    {
        var budget = new double[pairs];
        foreach (var pair in rowPair)
        {
            budget[pair] += TermsPerRow;
        }

        for (var i = 0; i < pairs; i++)
        {
            budget[i] = Math.Min(budget[i], MaxTerms);
        }

        return budget;
    }
}
