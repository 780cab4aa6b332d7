using Crm.Core.ToneLint;

namespace Crm.Core.ToneLint.Tests;

public class OptionsTests
{
    [Fact]
    public void Validate_Defaults_HasNoErrors() => Assert.Empty(ToneLintOptionsValidator.Validate(new ToneLintOptions()));

    [Fact]
    public void Validate_ManyMistakes_ReportsEveryOneNamingSettingAndValue()
    {
        var options = new ToneLintOptions { RegexTimeout = TimeSpan.Zero };
        options.Chat.MaxWords = 0;
        options.DisabledRules.Add("TL9999");
        options.SeverityOverrides["no-such-thing"] = ToneSeverity.Error;
        options.Glossary.Add(new GlossaryEntry { Term = " " });
        var backtracking = new CustomPhraseRule { Id = "team.backref", Pattern = @"(a+)\1", Message = "m" };
        var broken = new CustomPhraseRule { Id = "team.broken", Pattern = "(unclosed", Message = "m" };
        var empty = new CustomPhraseRule { Id = "team.empty", Pattern = "x*", Message = "m" };
        var reserved = new CustomPhraseRule { Id = "TL0101", Message = "m" };
        reserved.Phrases.Add("foo");
        options.CustomRules.Add(backtracking);
        options.CustomRules.Add(broken);
        options.CustomRules.Add(empty);
        options.CustomRules.Add(reserved);

        var errors = ToneLintOptionsValidator.Validate(options);

        Assert.Contains(errors, e => e.StartsWith("RegexTimeout", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Chat:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("TL9999", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("no-such-thing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Glossary[0]", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("team.backref", StringComparison.Ordinal) && e.Contains("backtracking", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("team.broken", StringComparison.Ordinal) && e.Contains("does not compile", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("team.empty", StringComparison.Ordinal) && e.Contains("empty text", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'TL0101'", StringComparison.Ordinal) && e.Contains("reserved", StringComparison.Ordinal));
        var ex = Assert.Throws<ArgumentException>(() => new ToneLinter(options));
        Assert.Equal("options", ex.ParamName);
    }

    [Theory]
    [InlineData("Use {x} instead")]
    [InlineData("Say {1}")]
    [InlineData("unbalanced { brace")]
    public void Validate_CustomMessageNotATemplate_ReportsRuleAndMessage(string message)
    {
        var options = new ToneLintOptions();
        var rule = new CustomPhraseRule { Id = "team.braces", Message = message };
        rule.Phrases.Add("رئیس");
        options.CustomRules.Add(rule);

        var error = Assert.Single(ToneLintOptionsValidator.Validate(options));

        Assert.StartsWith("CustomRules[0].Message 'team.braces'", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_CustomMessageTemplate_FillsOffendingTextAndKeepsLiteralBraces()
    {
        var options = new ToneLintOptions();
        var rule = new CustomPhraseRule { Id = "team.boss", Message = "Avoid «{0}» {{team}}" };
        rule.Phrases.Add("رئیس");
        options.CustomRules.Add(rule);
        Assert.Empty(ToneLintOptionsValidator.Validate(options));

        var result = new ToneLinter(options).Lint(new ToneLintRequest("با رئیس صحبت کردم."));

        var finding = Assert.Single(result.Diagnostics, d => d.RuleId == "team.boss");
        Assert.Equal("Avoid «رئیس» {team}", finding.Message);
    }

    [Fact]
    public void Lint_DisabledRuleAndCategory_AreNotReported()
    {
        var options = new ToneLintOptions();
        options.DisabledRules.Add("TL1401");
        options.DisabledCategories.Add(ToneCategory.Typography);
        var result = new ToneLinter(options).Lint("در اسرع وقت پیگیری میکنم.");
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == "TL1401" || d.Category == ToneCategory.Typography);
    }

    [Fact]
    public void Lint_SeverityOverride_RuleIdWinsOverCategory()
    {
        var options = new ToneLintOptions();
        options.SeverityOverrides["vague-timeline"] = ToneSeverity.Suggestion;
        options.SeverityOverrides["TL1401"] = ToneSeverity.Error;
        options.SeverityOverrides["shouting"] = ToneSeverity.Suggestion;
        var result = new ToneLinter(options).Lint("We'll call ASAP!!");
        Assert.Equal(ToneSeverity.Error, result.Diagnostics.Single(d => d.RuleId == "TL1401").Severity);
        Assert.Equal(ToneSeverity.Suggestion, result.Diagnostics.Single(d => d.RuleId == "TL1501").Severity);
    }

    [Fact]
    public void Lint_TeamGlossary_ReportsTermWithFixToPreferredWording()
    {
        var options = new ToneLintOptions();
        options.Glossary.Add(new GlossaryEntry { Term = "تیکت", Preferred = "درخواست" });
        const string Text = "تيكت شما بسته شد.";
        var result = new ToneLinter(options).Lint(Text);
        var d = Assert.Single(result.Diagnostics, x => x.Category == ToneCategory.Glossary);
        Assert.Equal("تيكت", d.Span.Slice(Text));
        Assert.StartsWith("درخواست شما", result.ApplyFixes(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_CustomPhraseAndPatternRules_ReportUnderTheirIds()
    {
        var options = new ToneLintOptions();
        var phrase = new CustomPhraseRule { Id = "team.no-boss", Category = ToneCategory.Cliche, Message = "Avoid «رئیس»", Replacement = "مدیر" };
        phrase.Phrases.Add("رئیس");
        options.CustomRules.Add(phrase);
        options.CustomRules.Add(new CustomPhraseRule { Id = "team.ticket-no", Pattern = @"ticket #\d+", Message = "Say order number", Severity = ToneSeverity.Suggestion });
        var result = new ToneLinter(options).Lint("رئیس ما Ticket #42 را دید.");
        Assert.Contains(result.Diagnostics, d => d.RuleId == "team.no-boss" && d.Category == ToneCategory.Cliche);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "team.ticket-no" && d.Span.Slice("رئیس ما Ticket #42 را دید.") == "Ticket #42");
    }

    [Theory]
    [InlineData(ToneChannel.Sms, true)]
    [InlineData(ToneChannel.Email, false)]
    public void Lint_LengthLimitsDependOnChannel(ToneChannel channel, bool tooLong)
    {
        var text = string.Join(' ', Enumerable.Repeat("سفارش شما امروز ارسال شد.", 10));
        var result = new ToneLinter().Lint(new ToneLintRequest(text) { Channel = channel });
        Assert.Equal(tooLong, result.Diagnostics.Any(d => d.RuleId == "TL0801"));
    }

    [Fact]
    public void ToneCategoryIds_RoundTripEveryCategory()
    {
        Assert.Equal(20, ToneCategoryIds.All.Count);
        foreach (var c in ToneCategoryIds.All)
        {
            Assert.Equal(c, ToneCategoryIds.Parse(ToneCategoryIds.ToId(c)));
        }

        Assert.False(ToneCategoryIds.TryParse("nope", out _));
        Assert.Throws<FormatException>(() => ToneCategoryIds.Parse("nope"));
    }
}
