using Crm.Core.Customers;
using Crm.Core.Segmentation.Tests.Support;
using NodaTime;
using static Crm.Core.Segmentation.Tests.Support.People;

namespace Crm.Core.Segmentation.Tests.Rules;

public class SegmentEvaluationTests
{
    private static readonly SegmentContext AsOf = new(new LocalDate(2026, 3, 15)); // 1404/12/24

    private static string[] Members(SegmentNode condition, params Customer[] customers)
    {
        var compiled = Define(condition).Compile();
        var facts = CustomerFacts.Combine(customers);
        var inMemory = compiled.Evaluate(facts, AsOf).Members.Select(m => m.Value).ToArray();
        var columnar = compiled.Evaluate(CustomerSnapshot.Build(facts), AsOf).Members.Select(m => m.Value).ToArray();
        Assert.Equal(inMemory, columnar);
        return inMemory;
    }

    [Fact]
    public void Evaluate_ContainsArabicYeh_FindsPersianYeh()
    {
        var members = Members(When("firstName", SegmentOperator.Contains, "علي"),
            Person("A", "رضایی", "علی"), Person("B", "احمدی", "مریم"));

        Assert.Equal(["A"], members);
    }

    [Fact]
    public void Evaluate_StartsWithArabicKaf_FindsPersianKaf()
    {
        var members = Members(When("lastName", SegmentOperator.StartsWith, "كريم"),
            Person("A", "کریمی"), Person("B", "رضایی"));

        Assert.Equal(["A"], members);
    }

    [Fact]
    public void Evaluate_NestedAndOr_CombinesGroups()
    {
        var condition = new SegmentGroup(SegmentCombinator.All,
        [
            When("city", SegmentOperator.EqualTo, "تهران"),
            new SegmentGroup(SegmentCombinator.Any, [When("tags", SegmentOperator.In, "vip"), When("kind", SegmentOperator.EqualTo, "company")]),
        ]);

        var members = Members(condition,
            Person("A", "x", city: "تهران", tags: ["vip"]),
            Person("B", "x", city: "تهران"),
            Person("C", "x", city: "شیراز", tags: ["vip"]),
            Firm("D", "شرکت", city: "تهران"));

        Assert.Equal(["A", "D"], members);
    }

    [Fact]
    public void Evaluate_NotEqualsOnMissingValue_Matches()
    {
        var members = Members(When("city", SegmentOperator.NotEqualTo, "تهران"),
            Person("A", "x", city: "تهران"), Person("B", "x"), Person("C", "x", city: "قم"));

        Assert.Equal(["B", "C"], members);
    }

    [Fact]
    public void Evaluate_IsEmpty_MatchesMissingOnly()
    {
        Assert.Equal(["B"], Members(When("owner", SegmentOperator.IsEmpty), Person("A", "x", owner: "sara"), Person("B", "x")));
        Assert.Equal(["B"], Members(When("tags", SegmentOperator.IsEmpty), Person("A", "x", tags: ["t"]), Person("B", "x")));
    }

    [Fact]
    public void Evaluate_BirthdayWithinSevenDays_UsesPersianCalendar()
    {
        // As-of 1404/12/24. Born 1370/12/28 → anniversary in 4 days. Born 1370/01/02 → 1405/01/02, 7 days ahead
        // (1404 is a common year: Esfand has 29 days). Born 1360/01/05 → 10 days ahead.
        var persian = CalendarSystem.PersianAstronomical;
        var members = Members(When("birthDate", SegmentOperator.AnniversaryWithinDays, "7"),
            Person("A", "x", birthDate: new LocalDate(1370, 12, 28, persian)),
            Person("B", "x", birthDate: new LocalDate(1370, 1, 2, persian)),
            Person("C", "x", birthDate: new LocalDate(1360, 1, 5, persian)),
            Person("D", "x"));

        Assert.Equal(["A", "B"], members);
    }

    [Fact]
    public void Evaluate_LeapDayBirthday_CelebratedOnLastDayOfEsfand()
    {
        // 1403 is a leap year (Esfand 30 exists); in 1404 the anniversary falls on 1404/12/29, 5 days after the as-of date.
        var persian = CalendarSystem.PersianAstronomical;
        var members = Members(When("birthDate", SegmentOperator.AnniversaryWithinDays, "5"),
            Person("A", "x", birthDate: new LocalDate(1403, 12, 30, persian)));

        Assert.Equal(["A"], members);
    }

