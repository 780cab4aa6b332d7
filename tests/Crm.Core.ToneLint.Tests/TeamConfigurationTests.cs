using Crm.Core.ToneLint;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.ToneLint.Tests;

/// <summary>Issue 17, item 4: team configuration files, allowed words, extra phrases, template mode, inline suppressions.</summary>
public class TeamConfigurationTests
{
    private const string TeamFile = """
        {
          // a team file may carry comments
          "rules": { "TL2002": "off", "vague-timeline": "error", "shouting": "suggestion", "cliche": "off" },
          "allowedWords": ["STOP", "مزاحمت"],
          "additionalPhrases": { "negative-phrasing": ["out of our hands"], "no-closing-offer": ["ping me"] },
          "templateMode": true,
          "templateFields": ["first_name", "order_id"],
          "glossary": [{ "term": "تیکت", "preferred": "درخواست" }],
          "limits": { "chat": { "maxWords": 60 } },
        }
        """;

    [Fact]
    public void Parse_TeamFile_ReadsEverySetting()
    {
        var o = ToneLintOptionsJson.Parse(TeamFile);
        Assert.Contains("TL2002", o.DisabledRules);
        Assert.Contains(ToneCategory.Cliche, o.DisabledCategories);
        Assert.Equal(ToneSeverity.Error, o.SeverityOverrides["vague-timeline"]);
        Assert.Equal(ToneSeverity.Suggestion, o.SeverityOverrides["shouting"]);
        Assert.Equal(["STOP", "مزاحمت"], o.AllowedWords.Order(StringComparer.Ordinal));
        Assert.Equal(["out of our hands"], o.AdditionalPhrases["negative-phrasing"]);
        Assert.True(o.TemplateMode);
        Assert.Contains("order_id", o.TemplateFields);
        Assert.Equal("درخواست", Assert.Single(o.Glossary).Preferred);
        Assert.Equal(60, o.Chat.MaxWords);
    }

    [Theory]
    [InlineData("""{"rules":{"TL9999":"off"}}""", "rules.TL9999", "TL9999")]
    [InlineData("""{"rules":{"TL0101":"loud"}}""", "rules.TL0101", "loud")]
    [InlineData("""{"allowedWords":"STOP"}""", "allowedWords", "\"STOP\"")]
    [InlineData("""{"allowedWords":["ok", 3]}""", "allowedWords[1]", "3")]
    [InlineData("""{"additionalPhrases":{"typography":["x"]}}""", "AdditionalPhrases", "typography")]
    [InlineData("""{"templateMode":"yes"}""", "templateMode", "\"yes\"")]
    [InlineData("""{"templateFields":["first name"]}""", "TemplateFields", "first name")]
    [InlineData("""{"limits":{"chat":{"maxWords":0}}}""", "Chat", "0")]
    [InlineData("""{"limits":{"fax":{}}}""", "limits.fax", "{}")]
    [InlineData("""{"colour":"red"}""", "'colour'", "colour")]
    [InlineData("""{"glossary":[{"term":""}]}""", "Glossary[0].Term", "''")]
    [InlineData("[1,2]", "JSON object", "array")]
    public void TryParse_BadSetting_NamesTheFieldAndTheValue(string json, string field, string value)
    {
        Assert.False(ToneLintOptionsJson.TryParse(json, out var options, out var errors));
        Assert.Null(options);
        var error = Assert.Single(errors);
        Assert.Contains(field, error, StringComparison.Ordinal);
        Assert.Contains(value, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ToneLintOptionsJson.Parse(json));
    }

