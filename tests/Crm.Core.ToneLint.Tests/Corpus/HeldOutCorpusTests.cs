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

    [Fact]
    public void HeldOut5_IsDisjointFromEveryOtherPartSharesNoSentenceAndCoversEveryCategoryChannelAndLanguage()
    {
        var fifth = LabelledReply.Load("heldout5.jsonl");
        var others = new[] { "corpus.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl" }.SelectMany(LabelledReply.Load).ToList();
        var otherIds = others.Select(r => r.Id).ToHashSet();
        var otherSentences = others.SelectMany(r => Sentences(r.Reply).Concat(Sentences(r.CustomerMessage))).ToHashSet();
        Assert.Equal(fifth.Count, fifth.Select(r => r.Id).Distinct().Count());
        Assert.DoesNotContain(fifth, r => otherIds.Contains(r.Id));
        var shared = fifth.SelectMany(r => Sentences(r.Reply).Concat(Sentences(r.CustomerMessage)).Where(otherSentences.Contains).Select(s => r.Id + ": " + s)).ToList();
        Assert.True(shared.Count == 0, "sentences of four or more words shared with another part:\n" + string.Join("\n", shared));
        Assert.True(fifth.Count >= 100, $"only {fifth.Count} replies");
        Assert.True(fifth.Count(r => r.Labels.Length == 0) >= 25, "fewer than 25 clean replies");
        foreach (var c in ToneCategoryIds.All)
        {
            var id = ToneCategoryIds.ToId(c);
            Assert.True(fifth.Count(r => r.Labels.Contains(id)) >= 4, $"{id} has fewer than 4 labelled replies in part 5");
        }

        foreach (var prefix in new[] { "fa-", "en-" })
        {
            Assert.Contains(fifth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "sms" && r.Labels.Length == 0);
            Assert.Contains(fifth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "chat" && r.Labels.Length == 0);
            Assert.Contains(fifth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel is null && r.Labels.Length == 0);
        }
    }

    [Fact]
    public void HeldOut6_IsDisjointFromEveryOtherPartSharesNoSentenceAndCoversEveryCategoryChannelAndLanguage()
    {
        var sixth = LabelledReply.Load("heldout6.jsonl");
        var others = new[] { "corpus.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl", "heldout5.jsonl" }.SelectMany(LabelledReply.Load).ToList();
        var otherIds = others.Select(r => r.Id).ToHashSet();
        var otherSentences = others.SelectMany(r => Sentences(r.Reply).Concat(Sentences(r.CustomerMessage))).ToHashSet();
        Assert.Equal(sixth.Count, sixth.Select(r => r.Id).Distinct().Count());
        Assert.DoesNotContain(sixth, r => otherIds.Contains(r.Id));
        var shared = sixth.SelectMany(r => Sentences(r.Reply).Concat(Sentences(r.CustomerMessage)).Where(otherSentences.Contains).Select(s => r.Id + ": " + s)).ToList();
        Assert.True(shared.Count == 0, "sentences of four or more words shared with another part:\n" + string.Join("\n", shared));
        Assert.True(sixth.Count >= 140, $"only {sixth.Count} replies");
        Assert.True(sixth.Count(r => r.Id.StartsWith("fa-", StringComparison.Ordinal)) * 2 >= sixth.Count, "fewer than half of the replies are Persian");
        Assert.True(sixth.Count(r => r.Labels.Length == 0) >= 30, "fewer than 30 clean replies");
        foreach (var c in ToneCategoryIds.All)
        {
            var id = ToneCategoryIds.ToId(c);
            Assert.True(sixth.Count(r => r.Labels.Contains(id)) >= 5, $"{id} has fewer than 5 labelled replies in part 6");
        }

        foreach (var prefix in new[] { "fa-", "en-" })
        {
            Assert.Contains(sixth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "sms" && r.Labels.Length == 0);
            Assert.Contains(sixth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "chat" && r.Labels.Length == 0);
            Assert.Contains(sixth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel is null && r.Labels.Length == 0);
        }
    }

    [Fact]
    public void HeldOut7_IsDisjointFromEveryOtherPartSharesNoSentenceAndCoversEveryCategoryChannelAndLanguage()
    {
        var seventh = LabelledReply.Load("heldout7.jsonl");
        var others = new[] { "corpus.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl", "heldout5.jsonl", "heldout6.jsonl" }.SelectMany(LabelledReply.Load).ToList();
        var otherIds = others.Select(r => r.Id).ToHashSet();
        var otherSentences = others.SelectMany(r => Sentences(r.Reply).Concat(Sentences(r.CustomerMessage))).ToHashSet();
        Assert.Equal(seventh.Count, seventh.Select(r => r.Id).Distinct().Count());
        Assert.DoesNotContain(seventh, r => otherIds.Contains(r.Id));
        var shared = seventh.SelectMany(r => Sentences(r.Reply).Concat(Sentences(r.CustomerMessage)).Where(otherSentences.Contains).Select(s => r.Id + ": " + s)).ToList();
        Assert.True(shared.Count == 0, "sentences of four or more words shared with another part:\n" + string.Join("\n", shared));
        Assert.True(seventh.Count >= 140, $"only {seventh.Count} replies");
        Assert.True(seventh.Count(r => r.Id.StartsWith("fa-", StringComparison.Ordinal)) * 2 >= seventh.Count, "fewer than half of the replies are Persian");
        Assert.True(seventh.Count(r => r.Labels.Length == 0) >= 30, "fewer than 30 clean replies");
        foreach (var c in ToneCategoryIds.All)
        {
            var id = ToneCategoryIds.ToId(c);
            Assert.True(seventh.Count(r => r.Labels.Contains(id)) >= 5, $"{id} has fewer than 5 labelled replies in part 7");
        }

        foreach (var prefix in new[] { "fa-", "en-" })
        {
            Assert.Contains(seventh, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "sms" && r.Labels.Length == 0);
            Assert.Contains(seventh, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "chat" && r.Labels.Length == 0);
            Assert.Contains(seventh, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel is null && r.Labels.Length == 0);
        }
    }

    [Fact]
    public void HeldOut8_IsDisjointFromEveryOtherPartSharesNoSentenceAndCoversEveryCategoryChannelAndLanguage()
    {
        var eighth = LabelledReply.Load("heldout8.jsonl");
        var others = new[] { "corpus.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl", "heldout5.jsonl", "heldout6.jsonl", "heldout7.jsonl" }.SelectMany(LabelledReply.Load).ToList();
        var otherIds = others.Select(r => r.Id).ToHashSet();
        var otherSentences = others.SelectMany(r => Sentences(r.Reply).Concat(Sentences(r.CustomerMessage))).ToHashSet();
        Assert.Equal(eighth.Count, eighth.Select(r => r.Id).Distinct().Count());
        Assert.DoesNotContain(eighth, r => otherIds.Contains(r.Id));
        var shared = eighth.SelectMany(r => Sentences(r.Reply).Concat(Sentences(r.CustomerMessage)).Where(otherSentences.Contains).Select(s => r.Id + ": " + s)).ToList();
        Assert.True(shared.Count == 0, "sentences of four or more words shared with another part:\n" + string.Join("\n", shared));
        Assert.True(eighth.Count >= 140, $"only {eighth.Count} replies");
        Assert.True(eighth.Count(r => r.Id.StartsWith("fa-", StringComparison.Ordinal)) * 2 >= eighth.Count, "fewer than half of the replies are Persian");
        Assert.True(eighth.Count(r => r.Labels.Length == 0) >= 30, "fewer than 30 clean replies");
        foreach (var c in ToneCategoryIds.All)
        {
            var id = ToneCategoryIds.ToId(c);
            Assert.True(eighth.Count(r => r.Labels.Contains(id)) >= 5, $"{id} has fewer than 5 labelled replies in part 8");
        }

        foreach (var prefix in new[] { "fa-", "en-" })
        {
            Assert.Contains(eighth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "sms" && r.Labels.Length == 0);
            Assert.Contains(eighth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "chat" && r.Labels.Length == 0);
            Assert.Contains(eighth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel is null && r.Labels.Length == 0);
        }
    }

    [Fact]
    public void HeldOut9_IsDisjointFromEveryOtherPartSharesNoSentenceAndCoversEveryCategoryChannelAndLanguage()
    {
        var ninth = LabelledReply.Load("heldout9.jsonl");
        var others = new[] { "corpus.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl", "heldout5.jsonl", "heldout6.jsonl", "heldout7.jsonl", "heldout8.jsonl" }.SelectMany(LabelledReply.Load).ToList();
        var otherIds = others.Select(r => r.Id).ToHashSet();
        var otherSentences = others.SelectMany(r => Sentences(r.Reply).Concat(Sentences(r.CustomerMessage))).ToHashSet();
        Assert.Equal(ninth.Count, ninth.Select(r => r.Id).Distinct().Count());
        Assert.DoesNotContain(ninth, r => otherIds.Contains(r.Id));
        var shared = ninth.SelectMany(r => Sentences(r.Reply).Concat(Sentences(r.CustomerMessage)).Where(otherSentences.Contains).Select(s => r.Id + ": " + s)).ToList();
        Assert.True(shared.Count == 0, "sentences of four or more words shared with another part:\n" + string.Join("\n", shared));
        Assert.True(ninth.Count >= 140, $"only {ninth.Count} replies");
        Assert.True(ninth.Count(r => r.Id.StartsWith("fa-", StringComparison.Ordinal)) * 2 >= ninth.Count, "fewer than half of the replies are Persian");
        Assert.True(ninth.Count(r => r.Labels.Length == 0) >= 30, "fewer than 30 clean replies");
        foreach (var c in ToneCategoryIds.All)
        {
            var id = ToneCategoryIds.ToId(c);
            Assert.True(ninth.Count(r => r.Labels.Contains(id)) >= 5, $"{id} has fewer than 5 labelled replies in part 9");
        }

        foreach (var prefix in new[] { "fa-", "en-" })
        {
            Assert.Contains(ninth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "sms" && r.Labels.Length == 0);
            Assert.Contains(ninth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel == "chat" && r.Labels.Length == 0);
            Assert.Contains(ninth, r => r.Id.StartsWith(prefix, StringComparison.Ordinal) && r.Channel is null && r.Labels.Length == 0);
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