    [Fact]
    public void Evaluate_InPersianMonth_MatchesMonthOfAnyYear()
    {
        var members = Members(When("acquisitionDate", SegmentOperator.InPersianMonth, "1"),
            Person("A", "x", channel: "instagram", acquired: new LocalDate(2025, 3, 21)), // 1404/01/01
            Person("B", "x", channel: "instagram", acquired: new LocalDate(2025, 3, 20))); // 1403/12/30

        Assert.Equal(["A"], members);
    }

    [Fact]
    public void Evaluate_InPersianYearAndDateBetweenPersianDates_Match()
    {
        Customer[] people =
        [
            Person("A", "x", channel: "web", acquired: new LocalDate(2025, 3, 21)),
            Person("B", "x", channel: "web", acquired: new LocalDate(2025, 3, 20)),
        ];

        Assert.Equal(["A"], Members(When("acquisitionDate", SegmentOperator.InPersianYear, "1404"), people));
        Assert.Equal(["B"], Members(When("acquisitionDate", SegmentOperator.Between, "1403/12/01", "1403/12/30"), people));
        Assert.Equal(["B"], Members(When("acquisitionDate", SegmentOperator.Before, "2025-03-21"), people));
    }

    [Fact]
    public void Evaluate_DaysSinceLastInteraction_UsesTehranDates()
    {
        // 2026-03-14T21:00Z is 2026-03-15 00:30 in Tehran: zero days before the as-of date.
        var members = Members(When("daysSinceLastInteraction", SegmentOperator.LessThanOrEqual, "0"),
            Person("A", "x", lastInteraction: Instant.FromUtc(2026, 3, 14, 21, 0)),
            Person("B", "x", lastInteraction: Instant.FromUtc(2026, 3, 14, 20, 0)),
            Person("C", "x"));

        Assert.Equal(["A"], members);
    }

    /// <summary>Two customers with RFM scores as of <see cref="AsOf"/>: A bought twice recently, B once a year ago.</summary>
    internal static (IReadOnlyList<CustomerFacts> Facts, RfmResult Rfm) TwoBuyers()
    {
        var a = Person("A", "x");
        var b = Person("B", "x");
        Purchase[] purchases =
        [
            new(a.Code, new LocalDate(2026, 3, 10), Money.FromRials(900)),
            new(a.Code, new LocalDate(2026, 3, 11), Money.FromRials(900)),
            new(b.Code, new LocalDate(2025, 3, 10), Money.FromRials(100)),
        ];
        var rfm = RfmScorer.FromPurchases(purchases, AsOf.AsOf);
        return (CustomerFacts.Combine([a, b], PurchaseSummarizer.Summarize(purchases, AsOf.AsOf).Customers, rfm), rfm);
    }

    [Fact]
    public void Evaluate_RfmFields_UseScoresAndSegment()
    {
        var (facts, _) = TwoBuyers();
        var compiled = Define(new SegmentGroup(SegmentCombinator.All,
            [When("rfmSegment", SegmentOperator.EqualTo, "need attention"), When("monetary", SegmentOperator.GreaterThan, "1000")])).Compile();

        Assert.Equal(["A"], compiled.Evaluate(facts, AsOf).Members.Select(m => m.Value));
    }

    [Theory]
    [InlineData(SegmentOperator.GreaterThan, new[] { "B" })]
    [InlineData(SegmentOperator.GreaterThanOrEqual, new[] { "A", "B" })]
    [InlineData(SegmentOperator.LessThan, new[] { "C" })]
    [InlineData(SegmentOperator.LessThanOrEqual, new[] { "A", "C" })]
    [InlineData(SegmentOperator.EqualTo, new[] { "A" })]
    [InlineData(SegmentOperator.NotEqualTo, new[] { "B", "C", "D" })]
    public void Evaluate_ValuesEqualAsDoubles_ComparedExactly(SegmentOperator op, string[] expected)
    {
        // 10^15 ± 0.01 round to the same double as 10^15; only the exact decimals tell them apart.
        Customer[] customers = [Person("A", "x"), Person("B", "x"), Person("C", "x"), Person("D", "x")];
        var values = new Dictionary<CustomerCode, decimal>
        {
            [customers[0].Code] = 1_000_000_000_000_000.00m,
            [customers[1].Code] = 1_000_000_000_000_000.01m,
            [customers[2].Code] = 999_999_999_999_999.99m,
        };
        Assert.Equal((double)values[customers[0].Code], (double)values[customers[1].Code]);
        var facts = CustomerFacts.Combine(customers, lifetimeValues: values);
        var compiled = Define(When("lifetimeValue", op, "1000000000000000")).Compile();

        Assert.Equal(expected, compiled.Evaluate(facts, AsOf).Members.Select(m => m.Value));
        Assert.Equal(expected, compiled.Evaluate(CustomerSnapshot.Build(facts), AsOf).Members.Select(m => m.Value));
    }

