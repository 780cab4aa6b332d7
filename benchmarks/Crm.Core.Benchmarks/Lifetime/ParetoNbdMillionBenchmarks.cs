using BenchmarkDotNet.Attributes;
using Crm.Core.Customers;
using Crm.Core.Lifetime;
using MathNet.Numerics.Distributions;

namespace Crm.Core.Benchmarks.Lifetime;

/// <summary>
/// Pareto/NBD and BG/NBD fits on 1,000,000 CDNOW-scaled simulated customers: CDNOW's Pareto/NBD parameters (weeks),
/// first purchases spread over the 12 weeks of 1997's first quarter and a calibration period ending at week 39, so ages
/// run from 27 to 39 weeks. <c>days</c> rounds every time to a whole day (as a purchase log gives them);
/// <c>continuous</c> keeps exact times, so almost no two customers collapse into one row. <see cref="Threads"/> is
/// <see cref="FitOptions.MaxDegreeOfParallelism"/>: -1 (every processor, the default) or 1.
/// </summary>
[MemoryDiagnoser]
public class ParetoNbdMillionBenchmarks
{
    private RfmSummary _summary = RfmSummary.Uncollapsed([], TimeUnit.Weeks);

    [Params("days", "continuous")]
    public string Times { get; set; } = "days";

    [Params(-1, 1)]
    public int Threads { get; set; } = -1;

    [GlobalSetup]
    public void Setup() => _summary = RfmSummary.Collapse(CdnowScaled.Simulate(1_000_000, 42, Times == "days"), TimeUnit.Weeks);

    [Benchmark(Baseline = true, Description = "ParetoNbdModel.Fit")]
    public double ParetoNbd() => ParetoNbdModel.Fit(_summary, new FitOptions { MaxDegreeOfParallelism = Threads }).LogLikelihood;

    [Benchmark(Description = "BgNbdModel.Fit")]
    public double BgNbd() => BgNbdModel.Fit(_summary, new FitOptions { MaxDegreeOfParallelism = Threads }).LogLikelihood;
}

/// <summary>CDNOW-scaled Pareto/NBD customers.</summary>
internal static class CdnowScaled
{
    /// <summary>CDNOW's Pareto/NBD fit in weeks (BTYD's walkthrough).</summary>
    public static readonly (double R, double Alpha, double S, double Beta) Truth = (0.553, 10.578, 0.606, 11.669);

    /// <summary>
    /// Simulates customers: λ ~ Gamma(r, α), μ ~ Gamma(s, β), lifetime ~ Exp(μ); given the time alive L = min(lifetime, T)
    /// the number of purchases is Poisson(λ L) and the last one is at L·U^(1/x) (the largest of x uniform times).
    /// </summary>
    public static RfmSummaryRow[] Simulate(int customers, int seed, bool wholeDays)
    {
        var random = new Random(seed);
        var rows = new RfmSummaryRow[customers];
        for (var i = 0; i < customers; i++)
        {
            // First purchase uniformly in the 84 days of weeks 0–12; calibration ends on day 273 (week 39).
            var firstDay = random.NextDouble() * 84d;
            var ageDays = wholeDays ? 273d - Math.Floor(firstDay) : 273d - firstDay;
            var lambda = Gamma.Sample(random, Truth.R, Truth.Alpha) / 7d;
            var mu = Gamma.Sample(random, Truth.S, Truth.Beta) / 7d;
            var alive = Math.Min(ageDays, Exponential.Sample(random, mu));
            var x = Poisson.Sample(random, lambda * alive);
            var last = x == 0 ? 0d : alive * Math.Pow(random.NextDouble(), 1d / x);
            if (wholeDays && x > 0)
            {
                last = Math.Min(ageDays, Math.Max(1d, Math.Ceiling(last)));
            }

            rows[i] = new RfmSummaryRow(x, last / 7d, ageDays / 7d);
        }

        return rows;
    }
}
