using BenchmarkDotNet.Attributes;
using Crm.Core.Customers;
using Crm.Core.Segmentation;
using NodaTime;

namespace Crm.Core.Benchmarks.Segmentation;

/// <summary>Per-customer summaries from 10,000,000 purchases of 1,000,000 customers.</summary>
[MemoryDiagnoser]
public class ColumnarSummaryBenchmarks
{
    private const int Customers = 1_000_000;
    private const int Purchases = 10_000_000;
    private static readonly LocalDate AsOf = new(2026, 3, 1);
    private PurchaseColumns _columns = null!;
    private Purchase[] _purchases = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var codes = new CustomerCode[Customers];
        for (var c = 0; c < Customers; c++)
        {
            codes[c] = CustomerCode.Parse("C" + c.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var index = new int[Purchases];
        var days = new int[Purchases];
        var amounts = new decimal[Purchases];
        var asOfDay = AsOf.ToDateOnly().DayNumber;
        _purchases = new Purchase[Purchases];
        for (var i = 0; i < Purchases; i++)
        {
            index[i] = random.Next(Customers);
            days[i] = asOfDay - random.Next(0, 1_100);
            amounts[i] = random.Next(100, 1_000_000);
            _purchases[i] = new Purchase(codes[index[i]], LocalDate.FromDateOnly(DateOnly.FromDayNumber(days[i])), Money.FromRials(amounts[i]));
        }

        _columns = new PurchaseColumns(codes, index, days, amounts);
    }

    /// <summary>The foundation package's summariser over purchase records.</summary>
    [Benchmark(Baseline = true)]
    public int PurchaseSummarizerRecords() => PurchaseSummarizer.Summarize(_purchases, AsOf).Customers.Count;

    /// <summary>The columnar summariser with its defaults: partitioned by customer, one thread per processor.</summary>
    [Benchmark]
    public int ColumnarSummarizer() => ColumnarPurchaseSummarizer.Summarize(_columns, AsOf).Customers.Count;

    /// <summary>The columnar summariser kept on the calling thread.</summary>
    [Benchmark]
    public int ColumnarSummarizerOneThread() => ColumnarPurchaseSummarizer.Summarize(_columns, AsOf, maxDegreeOfParallelism: 1).Customers.Count;
}
