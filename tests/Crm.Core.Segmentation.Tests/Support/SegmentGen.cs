using System.Globalization;
using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Crm.Core.Segmentation.Tests.Support;

/// <summary>Random populations and random valid segment definitions.</summary>
internal static class SegmentGen
{
    public static readonly LocalDate AsOf = new(2026, 3, 15);

    private static readonly string?[] Cities = ["تهران", "شيراز", "شیراز", "قم", "Tehran", null];
    private static readonly string?[] Names = ["علی", "علي", "کریم", "كريم", "Sara", "مریم", null];
    private static readonly string[] Tags = ["vip", "VIP", "wholesale", "عمده", "عمده‌فروش"];
    private static readonly string?[] Channels = ["instagram", "web", "تلویزیون", null];
    private static readonly string[] Text = ["تهران", "شیراز", "علی", "عل", "کر", "vip", "عمده", "web", "company", "individual", "Champions", "need attention", "s", "C1"];

    private static Gen<Func<int, Customer>> CustomerMaker =>
        from kind in Gen.Choose(0, 4)
        from city in Gen.Elements(Cities)
        from name in Gen.Elements(Names)
        from tagMask in Gen.Choose(0, 31)
        from birth in Gen.Choose(-20_000, 400)
        from hasBirth in Gen.Elements(true, false)
        from channel in Gen.Elements(Channels)
        from acquired in Gen.Choose(-800, 30)
        from interaction in Gen.Choose(-100_000, 10_000)
        select (Func<int, Customer>)(index => Build(index, kind, city, name, tagMask, hasBirth ? AsOf.PlusDays(birth) : null, channel, AsOf.PlusDays(acquired), interaction));

    public static Gen<IReadOnlyList<CustomerFacts>> Population => PopulationOf(0, 40);

    /// <summary>Populations of 65–200 customers, so that the columnar evaluator's 64-row words and the last partial
    /// word are all exercised.</summary>
    public static Gen<IReadOnlyList<CustomerFacts>> LargePopulation => PopulationOf(65, 200);

    private static Gen<IReadOnlyList<CustomerFacts>> PopulationOf(int min, int max) =>
        from size in Gen.Choose(min, max)
        from makers in CustomerMaker.ArrayOf(size)
        from purchases in PurchaseSpecs.ArrayOf(size)
        from ltv in Gen.Choose(-1, 1000).ArrayOf(size)
        let customers = makers.Select((make, i) => make(i)).ToArray()
        select Facts(customers, customers.SelectMany((c, i) => purchases[i].Select(p => new Purchase(c.Code, AsOf.PlusDays(p.Offset), Money.FromRials(p.Amount / 2m)))).ToArray(), ltv);

    public static Gen<SegmentNode> Node(int depth) => depth <= 0
        ? Condition.Select(c => (SegmentNode)c)
        : Gen.Frequency(
        [
            (2, Condition.Select(c => (SegmentNode)c)),
            (1, from combinator in Gen.Elements(SegmentCombinator.All, SegmentCombinator.Any)
                from count in Gen.Choose(1, 3)
                from children in Node(depth - 1).ArrayOf(count)
                select (SegmentNode)new SegmentGroup(combinator, children)),
        ]);

    public static Gen<SegmentDefinition> Definition =>
        from node in Node(3)
        from version in Gen.Choose(1, 9)
        from description in Gen.Elements<string?>(null, "بهترین مشتریان", "test")
        select new SegmentDefinition("بخش " + version.ToString(CultureInfo.InvariantCulture), description, version, node);

    private static Gen<SegmentCondition> Condition =>
        from fieldName in Gen.Elements(SegmentFields.Names.ToArray())
        let type = TypeOf(fieldName)
        from op in Gen.Elements(SegmentFields.OperatorsFor(type).ToArray())
        from values in Values(type, op)
        select new SegmentCondition(fieldName, op, values);

    private static SegmentFieldType TypeOf(string field) => SegmentFields.TryGetType(field, out var t) ? t : throw new InvalidOperationException(field);

    private static Gen<string[]> Values(SegmentFieldType type, SegmentOperator op)
    {
        var number = Gen.Choose(-5, 400).Select(n => (n / 2m).ToString(CultureInfo.InvariantCulture));
        var date = Gen.Choose(-20_000, 400).SelectMany(d => Gen.Elements(true, false).Select(persian =>
            persian ? Crm.Core.Persian.PersianDateFormat.Format(AsOf.PlusDays(d)) : AsOf.PlusDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var days = Gen.Choose(0, 400).Select(n => n.ToString(CultureInfo.InvariantCulture));
        return op switch
        {
            SegmentOperator.IsEmpty or SegmentOperator.IsNotEmpty => Gen.Constant(Array.Empty<string>()),
            SegmentOperator.In or SegmentOperator.NotIn => (type == SegmentFieldType.Number ? number : Gen.Elements(Text)).NonEmptyListOf().Select(l => l.ToArray()),
            SegmentOperator.Between when type == SegmentFieldType.Number => number.Two().Select(t => new[] { t.Item1, t.Item2 }),
            SegmentOperator.Between => date.Two().Select(t => new[] { t.Item1, t.Item2 }),
            SegmentOperator.InLastDays or SegmentOperator.InNextDays or SegmentOperator.AnniversaryWithinDays => days.Select(d => new[] { d }),
            SegmentOperator.InPersianMonth => Gen.Choose(1, 12).Select(m => new[] { m.ToString(CultureInfo.InvariantCulture) }),
            SegmentOperator.InPersianYear => Gen.Choose(1348, 1406).Select(y => new[] { y.ToString(CultureInfo.InvariantCulture) }),
            _ when type == SegmentFieldType.Number => number.Select(n => new[] { n }),
            _ when type == SegmentFieldType.Date => date.Select(d => new[] { d }),
            _ => Gen.Elements(Text).Select(t => new[] { t }),
        };
    }

    private static Gen<(int Offset, int Amount)[]> PurchaseSpecs =>
        (from offset in Gen.Choose(-300, 10)
         from amount in Gen.Choose(1, 500)
         select (offset, amount)).ArrayOf().Select(a => a.Take(4).ToArray());

    private static IReadOnlyList<CustomerFacts> Facts(Customer[] customers, Purchase[] purchases, int[] ltv)
    {
        var summaries = PurchaseSummarizer.Summarize(purchases, AsOf).Customers;
        var rfm = RfmScorer.FromSummaries(summaries);
        var values = customers.Select((c, i) => (c.Code, ltv[i])).Where(p => p.Item2 >= 0).ToDictionary(p => p.Code, p => p.Item2 / 4m);
        return CustomerFacts.Combine(customers, summaries, rfm, values);
    }

    private static Customer Build(int index, int kind, string? city, string? name, int tagMask, LocalDate? birth, string? channel, LocalDate acquired, int interaction)
    {
        var code = "C" + index.ToString(CultureInfo.InvariantCulture);
        var tags = Tags.Where((_, i) => (tagMask & (1 << i)) != 0).ToArray();
        Customer customer = kind == 0
            ? People.Firm(code, name ?? "شرکت", city, tags, birth)
            : People.Person(code, name ?? "احمدی", name, city, tags, birth, channel, acquired, kind == 1 ? null : "sara",
                interaction > 0 ? Instant.FromUtc(2026, 3, 14, 0, 0).Plus(Duration.FromMinutes(interaction - 5_000)) : null,
                (Gender)(kind % 3));
        return customer;
    }
}
