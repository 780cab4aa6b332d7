using BenchmarkDotNet.Attributes;
using Crm.Core.Customers;
using Crm.Core.Lifetime;

namespace Crm.Core.Benchmarks.Lifetime;

/// <summary>BG/NBD on 1,000,000 simulated customers (weekly cohorts over a year, times in whole weeks): fit, and P(alive) + expected purchases.</summary>
[MemoryDiagnoser]
public class BgNbdMillionBenchmarks
{
    private RfmSummaryRow[] _rows = [];
    private readonly BgNbdParameters _model = LifetimeBenchData.Truth;

    [Params("fit", "predict")]
    public string Task { get; set; } = "fit";

    [GlobalSetup]
    public void Setup() => _rows = LifetimeBenchData.Simulate(1_000_000, 42);

    [Benchmark(Baseline = true, Description = "naive: no collapsing, one term/prediction per customer")]
    public double Naive()
    {
        if (Task == "fit")
        {
            return BgNbdModel.Fit(RfmSummary.Uncollapsed(_rows, TimeUnit.Weeks)).LogLikelihood;
        }

        var sum = 0d;
        foreach (var row in _rows)
        {
            sum += _model.ProbabilityAlive(row.Frequency, row.Recency, row.Age) + _model.ExpectedPurchases(4, row.Frequency, row.Recency, row.Age);
        }

        return sum;
    }

    [Benchmark(Description = "collapse, then fit / predict per unique row")]
    public double Collapsed()
    {
        var summary = RfmSummary.Collapse(_rows, TimeUnit.Weeks);
        if (Task == "fit")
        {
            return BgNbdModel.Fit(summary).LogLikelihood;
        }

        // Predict once per unique row, then give every customer its row's prediction.
        var unique = new Dictionary<(int, double, double), (double Alive, double Purchases)>(summary.Rows.Count);
        foreach (var row in summary.Rows)
        {
            unique[(row.Frequency, row.Recency, row.Age)] =
                (_model.ProbabilityAlive(row.Frequency, row.Recency, row.Age), _model.ExpectedPurchases(4, row.Frequency, row.Recency, row.Age));
        }

        var sum = 0d;
        foreach (var row in _rows)
        {
            var (alive, purchases) = unique[(row.Frequency, row.Recency, row.Age)];
            sum += alive + purchases;
        }

        return sum;
    }
}
