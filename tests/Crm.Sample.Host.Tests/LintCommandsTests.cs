using System.Text.Json;
using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Tests;

public class LintCommandsTests
{
    private const string EnglishDraft = "Dear customer,\nWe can't do that. Please do the needful ASAP!!!\n";

    private static readonly string[] DiagnosticFields = ["ruleId", "category", "severity", "start", "length", "line", "column", "message", "suggestions"];

    [Fact]
    public async Task Lint_JsonEnglishDraft_ReportsSpansInTheOriginalText()
    {
        using var draft = TempFile.With(EnglishDraft);

        var run = await SampleHost.RunAsync("lint", "--text-file", draft.Path, "--language", "en", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(Assert.Single(run.OutLines));
        var root = doc.RootElement;
        Assert.Equal(["score", "diagnostics"], root.EnumerateObject().Select(p => p.Name));
        Assert.InRange(root.GetProperty("score").GetInt32(), 0, 99);
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticFields, d.EnumerateObject().Select(p => p.Name)));
        Assert.All(diagnostics, d => Assert.Contains(d.GetProperty("severity").GetString(), new[] { "error", "warning", "suggestion" }));
        Assert.All(diagnostics, d => Assert.All(d.GetProperty("suggestions").EnumerateArray(), s => Assert.Equal(["replacement", "description"], s.EnumerateObject().Select(p => p.Name))));

        var categories = diagnostics.Select(d => d.GetProperty("category").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "missing-name", "negative-phrasing", "robotic-formality", "vague-timeline", "shouting" }, categories);

        // "ASAP" by hand: line 2, after "We can't do that. Please do the needful " (40 characters).
        var asap = diagnostics.Single(d => d.GetProperty("category").GetString() == "vague-timeline");
        Assert.Equal(EnglishDraft.IndexOf("ASAP", StringComparison.Ordinal), asap.GetProperty("start").GetInt32());
        Assert.Equal(4, asap.GetProperty("length").GetInt32());
        Assert.Equal((2, 41), (asap.GetProperty("line").GetInt32(), asap.GetProperty("column").GetInt32()));
    }

    [Fact]
    public async Task Lint_TextWithFix_UnderlinesSpansAndPrintsTheFixedReply()
    {
        using var draft = TempFile.With(EnglishDraft);

        var run = await SampleHost.RunAsync("lint", "--text-file", draft.Path, "--language", "en", "--fix");

        HostAssert.Ok(run);
        var lines = run.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("score ", lines[0], StringComparison.Ordinal);
        var asap = lines.FindIndex(l => l.StartsWith("2:41 ", StringComparison.Ordinal));
        Assert.True(asap > 0, run.Stdout);
        Assert.Equal("    We can't do that. Please do the needful ASAP!!!", lines[asap + 1]);
        Assert.Equal("    " + new string(' ', 40) + "^^^^", lines[asap + 2]);
        var fixedAt = lines.IndexOf("--- fixed ---");
        Assert.True(fixedAt > 0, run.Stdout);
        Assert.Equal("We can't do that. Please do the needful ASAP!", lines[fixedAt + 2]);
    }

    [Fact]
    public async Task Lint_PersianDraftWithoutZwnj_FindsNegativePhrasing()
    {
        using var draft = TempFile.With("سلام سارا جان، این کار نمیشود.\n");

        var run = await SampleHost.RunAsync("lint", "--text-file", draft.Path, "--customer-name", "سارا", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var negative = doc.RootElement.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("category").GetString() == "negative-phrasing");
        Assert.Equal("سلام سارا جان، این کار نمیشود.".IndexOf("نمیشود", StringComparison.Ordinal), negative.GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task Lint_Batch_OneOutputLinePerGoodInputAndBadLinesOnStderr()
    {
        using var batch = TempFile.WithLines(".jsonl",
            """{"id":"a","reply":"We can't help you. Kindly wait.","language":"en"}""",
            """{"id":"b"}""",
            "",
            """{"id":"c","reply":"سلام، امکان‌پذیر نیست.","customerName":"سارا","language":"fa"}""",
            "not json",
            """{"id":"d","reply":"Hi","language":"de"}""",
            "null");

        var run = await SampleHost.RunAsync("lint", "--jsonl", batch.Path);

        // Documented: bad lines are reported with their line number, the batch goes on, exit code 2.
        Assert.Equal(2, run.ExitCode);
        HostAssert.NoStackTrace(run);
        Assert.Equal(["a", "c"], run.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        using var first = JsonDocument.Parse(run.OutLines[0]);
        Assert.Equal(["id", "score", "diagnostics"], first.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["line 2:", "line 5:", "line 6:", "line 7:"], run.ErrLines.Select(l => l[..7]));
    }

    [Fact]
    public async Task Lint_Batch_AllGood_ExitsZero()
    {
        using var batch = TempFile.WithLines(".jsonl", """{"id":"a","reply":"Hi Sara, your refund is on its way. Anything else I can help with?","customerName":"Sara"}""");

        var run = await SampleHost.RunAsync("lint", "--jsonl", batch.Path);

        HostAssert.Ok(run);
        Assert.Single(run.OutLines);
    }

    [Fact]
    public async Task Lint_NoInput_ExitsTwoWithOneLine()
    {
        var run = await SampleHost.RunAsync("lint");

        HostAssert.BadInput(run, 2, "--text-file");
    }

    [Fact]
    public async Task Lint_MissingFiles_ExitTwoWithOneLine()
    {
        using var missing = TempFile.Reserve();
        using var draft = TempFile.With(EnglishDraft);

        var noDraft = await SampleHost.RunAsync("lint", "--text-file", missing.Path);
        var noMessage = await SampleHost.RunAsync("lint", "--text-file", draft.Path, "--customer-message-file", missing.Path);
        var noBatch = await SampleHost.RunAsync("lint", "--jsonl", missing.Path);

        HostAssert.BadInput(noDraft, 2, missing.Path);
        HostAssert.BadInput(noMessage, 2, missing.Path);
        HostAssert.BadInput(noBatch, 2, missing.Path);
    }

    [Fact]
    public async Task Lint_Sarif_WritesRulesAndResultsWithRegions()
    {
        using var draft = TempFile.With(EnglishDraft);

        var run = await SampleHost.RunAsync("lint", "--text-file", draft.Path, "--language", "en", "--format", "sarif");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var sarifRun = Assert.Single(root.GetProperty("runs").EnumerateArray().ToArray());
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "TL1401");
        var results = sarifRun.GetProperty("results").EnumerateArray().ToArray();
        Assert.NotEmpty(results);
        foreach (var r in results)
        {
            var ruleIndex = r.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[ruleIndex].GetProperty("id").GetString());
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            var region = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            var offset = region.GetProperty("charOffset").GetInt32();
            var length = region.GetProperty("charLength").GetInt32();
            Assert.InRange(offset + length, 0, EnglishDraft.Length);
        }

        var asap = results.Single(r => r.GetProperty("ruleId").GetString() == "TL1401");
        var asapRegion = asap.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal("ASAP", EnglishDraft.Substring(asapRegion.GetProperty("charOffset").GetInt32(), asapRegion.GetProperty("charLength").GetInt32()));
        Assert.Equal("warning", asap.GetProperty("level").GetString());
        Assert.Equal((2, 41), (asapRegion.GetProperty("startLine").GetInt32(), asapRegion.GetProperty("startColumn").GetInt32()));
    }

    [Fact]
    public async Task Lint_Config_AppliesTeamSeveritiesAndRulesOff()
    {
        using var draft = TempFile.With(EnglishDraft);
        using var config = TempFile.With("""{"rules":{"vague-timeline":"error","shouting":"off"},"allowedWords":["can't"]}""", ".json");

        var run = await SampleHost.RunAsync("lint", "--text-file", draft.Path, "--language", "en", "--format", "json", "--config", config.Path);

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var diagnostics = doc.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticFields, d.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("error", diagnostics.Single(d => d.GetProperty("category").GetString() == "vague-timeline").GetProperty("severity").GetString());
        Assert.DoesNotContain(diagnostics, d => d.GetProperty("category").GetString() == "shouting");
        Assert.DoesNotContain(diagnostics, d => d.GetProperty("category").GetString() == "negative-phrasing");
        Assert.Contains(diagnostics, d => d.GetProperty("category").GetString() == "robotic-formality");
    }

    [Fact]
    public async Task Lint_BadConfig_NamesTheFieldAndValueAndExits2()
    {
        using var draft = TempFile.With(EnglishDraft);
        using var config = TempFile.With("""{"rules":{"TL0101":"loud"}}""", ".json");

        var run = await SampleHost.RunAsync("lint", "--text-file", draft.Path, "--config", config.Path);

        HostAssert.BadInput(run, 2, "rules.TL0101");
        Assert.Contains("loud", run.Stderr, StringComparison.Ordinal);
    }
}

