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
    [InlineData("heldout5.jsonl")]
    [InlineData("heldout6.jsonl")]
    [InlineData("heldout7.jsonl")]
    [InlineData("heldout8.jsonl")]
    [InlineData("heldout9.jsonl")]
    [InlineData("heldout10.jsonl")]
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

    /// <summary>
    /// Held-out parts 5 to 10, each written before the version it measures: no id or sentence of four or more words
    /// shared with an earlier part, enough replies, clean replies and labels per category, and a clean reply of every
    /// channel in both languages; from part 6 on, at least half of the replies are Persian.
    /// </summary>
    [Theory]
    [InlineData(5, 100, 25, 4, false)]
    [InlineData(6, 140, 30, 5, true)]
    [InlineData(7, 140, 30, 5, true)]
    [InlineData(8, 140, 30, 5, true)]
    [InlineData(9, 140, 30, 5, true)]
    [InlineData(10, 140, 30, 5, true)]
    public void HeldOutPart_IsDisjointFromEveryEarlierPartSharesNoSentenceAndCoversEveryCategoryChannelAndLanguage(
        int part, int minReplies, int minClean, int minPerCategory, bool halfPersian)
    {
        var replies = LabelledReply.Load($"heldout{part}.jsonl");
        var earlier = new[] { "corpus.jsonl", "heldout.jsonl" }.Concat(Enumerable.Range(2, part - 2).Select(k => $"heldout{k}.jsonl"));
        var others = earlier.SelectMany(LabelledReply.Load).ToList();
        var otherIds = others.Select(r => r.Id).ToHashSet();
        var otherSentences = others.SelectMany(r => Sentences(r.Reply).Concat(Sentences(r.CustomerMessage))).ToHashSet();
        Assert.Equal(replies.Count, replies.Select(r => r.Id).Distinct().Count());
        Assert.DoesNotContain(replies, r => otherIds.Contains(r.Id));
        var shared = replies.SelectMany(r => Sentences(r.Reply).Concat(Sentences(r.CustomerMessage)).Where(otherSentences.Contains).Select(s => r.Id + ": " + s)).ToList();
        Assert.True(shared.Count == 0, "sentences of four or more words shared with another part:\n" + string.Join("\n", shared));
        Assert.True(replies.Count >= minReplies, $"only {replies.Count} replies");
        Assert.True(!halfPersian || replies.Count(r => r.Id.StartsWith("fa-", StringComparison.Ordinal)) * 2 >= replies.Count, "fewer than half of the replies are Persian");
        Assert.True(replies.Count(r => r.Labels.Length == 0) >= minClean, $"fewer than {minClean} clean replies");
        foreach (var c in ToneCategoryIds.All)
        {
            var id = ToneCategoryIds.ToId(c);
            Assert.True(replies.Count(r => r.Labels.Contains(id)) >= minPerCategory, $"{id} has fewer than {minPerCategory} labelled replies in part {part}");
        }

        foreach (var prefix in new[] { "fa-", "en-" })
        {
            Assert.Contains(replies, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "sms" && r.Labels.Length == 0);
            Assert.Contains(replies, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "chat" && r.Labels.Length == 0);
            Assert.Contains(replies, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel is null && r.Labels.Length == 0);
        }
    }

    /// <summary>The sentences of four or more words of a text, lower-cased, without ZWNJ and punctuation.</summary>
    private static IEnumerable<string> Sentences(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        foreach (var part in text.Split(['.', '!', '?', '؟', '\n', ';', '؛']))
        {
            var words = new string(part.Replace("\u200c", string.Empty, StringComparison.Ordinal).ToLowerInvariant()
                .Select(ch => char.IsLetterOrDigit(ch) || ch == '\'' || ch == '_' ? ch : ' ').ToArray())
                .Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 4)
            {
                yield return string.Join(' ', words);
            }
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