    [Fact]
    public void Since_TwoRuns_ReportsEnteredAndLeft()
    {
        var earlier = new SegmentMembership("s", 1, new LocalDate(2026, 1, 1), [.. new[] { "A", "B", "C" }.Select(CustomerCode.Parse)]);
        var later = new SegmentMembership("s", 1, new LocalDate(2026, 2, 1), [.. new[] { "B", "C", "D" }.Select(CustomerCode.Parse)]);

        var change = later.Since(earlier);

        Assert.Equal(["D"], change.Entered.Select(c => c.Value));
        Assert.Equal(["A"], change.Left.Select(c => c.Value));
        Assert.Equal(2, change.Stayed);
    }

    [Fact]
    public void Evaluate_ContextInOtherZone_ColumnarThrows()
    {
        var snapshot = CustomerSnapshot.Build(CustomerFacts.Combine([Person("A", "x")]));
        var compiled = Define(When("city", SegmentOperator.IsEmpty)).Compile();

        var ex = Assert.Throws<ArgumentException>(() => compiled.Evaluate(snapshot, new SegmentContext(AsOf.AsOf, DateTimeZone.Utc)));
        Assert.Equal("context", ex.ParamName);
    }
}

public class SegmentCalendarEdgeTests
{
    private static readonly SegmentContext AsOf = new(new LocalDate(2026, 3, 15));

    public static TheoryData<int, int, int> EarlyDates() => new() { { 1, 1, 1 }, { 600, 5, 5 }, { 622, 3, 21 }, { -5, 1, 1 }, { -9998, 1, 1 } };

    [Theory]
    [MemberData(nameof(EarlyDates))]
    public void DateBeforeThePersianCalendar_IsComparedButMatchesNoPersianCondition(int year, int month, int day)
    {
        // 0001-01-01 is the usual "unknown" sentinel of exports; such dates made CustomerSnapshot.Build throw.
        Customer[] customers = [People.Firm("F1", "old", established: new LocalDate(year, month, day)), People.Firm("F2", "new", established: new LocalDate(2020, 1, 1))];
        var facts = CustomerFacts.Combine(customers);

        string[] Members(string op, params string[] values)
        {
            var compiled = People.Define(People.When("establishmentDate", Enum.Parse<SegmentOperator>(op), values)).Compile();
            var inMemory = compiled.Evaluate(facts, AsOf).Members.Select(m => m.Value).ToArray();
            Assert.Equal(inMemory, compiled.Evaluate(CustomerSnapshot.Build(facts, buildAllColumns: true), AsOf).Members.Select(m => m.Value).ToArray());
            return inMemory;
        }

        Assert.Equal(["F1"], Members("Before", "1300/01/01"));
        Assert.Equal(["F1", "F2"], Members("Before", "2021-01-01"));
        Assert.Equal(["F2"], Members("After", "0622-03-22"));
        Assert.Equal(["F2"], Members("InPersianMonth", "10"));
        Assert.Equal(["F2"], Members("AnniversaryWithinDays", "366"));
        Assert.Equal(["F2"], Members("InPersianYear", "1398"));
        Assert.Equal(["F1", "F2"], Members("IsNotEmpty"));
    }
}

public class RfmSegmentNameTests
{
    private static readonly SegmentContext AsOf = new(new LocalDate(2026, 3, 15)); // the as-of date of TwoBuyers

    [Fact]
    public void RfmSegment_PersianName_MatchesLikeTheEnglishName()
    {
        // «در خواب زمستانی» parsed and silently matched nobody: customers carry the English name.
        var (facts, rfm) = SegmentEvaluationTests.TwoBuyers();
        var expected = rfm.Rows.Single(r => r.CustomerId.Value == "B").Segment;
        Assert.NotNull(expected.PersianName);

        string[] Members(string name) => SegmentDefinitionJson.Parse(
            "{\"name\":\"x\",\"condition\":{\"field\":\"rfmSegment\",\"op\":\"in\",\"value\":[\"" + name + "\"]}}")
            .Compile().Evaluate(facts, AsOf).Members.Select(m => m.Value).ToArray();

        Assert.Equal(["B"], Members(expected.Name));
        Assert.Equal(["B"], Members(expected.PersianName!));
        // The Persian matching fold applies: Arabic yeh and kaf, and a ZWNJ-free spelling, still match.
        Assert.Equal(["B"], Members(expected.PersianName!.Replace('ی', 'ي').Replace('ک', 'ك')));
    }
}

