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

    /// <summary>Simulates MBG/NBD customers observed for the given ages: a customer may also drop out right after the first purchase.</summary>
    /// <param name="parameters">The true parameters.</param>
    /// <param name="ages">One observation length T per customer, in the parameters' unit.</param>
    /// <param name="random">The random source (seed it for reproducible results).</param>
    /// <returns>One row per customer, in the order of <paramref name="ages"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<RfmSummaryRow> SimulateMbgNbd(MbgNbdParameters parameters, IReadOnlyList<double> ages, Random random)
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
            while (random.NextDouble() >= p)
            {
                t += Exponential.Sample(random, lambda);
                if (t > age || !double.IsFinite(t))
                {
                    break;
                }

                x++;
                last = t;
            }

            rows[i] = new RfmSummaryRow(x, x == 0 ? 0d : last, age);
        }

        return rows;
    }

    /// <summary>Simulates Pareto/NBD customers observed for the given ages.</summary>
    /// <param name="parameters">The true parameters.</param>
    /// <param name="ages">One observation length T per customer, in the parameters' unit.</param>
    /// <param name="random">The random source (seed it for reproducible results).</param>
    /// <returns>
    /// One row per customer, in the order of <paramref name="ages"/>: purchase rate λ ~ Gamma(r, α), dropout rate
    /// μ ~ Gamma(s, β), lifetime ~ Exponential(μ); with L = min(lifetime, T) the number of repeat purchases is Poisson(λ L)
    /// and the last one falls at L · U^(1/x), the largest of x uniform times.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<RfmSummaryRow> SimulateParetoNbd(ParetoNbdParameters parameters, IReadOnlyList<double> ages, Random random)
    {
        Guard.Against.Null(parameters);
        Guard.Against.Null(ages);
        Guard.Against.Null(random);
        var rows = new RfmSummaryRow[ages.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var age = ages[i];
            var lambda = Gamma.Sample(random, parameters.R, parameters.Alpha);
            var mu = Gamma.Sample(random, parameters.S, parameters.Beta);
            var lifetime = Exponential.Sample(random, mu);
            var alive = double.IsFinite(lifetime) ? Math.Min(age, lifetime) : age;
            var x = Poisson.Sample(random, lambda * alive);
            var last = x == 0 ? 0d : Math.Min(alive, alive * Math.Pow(random.NextDouble(), 1d / x));
            rows[i] = new RfmSummaryRow(x, last, age);
        }

        return rows;
    }
}
