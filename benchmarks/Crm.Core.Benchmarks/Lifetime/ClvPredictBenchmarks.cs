using BenchmarkDotNet.Attributes;
using Crm.Core.Customers;
using Crm.Core.Lifetime;

namespace Crm.Core.Benchmarks.Lifetime;

/// <summary>
/// CLV for 100,000 simulated BG/NBD customers (times in whole weeks, mean spend to the cent), 52 weekly discounted
/// steps: <see cref="ClvCalculator.Predict"/> (once per distinct (x, t_x, T, m)) against the per-customer loop a user would write.
/// </summary>
[MemoryDiagnoser]
public class ClvPredictBenchmarks
{
    private readonly BgNbdParameters _model = LifetimeBenchData.Truth;
    private readonly GammaGammaParameters _spend = new(6.25, 3.74, 15.44);
    private CustomerRfm[] _customers = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _customers = LifetimeBenchData.Simulate(100_000, 42)
            .Select((r, i) => new CustomerRfm(CustomerCode.Parse($"C{i}"), r.Frequency, r.Recency, r.Age,
                r.Frequency == 0 ? 0 : Math.Round(5 + (random.NextDouble() * 60), 2)))
            .ToArray();
    }

    [Benchmark(Baseline = true, Description = "per customer: P(alive), E[purchases], E[value], Compute")]
    public double PerCustomer()
    {
        var total = 0d;
        foreach (var c in _customers)
        {
            var alive = _model.ProbabilityAlive(c.Frequency, c.Recency, c.Age);
            var purchases = _model.ExpectedPurchases(52, c.Frequency, c.Recency, c.Age);
            var value = _spend.ConditionalExpectedAverageValue(c.Frequency, c.MonetaryValue ?? 0);
            total += alive + purchases + (double)ClvCalculator.Compute(_model, c, value, 52, 1, Discounting.PerPeriod(0.01));
        }

        return total;
    }

    [Benchmark(Description = "ClvCalculator.Predict")]
    public double Predict()
    {
        var total = 0d;
        foreach (var row in ClvCalculator.Predict(_model, _spend, _customers, 52, 1, Discounting.PerPeriod(0.01)))
        {
            total += row.ProbabilityAlive + row.ExpectedPurchases + (double)(row.Clv ?? 0m);
        }

        return total;
    }
}
