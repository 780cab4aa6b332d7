using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
namespace Crm.Core.Segmentation.Tests.Rfm;

public class RfmSegmentMapTests
{
    // The issue's table, cell by cell (R then F).
    [Theory]
    [InlineData(1, 1, "Hibernating")]
    [InlineData(2, 2, "Hibernating")]
    [InlineData(1, 3, "At Risk")]
    [InlineData(2, 4, "At Risk")]
    [InlineData(1, 5, "Can't Lose Them")]
    [InlineData(2, 5, "Can't Lose Them")]
    [InlineData(3, 1, "About To Sleep")]
    [InlineData(3, 2, "About To Sleep")]
    [InlineData(3, 3, "Need Attention")]
    [InlineData(3, 4, "Loyal Customers")]
    [InlineData(4, 5, "Loyal Customers")]
    [InlineData(4, 1, "Promising")]
    [InlineData(5, 1, "New Customers")]
    [InlineData(4, 2, "Potential Loyalists")]
    [InlineData(5, 3, "Potential Loyalists")]
    [InlineData(5, 4, "Champions")]
    [InlineData(5, 5, "Champions")]
    public void Default_Cell_HasIssueSegment(int r, int f, string expected)
    {
        Assert.Equal(expected, RfmSegmentMap.Default.SegmentOf(new RfmScore(r, f, 3)).Name);
    }

    [Fact]
    public void Default_Champions_HasPersianName()
    {
        Assert.Equal("قهرمانان", RfmSegmentMap.Default.SegmentOf(new RfmScore(5, 5, 5)).PersianName);
        Assert.All(RfmSegmentMap.Default.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.PersianName)));
    }

    [Fact]
    public void Default_MonetaryScore_DoesNotChangeSegment()
    {
        var segments = Enumerable.Range(1, 5).Select(m => RfmSegmentMap.Default.SegmentOf(new RfmScore(2, 3, m)).Name).Distinct();
        Assert.Single(segments);
    }

    [Fact]
    public void TryCreate_CustomMapCoveringEveryCell_Succeeds()
    {
        var ok = RfmSegmentMap.TryCreate([new("[1-3]*", "Cold"), new("[45]*", "Warm")], out var map, out var errors);

        Assert.True(ok);
        Assert.Empty(errors);
        Assert.Equal("Warm", map!.SegmentOf(new RfmScore(4, 1, 1)).Name);
    }

    [Fact]
    public void TryCreate_OverlapAndGap_ReportsEveryCell()
    {
        var ok = RfmSegmentMap.TryCreate([new("[1-3]*", "Cold"), new("3*", "Lukewarm"), new("4*", "Warm")], out _, out var errors);

        Assert.False(ok);
        Assert.Equal(5, errors.Count(e => e.Rule == "rfm-map.overlap"));
        Assert.Equal(["51", "52", "53", "54", "55"], errors.Where(e => e.Rule == "rfm-map.uncovered").Select(e => e.Value));
        Assert.Contains("'Cold'", errors.First(e => e.Rule == "rfm-map.overlap").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6*")]
    [InlineData("[3-1]1")]
    [InlineData("111")]
    [InlineData("[12")]
    [InlineData("")]
    public void TryCreate_BadPattern_ReportsPatternRule(string pattern)
    {
        RfmSegmentMap.TryCreate([new("**", "All"), new(pattern, "Bad")], out _, out var errors);

        Assert.Contains(errors, e => e.Rule == "rfm-map.pattern" && e.Value == pattern);
    }

    [Fact]
    public void Create_Invalid_ThrowsArgumentExceptionListingProblems()
    {
        var ex = Assert.Throws<ArgumentException>(() => RfmSegmentMap.Create([new("1*", "One")]));
        Assert.Equal("rules", ex.ParamName);
        Assert.Contains("R5 F5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_Scores_WritesRuleIndexes()
    {
        var map = RfmSegmentMap.Default;
        RfmScore[] scores = [new(5, 5, 1), new(1, 1, 1)];
        var indexes = new byte[2];

        map.Classify(scores, indexes);

        Assert.Equal(RfmSegmentNames.Champions, map.Rules[indexes[0]].Name);
        Assert.Equal(RfmSegmentNames.Hibernating, map.Rules[indexes[1]].Name);
    }

    [Property(MaxTest = 200)]
    public Property Classify_AnyScores_AgreesWithIndexOf() =>
        Prop.ForAll(Gen.Choose(1, 5).Three().Select(t => new RfmScore(t.Item1, t.Item2, t.Item3)).ArrayOf().ToArbitrary(), scores =>
        {
            var indexes = new byte[scores.Length];
            RfmSegmentMap.Default.Classify(scores, indexes);
            return scores.Select(RfmSegmentMap.Default.IndexOf).SequenceEqual(indexes.Select(i => (int)i));
        });

    [Fact]
    public void Classify_DefaultScore_ThrowsNamingItsPosition()
    {
        RfmScore[] scores = [new(3, 3, 3), default];

        var ex = Assert.Throws<ArgumentException>(() => RfmSegmentMap.Default.Classify(scores, new byte[2]));

        Assert.Equal("scores", ex.ParamName);
        Assert.Contains("Score 1", ex.Message, StringComparison.Ordinal);
    }
}
