using Crm.Core.ToneLint;

namespace Crm.Core.ToneLint.Tests;

public class RuleExamplesTests
{
    private static readonly ToneLinter Linter = new();

    public static TheoryData<string, int> BadExamples()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in Linter.Rules)
        {
            for (var i = 0; i < rule.BadExamples.Count; i++)
            {
                data.Add(rule.Id, i);
            }
        }

        return data;
    }

    public static TheoryData<string, int> GoodExamples()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in Linter.Rules)
        {
            for (var i = 0; i < rule.GoodExamples.Count; i++)
            {
                data.Add(rule.Id, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadExamples))]
    public void Lint_BadExampleOfRule_ReportsThatRule(string ruleId, int index)
    {
        var example = Linter.Rules.Single(r => r.Id == ruleId).BadExamples[index];
        var result = Linter.Lint(example.ToRequest());
        Assert.True(result.Diagnostics.Any(d => d.RuleId == ruleId),
            $"{ruleId} missed «{example.Text}»; found: {string.Join(" | ", result.Diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(GoodExamples))]
    public void Lint_GoodExampleOfRule_DoesNotReportThatRule(string ruleId, int index)
    {
        var example = Linter.Rules.Single(r => r.Id == ruleId).GoodExamples[index];
        var result = Linter.Lint(example.ToRequest());
        Assert.False(result.Diagnostics.Any(d => d.RuleId == ruleId),
            $"{ruleId} flagged «{example.Text}»: {string.Join(" | ", result.Diagnostics.Where(d => d.RuleId == ruleId))}");
    }

    [Fact]
    public void Rules_EveryBuiltInRule_HasBadAndGoodExamplesAndCitesTheGuide()
    {
        foreach (var rule in Linter.Rules)
        {
            Assert.NotEmpty(rule.BadExamples);
            Assert.NotEmpty(rule.GoodExamples);
            Assert.Contains("seed", rule.Guideline, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rules_CoverEveryCategory()
    {
        var covered = Linter.Rules.Select(r => r.Category).ToHashSet();
        Assert.All(ToneCategoryIds.All, c => Assert.Contains(c, covered));
    }
}
