using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Segmentation.Tests.Rfm;

public class RfmScoreTests
{
    [Property]
    public Property ToString_ThenParse_RoundTrips() =>
        Prop.ForAll(Gen.Choose(1, 5).Three().ToArbitrary(), t =>
        {
            var score = new RfmScore(t.Item1, t.Item2, t.Item3);
            return RfmScore.Parse(score.ToString()) == score;
        });

    [Fact]
    public void Parse_PersianDigits_ReadsScores()
    {
        Assert.Equal(new RfmScore(5, 4, 3), RfmScore.Parse("۵۴۳"));
    }

    [Theory]
    [InlineData("561")]
    [InlineData("55")]
    [InlineData("")]
    [InlineData("abc")]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        Assert.False(RfmScore.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionQuotingText()
    {
        var ex = Assert.Throws<FormatException>(() => RfmScore.Parse("061"));
        Assert.Contains("'061'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OutOfRange_ThrowsWithParameterName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RfmScore(1, 6, 1));
        Assert.Equal("frequency", ex.ParamName);
    }

    [Fact]
    public void Default_IsNotScored()
    {
        Assert.False(default(RfmScore).IsScored);
        Assert.True(new RfmScore(1, 1, 1).IsScored);
    }
}
