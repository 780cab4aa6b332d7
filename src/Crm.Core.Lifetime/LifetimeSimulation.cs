using Ardalis.GuardClauses;
using MathNet.Numerics.Distributions;

namespace Crm.Core.Lifetime;

/// <summary>Simulates customers from known model parameters: for demos, tests of parameter recovery and benchmarks.</summary>
public static class LifetimeSimulation
{
    /// <summary>Simulates BG/NBD customers observed for the given ages.</summary>
    /// <param name="parameters">The true parameters.</param>
    /// <param name="ages">One observation length T per customer, in the parameters' unit.</param>
    /// <param name="random">The random source (seed it for reproducible results).</param>
    /// <returns>One row per customer, in the order of <paramref name="ages"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<RfmSummaryRow> SimulateBgNbd(BgNbdParameters parameters, IReadOnlyList<double> ages, Random random)
    {
        Guard.Against.Null(parameters);
        Guard.Against.Null(ages);
        Guard.Against.Null(random);
        var rows = new RfmSummaryRow[ages.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var age = ages[i];
            var lambda = Gamma.Sample(random, parameters.R, parameters.Alpha);
            var p = Beta.Sample(random, parameters.A, parameters.B);
            int x = 0;
            double t = 0d, last = 0d;
            while (true)
            {
                t += Exponential.Sample(random, lambda);
                if (t > age || !double.IsFinite(t))
                {
                    break;
                }

                x++;
                last = t;
                if (random.NextDouble() < p)
                {
                    break;
                }
            }

            rows[i] = new RfmSummaryRow(x, x == 0 ? 0d : last, age);
        }

        return rows;
    }
}