    [Fact]
    public void TryParse_MalformedJson_GivesTheLine()
    {
        Assert.False(ToneLintOptionsJson.TryParse("{\n  \"rules\": {\n    \"TL0101\" \"off\"\n  }\n}", out _, out var errors));
        Assert.Contains("line 3", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property TryParse_AnyText_NeverThrowsAndErrorsIffFailure() => Prop.ForAll(
        Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), Gen.Elements(TeamFile, "{}", "{\"rules\":{\"TL0101\":1}}", "{\"limits\":{\"sms\":{\"maxWords\":1e99}}}", "null", "{\"rules\":[]}")).ToArbitrary(),
        json =>
        {
            var ok = ToneLintOptionsJson.TryParse(json, out var options, out var errors);
            return ok == (options is not null) && ok == (errors.Count == 0);
        });

    [Fact]
    public void Lint_AllowedWord_DropsFindingsOnItOnly()
    {
        var options = new ToneLintOptions();
        options.AllowedWords.Add("STOP");
        var text = "Please DO NOT call. Reply STOP now or WAIT.";
        var findings = new ToneLinter(options).Lint(text).Diagnostics.Where(d => d.Category == ToneCategory.Shouting).Select(d => d.Span.Slice(text));
        Assert.Equal(["DO", "NOT", "WAIT"], findings);
    }

    [Fact]
    public void Lint_AdditionalPhrases_ExtendTheBuiltInLists()
    {
        var options = ToneLintOptionsJson.Parse("""{"additionalPhrases":{"negative-phrasing":["out of our hands"],"no-closing-offer":["ping me"]}}""");
        var result = new ToneLinter(options).Lint(new ToneLintRequest("Hi Sam, the refund is out of our hands now, sadly. Ping me with the order number.") { CustomerName = "Sam" });
        Assert.Contains(result.Diagnostics, d => d.RuleId == "TL0101" && d.Message.Contains("out of our hands", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == "TL0901");
    }

    [Fact]
    public void Lint_TemplateMode_ExpectsListedDoubleBraceFieldsAndCountsTheNameField()
    {
        var options = ToneLintOptionsJson.Parse("""{"templateMode":true,"templateFields":["first_name","order_id"]}""");
        var linter = new ToneLinter(options);
        var result = linter.Lint(new ToneLintRequest("Hi {{first_name}}, order {{order_id}} ships today, see {{tracking}} and [NAME].") { CustomerName = "Ann Lee" });
        var fields = result.Diagnostics.Where(d => d.Category == ToneCategory.UnfilledPlaceholder).Select(d => d.Span.Slice(result.Text));
        Assert.Equal(["{{tracking}}", "[NAME]"], fields);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == "TL0701");
        Assert.Contains(new ToneLinter().Lint("Hi {{first_name}}").Diagnostics, d => d.Category == ToneCategory.UnfilledPlaceholder);
    }

    [Fact]
    public void Lint_InlineSuppressions_ApplyToTheReplyTheLineOrTheNextLine()
    {
        const string Text = "Hi Tom,\nWe can't do that. <!-- tone-lint-disable-line TL0101 -->\n<!-- tone-lint-disable-next-line vague-timeline -->\nI'll call back ASAP.\nWe can't ship today, sorry ASAP.";
        var result = new ToneLinter().Lint(Text);
        var lines = result.Diagnostics.Where(d => d.Category is ToneCategory.NegativePhrasing or ToneCategory.VagueTimeline).Select(d => (d.RuleId, d.Span.Line));
        Assert.Equal([("TL0101", 5), ("TL1401", 5)], lines);
        Assert.DoesNotContain(result.Diagnostics, d => d.Category == ToneCategory.UnfilledPlaceholder);

        var all = new ToneLinter().Lint("<!-- tone-lint-disable -->\nWe can't do that ASAP!!");
        Assert.Empty(all.Diagnostics);
        var some = new ToneLinter().Lint("<!-- tone-lint-disable shouting, TL1401 -->\nWe can't do that ASAP!!");
        Assert.Contains(some.Diagnostics, d => d.RuleId == "TL0101");
        Assert.DoesNotContain(some.Diagnostics, d => d.Category == ToneCategory.Shouting || d.RuleId == "TL1401");
    }
}
