using System.Globalization;
using Crm.Core.ToneLint;

namespace Crm.Core.ToneLint.Tests;

public class ToneLinterTests
{
    private static readonly ToneLinter Linter = new();

    [Theory]
    [InlineData("نمی‌شود")]
    [InlineData("نمیشود")]
    [InlineData("نمی شود")]
    [InlineData("نمي شود")]
    [InlineData("نمي‌‌شود")]
    public void Lint_SpellingVariantsOfNegative_AreFoundWithOriginalSpan(string variant)
    {
        var text = "سلام سارا، این کار " + variant + " ولی کمک می‌کنم.";
        var result = Linter.Lint(text);
        var d = Assert.Single(result.Diagnostics, x => x.RuleId == "TL0101");
        Assert.Equal(variant, d.Span.Slice(text));
        Assert.Equal(1, d.Span.Line);
        Assert.Equal(text.IndexOf(variant, StringComparison.Ordinal) + 1, d.Span.Column);
    }

    [Fact]
    public void Lint_SecondLine_ReportsOneBasedLineAndColumn()
    {
        var text = "Hi Tom,\nwe'll call you ASAP.";
        var d = Assert.Single(Linter.Lint(text).Diagnostics, x => x.Category == ToneCategory.VagueTimeline);
        Assert.Equal(2, d.Span.Line);
        Assert.Equal("we'll call you ".Length + 1, d.Span.Column);
        Assert.Equal("ASAP", d.Span.Slice(text));
    }

    [Theory]
    [InlineData("> we can't do that ASAP\nHi Tom, thanks for writing.")]
    [InlineData("Hi Tom, you wrote \"we can't do that ASAP\" and thanks for writing.")]
    [InlineData("Hi Tom, see https://example.com/cannot-asap and thanks for writing.")]
    [InlineData("Hi Tom, write to cannot.asap@example.com and thanks for writing.")]
    [InlineData("Hi Tom, run `cannot --asap` and thanks for writing.")]
    [InlineData("Hi Tom,\n```\ncannot asap\n```\nthanks for writing.")]
    public void Lint_QuotedUrlEmailOrCode_IsNotLinted(string text)
    {
        var result = Linter.Lint(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Category is ToneCategory.NegativePhrasing or ToneCategory.VagueTimeline);
    }

    [Fact]
    public void Lint_PlaceholderInsideQuotedLine_IsStillReported()
    {
        var result = Linter.Lint("> Hi {customer_name}\nThanks!");
        Assert.Contains(result.Diagnostics, d => d.Category == ToneCategory.UnfilledPlaceholder);
    }

    [Fact]
    public void Lint_PersianReply_WritesPersianMessagesAndEnglishReplyEnglish()
    {
        var fa = Linter.Lint("در اسرع وقت پیگیری می‌کنیم.");
        var en = Linter.Lint("We'll follow up ASAP.");
        Assert.Equal(ToneLanguage.Persian, fa.Language);
        Assert.Equal(ToneLanguage.English, en.Language);
        Assert.Contains("زمان", fa.Diagnostics.First(d => d.Category == ToneCategory.VagueTimeline).Message, StringComparison.Ordinal);
        Assert.Contains("time", en.Diagnostics.First(d => d.Category == ToneCategory.VagueTimeline).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_Diagnostic_CarriesExplanationCitingTipAndSuggestion()
    {
        var d = Linter.Lint("ما از صبر شما سپاسگزاریم.").Diagnostics.First(x => x.RuleId == "TL0401");
        Assert.Contains("48", d.Explanation, StringComparison.Ordinal);
        Assert.Equal("ممنون که منتظر بودید", d.Fix!.Value.Replacement);
        Assert.NotEmpty(d.Suggestions);
    }

    [Fact]
    public void Lint_FormalCustomer_DoesNotFlagFormalWordingAsRobotic()
    {
        var request = new ToneLintRequest("احتراماً، گزارش پیوست است.") { CustomerMessage = "با سلام و احترام، خواهشمند است گزارش را ارسال فرمایید." };
        Assert.DoesNotContain(Linter.Lint(request).Diagnostics, d => d.Category == ToneCategory.RoboticFormality);
        Assert.Contains(Linter.Lint("احتراماً، گزارش پیوست است.").Diagnostics, d => d.Category == ToneCategory.RoboticFormality);
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    [InlineData("")]
    public void Lint_UnderAnyCulture_GivesTheSameDiagnostics(string culture)
    {
        const string Text = "DEAR CUSTOMER, İ will call you ASAP!! Your request has been received. نمیشود.";
        var expected = string.Join("\n", Linter.Lint(Text).Diagnostics.Select(d => d.ToString()));
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, string.Join("\n", Linter.Lint(Text).Diagnostics.Select(d => d.ToString())));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Lint_EmptyText_HasNoFindingsAndFullScore()
    {
        var result = Linter.Lint(string.Empty);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(100, result.Score);
    }

    [Fact]
    public void Lint_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Linter.Lint((string)null!));
        Assert.Throws<ArgumentNullException>(() => Linter.Lint((ToneLintRequest)null!));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('[')]
    [InlineData('\u200C')]
    [InlineData('{')]
    [InlineData('!')]
    public void Lint_LongAdversarialRun_CompletesWithSpansInsideText(char c)
    {
        var text = "سلام " + new string(c, 200_000) + " نمی‌شود";
        var result = Linter.Lint(text);
        Assert.All(result.Diagnostics, d => Assert.InRange(d.Span.End, 0, text.Length));
    }
}
