using BenchmarkDotNet.Attributes;
using Crm.Core.Customers;
using Crm.Core.Lifetime;

namespace Crm.Core.Benchmarks.Lifetime;

/// <summary>BG/NBD fit on CDNOW (2,357 customers, weeks): collapsed rows with the library against a naive per-customer fit.</summary>
[MemoryDiagnoser]
public class BgNbdCdnowFitBenchmarks
{
    private RfmSummaryRow[] _rows = [];

    [GlobalSetup]
    public void Setup() => _rows = LifetimeBenchData.ReadCdnow();

    [Benchmark(Baseline = true, Description = "naive per-customer likelihood, Nelder-Mead")]
    public double[] Naive() => LifetimeBenchData.NaiveFit(_rows);

    [Benchmark(Description = "BgNbdModel.Fit on collapsed rows")]
    public double Library() => BgNbdModel.Fit(RfmSummary.Collapse(_rows, TimeUnit.Weeks)).LogLikelihood;
}
