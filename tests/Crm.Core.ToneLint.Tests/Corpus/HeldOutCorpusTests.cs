using Crm.Core.ToneLint;
using Xunit.Abstractions;

namespace Crm.Core.ToneLint.Tests.Corpus;

/// <summary>
/// The held-out part of the corpus (Corpus/heldout.jsonl, issue 17): written and committed before the rules were
/// tuned on corpus.jsonl, and never used for tuning. The tables in docs/tone-lint.md must be the ones computed here.
/// </summary>
public class HeldOutCorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("corpus.jsonl")]
    [InlineData("heldout.jsonl")]
    [InlineData("heldout2.jsonl")]
    [InlineData("heldout3.jsonl")]
    [InlineData("heldout4.jsonl")]
    public void Evaluate_CorpusPart_TableInDocsMatchesTheMeasurement(string file)
    {
        var evaluation = CorpusEvaluation.Run(new ToneLinter(), LabelledReply.Load(file));
        var table = evaluation.ToMarkdown();
        output.WriteLine(table);
        foreach (var m in evaluation.Mistakes)
        {
            output.WriteLine(m);
        }

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "tone-lint-" + Path.GetFileNameWithoutExtension(file) + ".md"), table + "\n" + string.Join("\n", evaluation.Mistakes));
        var doc = File.ReadAllText(DocsPath()).ReplaceLineEndings("\n");
        Assert.True(doc.Contains("<!-- " + file + " -->\n" + table.ReplaceLineEndings("\n"), StringComparison.Ordinal),
            $"docs/tone-lint.md does not hold the measured table for {file} after the marker <!-- {file} -->:\n{table}");
    }

    [Fact]
    public void HeldOut_HasCasesOfEveryChannelBothLanguagesAndAtLeastTenCleanReplies()
    {
        var replies = LabelledReply.Load("heldout.jsonl");
        var tuning = LabelledReply.Load().Select(r => r.Id).ToHashSet();
        var second = LabelledReply.Load("heldout2.jsonl");
        Assert.True(second.Count(r => r.Labels.Length == 0) >= 10);
        Assert.Empty(second.Select(r => r.Id).Intersect(tuning.Concat(replies.Select(r => r.Id))));
        Assert.DoesNotContain(replies, r => tuning.Contains(r.Id));
        Assert.True(replies.Count(r => r.Labels.Length == 0) >= 10);
        Assert.Contains(replies, r => r.Id.StartsWith("fa-", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Id.StartsWith("en-", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Channel == "sms");
        Assert.Contains(replies, r => r.Channel == "chat");
        Assert.Contains(replies, r => r.Channel is null);
    }

    [Fact]
    public void HeldOut3_IsDisjointFromEveryOtherPartAndCoversEveryCategoryChannelAndLanguage()
    {
        var third = LabelledReply.Load("heldout3.jsonl");
        var others = new[] { "corpus.jsonl", "heldout.jsonl", "heldout2.jsonl" }.SelectMany(LabelledReply.Load).Select(r => r.Id).ToHashSet();
        Assert.Equal(third.Count, third.Select(r => r.Id).Distinct().Count());
        Assert.DoesNotContain(third, r => others.Contains(r.Id));
        Assert.True(third.Count >= 60, $"only {third.Count} replies");
        Assert.True(third.Count(r => r.Labels.Length == 0) >= 20);
        foreach (var c in ToneCategoryIds.All)
        {
            var id = ToneCategoryIds.ToId(c);
            Assert.True(third.Count(r => r.Labels.Contains(id)) >= 3, $"{id} has fewer than 3 labelled replies in part 3");
        }

        foreach (var prefix in new[] { "fa-", "en-" })
        {
            Assert.Contains(third, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "sms");
            Assert.Contains(third, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "chat");
            Assert.Contains(third, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel is null);
        }
    }

    [Fact]
    public void HeldOut4_IsDisjointFromEveryOtherPartAndCoversEveryCategoryChannelAndLanguage()
    {
        var fourth = LabelledReply.Load("heldout4.jsonl");
        var others = new[] { "corpus.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl" }.SelectMany(LabelledReply.Load).ToList();
        var otherIds = others.Select(r => r.Id).ToHashSet();
        var otherReplies = others.Select(r => r.Reply).ToHashSet();
        Assert.Equal(fourth.Count, fourth.Select(r => r.Id).Distinct().Count());
        Assert.DoesNotContain(fourth, r => otherIds.Contains(r.Id) || otherReplies.Contains(r.Reply));
        Assert.True(fourth.Count >= 100, $"only {fourth.Count} replies");
        Assert.True(fourth.Count(r => r.Labels.Length == 0) * 5 >= fourth.Count, "fewer than one clean reply in five");
        foreach (var c in ToneCategoryIds.All)
        {
            var id = ToneCategoryIds.ToId(c);
            Assert.True(fourth.Count(r => r.Labels.Contains(id)) >= 4, $"{id} has fewer than 4 labelled replies in part 4");
        }

        foreach (var prefix in new[] { "fa-", "en-" })
        {
            Assert.Contains(fourth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "sms" && r.Labels.Length == 0);
            Assert.Contains(fourth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "chat" && r.Labels.Length == 0);
            Assert.Contains(fourth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel is null && r.Labels.Length == 0);
        }
    }

    private static string DocsPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "tone-lint.md");
            if (File.Exists(Path.Combine(dir.FullName, "Crm.Core.sln")) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail("docs/tone-lint.md not found above " + AppContext.BaseDirectory);
        return string.Empty;
    }
}
