using BenchmarkDotNet.Attributes;
using Crm.Core.Customers;
using Crm.Core.Segmentation;
using NodaTime;

namespace Crm.Core.Benchmarks.Segmentation;

/// <summary>A rule segment with 5 conditions in 2 OR-groups over 1,000,000 customers.</summary>
[MemoryDiagnoser]
public class RuleSegmentBenchmarks
{
    private const int N = 1_000_000;
    private static readonly SegmentContext Context = new(new LocalDate(2026, 3, 1));
    private static readonly string[] Cities = ["تهران", "شیراز", "اصفهان", "مشهد", "تبریز"];
    private CustomerFacts[] _facts = [];
    private CustomerSnapshot _snapshot = null!;
    private CompiledSegment _segment = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        var stamp = new ChangeStamp("bench", Instant.FromUtc(2026, 3, 1, 0, 0));
        _facts = new CustomerFacts[N];
        for (var i = 0; i < N; i++)
        {
            var person = Individual.Create(CustomerCode.Parse("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new IndividualProfile { LastName = "x" }, stamp);
            person.AddAddress(new PostalAddress(null, Cities[random.Next(Cities.Length)], null), stamp);
            if (random.Next(10) == 0)
            {
                person.AddTag("vip", stamp);
            }

            var purchases = random.Next(1, 20);
            _facts[i] = new CustomerFacts(person)
            {
                Purchases = new CustomerSummary
                {
                    CustomerId = person.Code, AsOf = Context.AsOf, Unit = TimeUnit.Days, Purchases = purchases, RepeatPurchaseDays = purchases - 1,
                    FirstPurchase = Context.AsOf.PlusDays(-700), LastPurchase = Context.AsOf.PlusDays(-random.Next(0, 365)), Recency = 0, Age = 700,
                    DaysSinceLastPurchase = random.Next(0, 365), TotalSpend = Money.FromRials(random.Next(1, 10_000_000)),
                    MeanSpend = Money.FromRials(1), MeanRepeatSpend = Money.FromRials(1),
                },
            };
        }

        // (city = تهران AND monetary > 5,000,000) OR (tags in vip AND recencyDays <= 30 AND frequency >= 10)
        _segment = new SegmentDefinition("bench", null, 1, new SegmentGroup(SegmentCombinator.Any,
        [
            new SegmentGroup(SegmentCombinator.All,
            [
                new SegmentCondition("city", SegmentOperator.EqualTo, ["تهران"]),
                new SegmentCondition("monetary", SegmentOperator.GreaterThan, ["5000000"]),
            ]),
            new SegmentGroup(SegmentCombinator.All,
            [
                new SegmentCondition("tags", SegmentOperator.In, ["vip"]),
                new SegmentCondition("recencyDays", SegmentOperator.LessThanOrEqual, ["30"]),
                new SegmentCondition("frequency", SegmentOperator.GreaterThanOrEqual, ["10"]),
            ]),
        ])).Compile();
        _snapshot = CustomerSnapshot.Build(_facts, buildAllColumns: false);
        _segment.Count(_snapshot, Context); // builds the five columns once
    }

    /// <summary>What a user would write: a Where over the customer objects.</summary>
    [Benchmark(Baseline = true)]
    public int WhereOverObjects() => _facts.Count(f =>
        (f.Customer.PrimaryAddress?.City == "تهران" && f.Purchases!.TotalSpend.Amount > 5_000_000m)
        || (f.Customer.Tags.Contains("vip") && f.Purchases!.DaysSinceLastPurchase <= 30 && f.Purchases.Purchases >= 10));

    /// <summary>The compiled segment over the columnar snapshot.</summary>
    [Benchmark]
    public int ColumnarSnapshot() => _segment.Count(_snapshot, Context);
}
