using Crm.Core.TestKit;
using Crm.Core.Customers;
using Crm.Core.Segmentation.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Segmentation.Tests.Rfm;

public class RfmScorerTests
{
    private static readonly Gen<int[]> SmallRangeInts = Gen.Choose(0, 12).ArrayOf();
    private static readonly Gen<int[]> WideInts = Gen.Choose(-2_000_000, 2_000_000).ArrayOf();

    [Property(MaxTest = 300)]
    public Property Score_RandomColumns_MatchesLiteralTieRule() =>
        Prop.ForAll(
            Gen.OneOf(SmallRangeInts, WideInts).SelectMany(r => Gen.Choose(0, 40).ArrayOf(r.Length).SelectMany(f =>
                Gen.Choose(0, 1000).ArrayOf(r.Length).Select(m => (r, f, m.Select(x => x / 4m).ToArray())))).ToArbitrary(),
            t =>
            {
                var (r, f, m) = t;
                var scores = new RfmScore[r.Length];
                RfmScorer.Score(r, f, m, scores);
                var er = NaiveRfm.Scores(r, higherIsBetter: false);
                var ef = NaiveRfm.Scores(f, higherIsBetter: true);
                var em = NaiveRfm.Scores(m, higherIsBetter: true);
                return Enumerable.Range(0, r.Length).All(i => scores[i].R == er[i] && scores[i].F == ef[i] && scores[i].M == em[i]);
            });

    [Property(MaxTest = 100)]
    public Property Score_MonetaryNotFittingLongKeys_MatchesLiteralTieRule() =>
        Prop.ForAll(Gen.Choose(1, 50).ArrayOf().ToArbitrary(), raw =>
        {
            // Thirds have 28 decimal places, too many for 64-bit keys: the exact decimal path is used.
            var m = raw.Select(x => x / 3m).ToArray();
            var zeros = new int[m.Length];
            var scores = new RfmScore[m.Length];
            RfmScorer.Score(zeros, zeros, m, scores);
            var expected = NaiveRfm.Scores(m, higherIsBetter: true);
            return Enumerable.Range(0, m.Length).All(i => scores[i].M == expected[i] && scores[i].R == 1 && scores[i].F == 1);
        });

    [Property(MaxTest = 300)]
    public Property Score_WideAndClusteredMonetary_MatchesLiteralTieRule() =>
        Prop.ForAll(
            Gen.OneOf(
                // Spread over almost the whole 64-bit key range, with the extremes themselves.
                Gen.Elements(long.MinValue / 2, long.MaxValue / 2, 0L, 1L, -1L).Select(v => (decimal)v),
                Gen.Choose(int.MinValue, int.MaxValue).Select(v => (decimal)v * 1_000_000_007m),
                // A dense cluster in one radix bucket next to far outliers: the gathered bucket holds most values.
                Gen.Choose(0, 30).Select(v => 5_000_000_000m + v),
                Gen.Choose(0, 300).Select(v => v / 100m)).ArrayOf().ToArbitrary(),
            m =>
            {
                var zeros = new int[m.Length];
                var scores = new RfmScore[m.Length];
                RfmScorer.Score(zeros, zeros, m, scores);
                var expected = NaiveRfm.Scores(m, higherIsBetter: true);
                return Enumerable.Range(0, m.Length).All(i => scores[i].M == expected[i]);
            });

    [Fact]
    public void Score_TenDistinctValues_SplitIntoEvenQuintiles()
    {
        int[] frequency = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
        var scores = new RfmScore[10];
        RfmScorer.Score(new int[10], frequency, new decimal[10], scores);

        Assert.All(Enumerable.Range(1, 5), s => Assert.Equal(2, scores.Count(x => x.F == s)));
        Assert.Equal(5, scores[0].F);
        Assert.Equal(1, scores[1].F);
    }

    [Fact]
    public void Score_AllEqual_EveryoneGetsOne()
    {
        var scores = new RfmScore[7];
        RfmScorer.Score([3, 3, 3, 3, 3, 3, 3], [2, 2, 2, 2, 2, 2, 2], [5m, 5m, 5m, 5m, 5m, 5m, 5m], scores);

        Assert.All(scores, s => Assert.Equal(new RfmScore(1, 1, 1), s));
    }

