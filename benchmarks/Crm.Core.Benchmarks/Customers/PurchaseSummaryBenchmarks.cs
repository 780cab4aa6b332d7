using BenchmarkDotNet.Attributes;
using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Benchmarks.Customers;

/// <summary>Per-customer figures from 1,000,000 purchases of 100,000 customers.</summary>
[MemoryDiagnoser]
public class PurchaseSummaryBenchmarks
{
    private static readonly LocalDate AsOf = new(2026, 3, 20);
    private Purchase[] _purchases = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var codes = Enumerable.Range(0, 100_000).Select(i => CustomerCode.Parse("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var start = new LocalDate(2024, 1, 1);
        _purchases = new Purchase[1_000_000];
        for (var i = 0; i < _purchases.Length; i++)
        {
            _purchases[i] = new Purchase(codes[random.Next(codes.Length)], start.PlusDays(random.Next(800)), Money.FromRials(random.Next(1, 1_000_000)));
        }
    }

    /// <summary>What a user would write: LINQ GroupBy per customer, then per day.</summary>
    [Benchmark(Baseline = true)]
    public int LinqGroupBy()
    {
        var count = 0;
        foreach (var g in _purchases.Where(p => p.Date <= AsOf).GroupBy(p => p.CustomerId))
        {
            var days = g.GroupBy(p => p.Date).OrderBy(d => d.Key).ToList();
            var total = g.Sum(p => p.Amount.Amount);
            var repeat = days.Skip(1).Select(d => d.Sum(p => p.Amount.Amount)).DefaultIfEmpty(0m).Average();
            var recency = Period.DaysBetween(days[0].Key, days[^1].Key);
            count += recency >= 0 && total >= 0 && repeat >= 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int PurchaseSummarizer_Summarize() => PurchaseSummarizer.Summarize(_purchases, AsOf, TimeUnit.Weeks).Customers.Count;
}
