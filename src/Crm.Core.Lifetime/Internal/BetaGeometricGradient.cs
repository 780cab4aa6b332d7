namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// The BG/NBD and MBG/NBD log-likelihoods (the values of <see cref="BgNbdLikelihood"/> and <see cref="MbgNbdLikelihood"/>)
/// together with their analytic gradients with respect to (r, α, a, b), for the optimiser.
/// </summary>
/// <remarks>
/// Per customer ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b) + ln(e^A + e^D) with
/// A = −(r+x) ln(α+T) (alive at T) and D = ln(a/(b+x−1)) − (r+x) ln(α+t_x) (dropped out after the last purchase; BG/NBD
/// only for x ≥ 1). MBG/NBD uses B(a, b+x+1) and a/(b+x), and has D for x = 0 too. With π = e^D / (e^A + e^D):
/// ∂/∂r = Σ_{k&lt;x} 1/(r+k) + ln α − (1−π) ln(α+T) − π ln(α+t_x); ∂/∂α = r/α − (r+x) ((1−π)/(α+T) + π/(α+t_x));
/// ∂/∂a = ∂ ln B-ratio/∂a + π/a; ∂/∂b = ∂ ln B-ratio/∂b − π/(b+x−1) (MBG/NBD: − π/(b+x)). The Beta-ratio derivatives
/// are digamma differences, computed as exact sums Σ_{k&lt;x} 1/(v+k) once per distinct frequency.
/// </remarks>
internal sealed class BetaGeometricGradient(RowIndex data, bool modified, int maxDegreeOfParallelism)
{
    /// <summary>Returns the weighted log-likelihood and writes its partial derivatives with respect to r, α, a and b.</summary>
    public double Evaluate(double r, double alpha, double a, double b, Span<double> gradient)
    {
        var xs = data.Xs;
        var constant = new double[xs.Length];
        var repeat = new double[xs.Length];
        var dConstant = new double[xs.Length * 3];
        var dRepeatB = new double[xs.Length];
        var risingR = data.LogRising(r);
        var risingB = data.LogRising(b);
        var risingAb = data.LogRising(a + b);
        var dR = data.RisingDerivative(r);
        var dB = data.RisingDerivative(b);
        var dAb = data.RisingDerivative(a + b);
        var logA = Math.Log(a);
        for (var i = 0; i < xs.Length; i++)
        {
            var x = xs[i];
            constant[i] = risingR[i] + risingB[i] - risingAb[i];
            dConstant[i * 3] = dR[i];
            dConstant[(i * 3) + 1] = -dAb[i];
            dConstant[(i * 3) + 2] = dB[i] - dAb[i];
            if (modified)
            {
                // B(a, b+x+1)/B(a, b) = B(a, b+x)/B(a, b) · (b+x)/(a+b+x).
                constant[i] += Math.Log(b + x) - Math.Log(a + b + x);
                dConstant[(i * 3) + 1] -= 1d / (a + b + x);
                dConstant[(i * 3) + 2] += (1d / (b + x)) - (1d / (a + b + x));
                repeat[i] = logA - Math.Log(b + x);
                dRepeatB[i] = -1d / (b + x);
            }
            else
            {
                repeat[i] = x > 0 ? logA - Math.Log(b + x - 1d) : double.NegativeInfinity;
                dRepeatB[i] = x > 0 ? -1d / (b + x - 1d) : 0d;
            }
        }

        var logAge = Logs(data.Ages, alpha);
        var logRecency = Logs(data.Recencies, alpha);
        var chunks = Chunks.Count(data.Count);
        var partial = new double[chunks * 5];
        Chunks.For(data.Count, maxDegreeOfParallelism, (from, to, chunk) =>
        {
            double value = 0d, gr = 0d, ga = 0d, gA = 0d, gB = 0d;
            for (var row = from; row < to; row++)
            {
                var xi = data.RowX[row];
                var rx = r + xs[xi];
                var ageIndex = data.RowAge[row];
                var recencyIndex = data.RowRecency[row];
                var alive = -rx * logAge[ageIndex];
                var dead = repeat[xi] - (rx * logRecency[recencyIndex]);
                var weight = data.Weights[row];
                value += weight * (constant[xi] + LogMath.LogAddExp(alive, dead));
                var c = xi * 3;
                gr += weight * dConstant[c];
                gA += weight * dConstant[c + 1];
                gB += weight * dConstant[c + 2];
                var aliveInverse = 1d / (alpha + data.Ages[ageIndex]);
                if (double.IsNegativeInfinity(dead))
                {
                    gr -= weight * logAge[ageIndex];
                    ga -= weight * rx * aliveInverse;
                    continue;
                }

                var pi = LogMath.LogisticOfNegative(alive - dead);
                var keep = LogMath.LogisticOfNegative(dead - alive);
                gr -= weight * ((keep * logAge[ageIndex]) + (pi * logRecency[recencyIndex]));
                ga -= weight * rx * ((keep * aliveInverse) + (pi / (alpha + data.Recencies[recencyIndex])));
                gA += weight * pi / a;
                gB += weight * pi * dRepeatB[xi];
            }

            var slot = chunk * 5;
            partial[slot] = value;
            partial[slot + 1] = gr;
            partial[slot + 2] = ga;
            partial[slot + 3] = gA;
            partial[slot + 4] = gB;
        });

        var total = data.TotalWeight;
        var sum = total * r * Math.Log(alpha);
        gradient[0] = total * Math.Log(alpha);
        gradient[1] = total * r / alpha;
        gradient[2] = 0d;
        gradient[3] = 0d;
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