    [Fact]
    public void Score_RecencyFewerDaysIsBetter_ScoresFiveForMostRecent()
    {
        var scores = new RfmScore[5];
        RfmScorer.Score([1, 50, 20, 300, 7], new int[5], new decimal[5], scores);

        Assert.Equal([5, 2, 3, 1, 4], scores.Select(s => (int)s.R));
    }

    [Fact]
    public void Score_EqualMonetaryAtDifferentScales_SameScore()
    {
        var scores = new RfmScore[3];
        RfmScorer.Score(new int[3], new int[3], [10.5m, 10.50m, 1m], scores);

        Assert.Equal(scores[0].M, scores[1].M);
        Assert.True(scores[0].M > scores[2].M);
    }

    [Fact]
    public void Score_MismatchedLengths_ThrowsArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() => RfmScorer.Score([1, 2], [1], [1m, 2m], new RfmScore[2]));
        Assert.Equal("frequency", ex.ParamName);
    }

    [Fact]
    public void FromPurchases_CustomersWithoutPurchaseByAsOf_ReportedSeparately()
    {
        var asOf = new LocalDate(2026, 3, 1);
        Purchase[] purchases =
        [
            new(CustomerCode.Parse("A"), new LocalDate(2026, 2, 1), Money.FromRials(100)),
            new(CustomerCode.Parse("A"), new LocalDate(2026, 2, 20), Money.FromRials(50)),
            new(CustomerCode.Parse("B"), new LocalDate(2026, 1, 5), Money.FromRials(500)),
            new(CustomerCode.Parse("C"), new LocalDate(2026, 3, 2), Money.FromRials(900)),
        ];

        var result = RfmScorer.FromPurchases(purchases, asOf, [CustomerCode.Parse("D")]);

        Assert.Equal(["A", "B"], result.Rows.Select(r => r.CustomerId.Value));
        Assert.Equal(["C", "D"], result.WithoutPurchases.Select(c => c.Value));
        var a = result.Rows[0];
        Assert.Equal((9, 2, 150m), (a.RecencyDays, a.Frequency, a.Monetary.Amount));
        // n = 2: the better customer has w = 1, so 1 + floor(5·1/2) = 3; the worse has w = 0, so 1.
        Assert.Equal(new RfmScore(3, 3, 1), a.Score);
        Assert.Equal(RfmSegmentNames.NeedAttention, a.Segment.Name);
        Assert.Equal(new RfmScore(1, 1, 3), result.Rows[1].Score);
    }

    [Fact]
    public void FromSummaries_MixedCurrencies_OtherCurrencyReportedAsError()
    {
        var purchases = new[]
        {
            new Purchase(CustomerCode.Parse("A"), new LocalDate(2026, 2, 1), Money.FromRials(100)),
            new Purchase(CustomerCode.Parse("B"), new LocalDate(2026, 2, 1), new Money(3m, "USD")),
        };
        var summaries = PurchaseSummarizer.Summarize(purchases, new LocalDate(2026, 3, 1)).Customers;

        var result = RfmScorer.FromSummaries(summaries);

        Assert.Single(result.Rows);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("rfm.mixed-currency", "USD"), (error.Rule, error.Value));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void FromPurchases_AnyCulture_SameScoresAndFigures(string culture)
    {
        var purchases = Enumerable.Range(0, 40).Select(i => new Purchase(
            CustomerCode.Parse("C" + (i % 9).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new LocalDate(2025, 1, 1).PlusDays(i * 7), Money.FromRials(1000.5m * i))).ToArray();
        var reference = RfmScorer.FromPurchases(purchases, new LocalDate(2026, 1, 1));

        using var scope = new CultureScope(culture);
        var result = RfmScorer.FromPurchases(purchases, new LocalDate(2026, 1, 1));

        Assert.Equal(reference.Rows.Select(r => r.Score.ToString() + r.Monetary), result.Rows.Select(r => r.Score.ToString() + r.Monetary));
    }
}