public class LintBoundsTests
{
    [Fact]
    public async Task Lint_LongLineWithManyFindings_OutputIsBoundedByTheWindowNotTheLine()
    {
        // 16 KB on one line used to print the whole line once per finding (81 MB of output).
        var line = string.Concat(Enumerable.Repeat("We can't do that ASAP!!! ", 700));
        using var draft = TempFile.With("Dear customer,\n" + line + "\n");

        var run = await SampleHost.RunAsync("lint", "--text-file", draft.Path, "--language", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.OutLines, l => Assert.True(l.Length <= 2 * Crm.Sample.Host.Commands.LintCommands.Context + 200, $"line of {l.Length} characters"));
        Assert.True(run.Stdout.Length < 200 * 400, $"{run.Stdout.Length} characters of output");
        Assert.Contains("only the first 200 are shown (--max-findings)", Assert.Single(run.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_InputOverTheLimit_IsRefusedWithOneLine()
    {
        using var draft = TempFile.With(new string('a', 2000));

        var run = await SampleHost.RunAsync("lint", "--text-file", draft.Path, "--max-input-bytes", "1000");

        HostAssert.BadInput(run, HostApp.BadInput, "2,000 bytes, over the limit of 1,000 (--max-input-bytes)");
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public void Window_ShowsTheSpanAndNeverSplitsASurrogatePair(FsCheck.NonNegativeInt at, FsCheck.NonNegativeInt length, bool emoji)
    {
        var line = string.Concat(Enumerable.Repeat(emoji ? "ab😀c " : "abcde ", 60));
        var column = at.Get % line.Length;
        if (char.IsLowSurrogate(line[column]))
        {
            column--;
        }

        var (shown, caret, width) = Crm.Sample.Host.Commands.LintCommands.Window(line, column, length.Get % 300);

        Assert.True(shown.Length <= 4 * Crm.Sample.Host.Commands.LintCommands.Context + 4, $"{shown.Length}");
        Assert.Equal(line[column], shown[caret]);
        Assert.InRange(width, 1, 2 * Crm.Sample.Host.Commands.LintCommands.Context);
        Assert.False(char.IsLowSurrogate(shown.TrimStart('…')[0]) || char.IsHighSurrogate(shown.TrimEnd('…')[^1]), shown);
    }
}
