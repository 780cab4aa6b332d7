using Crm.Core.TestKit;
using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Core.Persian;
using Crm.Sample.Host.Terminal;
using Crm.Sample.Host.Tests.Support;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Crm.Sample.Host.Tests;

/// <summary>The host on a terminal (Spectre.Console test consoles stand in for stdout and stderr): tables with the same rows as
/// the plain output, progress for the long steps, and nothing of it when the streams are redirected.</summary>
public class TerminalOutputTests
{
    private const char Escape = '\u001b';

    private static TestConsole Terminal() => new TestConsole().Width(220).SupportsUnicode(true).Interactive();

    /// <summary>The cells of a table row drawn with Unicode borders; empty for any other line.</summary>
    private static string[] Cells(string line) =>
        line.Contains('│', StringComparison.Ordinal) ? line.Split('│').Select(c => c.Trim()).Skip(1).SkipLast(1).ToArray() : [];

    private static List<string[]> Rows(TestConsole console) => console.Output.Split('\n').Select(Cells).Where(c => c.Length > 0).ToList();

    [Fact]
    public async Task Demo_OnATerminal_DrawsEverySectionAsTablesWithThePlainOutputsRows()
    {
        var plain = await SampleHost.RunAsync("demo", "--no-report");
        using var output = Terminal();
        using var error = Terminal();

        var run = await SampleHost.RunInTerminalAsync(output, error, "demo", "--no-report");

        HostAssert.Ok(run);
        Assert.Equal(string.Empty, run.Stdout);
        var rows = Rows(output);

        // Customers: code, kind and name; the acquisition date in Persian digits.
        var customers = plain.OutLines.Select(l => Regex.Match(l, @"^([CK]-\d+) \[(\w+)\] (.+)$")).Where(m => m.Success).ToList();
        Assert.Equal(3, customers.Count);
        foreach (var m in customers)
        {
            Assert.Contains(rows, c => c.Length >= 3 && c[0] == m.Groups[1].Value && c[1] == m.Groups[2].Value && c[2] == m.Groups[3].Value);
        }

        foreach (var m in plain.OutLines.Select(l => Regex.Match(l, @"^found us via: (.+) on (\d{4}/\d\d/\d\d)$")).Where(m => m.Success))
        {
            Assert.Contains(rows, c => c.Length >= 5 && c[4] == m.Groups[1].Value + " " + PersianDigits.ToPersian(m.Groups[2].Value));
        }

        // RFM: every scored customer with the same recency, frequency, spend, scores and segment.
        var rfm = plain.OutLines.SkipWhile(l => !l.StartsWith("customerId,recencyDays", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("without purchases", StringComparison.Ordinal)).Select(l => l.Split(',')).ToList();
        Assert.NotEmpty(rfm);
        foreach (var f in rfm)
        {
            Assert.Contains(rows, c => c.Length == 8 && c[0] == f[0] && c[1] == f[1] && c[2] == f[2]
                && decimal.Parse(c[3], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) == decimal.Parse(f[3], CultureInfo.InvariantCulture)
                && c[4] == f[4] && c[5] == f[5] && c[6] == f[6] && c[7] == f[7]);
        }

        // Lifetime value: the top customers with their P(alive).
        var top = plain.OutLines.Select(l => Regex.Match(l, @"^(D\d{4})  P\(alive\) ([\d.]+)")).Where(m => m.Success).ToList();
        Assert.Equal(5, top.Count);
        foreach (var m in top)
        {
            Assert.Contains(rows, c => c.Length == 5 && c[0] == m.Groups[1].Value && c[1] == m.Groups[2].Value);
        }

        // Holidays: Persian date in Persian digits beside the Gregorian one.
        var holidays = plain.OutLines.Select(l => Regex.Match(l, @"^(\d{4}/\d\d/\d\d) (\d{4}-\d\d-\d\d) ")).Where(m => m.Success).ToList();
        Assert.NotEmpty(holidays);
        foreach (var m in holidays)
        {
            Assert.Contains(rows, c => c.Length == 4 && c[0] == PersianDigits.ToPersian(m.Groups[1].Value) && c[1] == m.Groups[2].Value);
        }

        // Tone lint: the same scores, and every finding's position, severity and rule.
        var scores = plain.OutLines.Where(l => l.StartsWith("score ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, scores.Count);
        Assert.Equal(scores, output.Output.Split('\n').Select(l => Regex.Match(l, @"score \d+/100, \d+ finding\(s\)")).Where(m => m.Success).Select(m => m.Value));
        foreach (var m in plain.OutLines.Select(l => Regex.Match(l, @"^(\d+:\d+) (\w+) (TL\d+ \[[^\]]+\])")).Where(m => m.Success))
        {
            Assert.Contains(rows, c => c.Length == 5 && c[0] == m.Groups[1].Value && c[1] == m.Groups[2].Value && c[2] == m.Groups[3].Value);
        }
    }

    [Fact]
    public async Task Demo_OnATerminal_ShowsAProgressStepForEveryReportStepAndTheReportsTables()
    {
        var plainFolder = Directory.CreateTempSubdirectory("crm-demo-plain-");
        var folder = Directory.CreateTempSubdirectory("crm-demo-term-");
        try
        {
            var plain = await SampleHost.RunAsync("demo", "--no-report", "--customers", "60", "--out", plainFolder.FullName);
            var plainReport = await SampleHost.RunAsync("demo", "--customers", "60", "--out", plainFolder.FullName);
            using var output = Terminal();
            using var error = Terminal();

            var run = await SampleHost.RunInTerminalAsync(output, error, "demo", "--customers", "60", "--out", folder.FullName);

            HostAssert.Ok(run);
            Assert.Equal(string.Empty, run.Stdout);
            var steps = plainReport.OutLines.Skip(plain.OutLines.Count)
                .Where(l => l.StartsWith("report: ", StringComparison.Ordinal) && !l.StartsWith("report: stored ", StringComparison.Ordinal) && l.EndsWith(" s)", StringComparison.Ordinal))
                .Select(l => l["report: ".Length..l.LastIndexOf(" (", StringComparison.Ordinal)]).ToList();
            Assert.True(steps.Count >= 8, string.Join(" | ", steps));
            foreach (var step in steps.Prepend("storing in the database (SQLite)").Prepend("generating customers and purchases"))
            {
                Assert.Contains(output.Output.Split('\n'), l => l.Contains(step, StringComparison.Ordinal) && l.Contains('━', StringComparison.Ordinal));
            }

            Assert.Contains("report written to " + Path.Combine(folder.FullName, "index.html"), output.Output, StringComparison.Ordinal);
            var rows = Rows(output);
            foreach (var csv in folder.GetFiles("*.csv"))
            {
                var lines = File.ReadAllLines(csv.FullName);
                if (lines.Length > 1)
                {
                    var first = lines[0].Split(',')[0].Trim('"');
                    Assert.True(rows.Any(c => c.Length > 0 && c[0] == first), $"{csv.Name}: no table with the column '{first}'");
                }
            }
        }
        finally
        {
            plainFolder.Delete(recursive: true);
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task SegmentRfm_StderrIsATerminal_StdoutDataUnchangedAndTheReadShownOnStderr()
    {
        var path = Path.Combine(Path.GetTempPath(), $"crm-term-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(path, ["customer_id,date,amount", "A1,2026-01-01,10", "A1,2026-02-01,5", "B2,2026-02-15,7.5", "C3,1404/11/20,3"]);
        try
        {
            var plain = await SampleHost.RunAsync("segment", "rfm", "--transactions", path, "--as-of", "2026-03-01");
            using var output = Terminal();
            using var error = Terminal();

            var run = await SampleHost.RunInTerminalAsync(output, error, "segment", "rfm", "--transactions", path, "--as-of", "2026-03-01");

            HostAssert.Ok(plain);
            HostAssert.Ok(run);
            Assert.Equal(plain.Stdout, run.Stdout);
            Assert.Contains(error.Output.Split('\n'), l => l.Contains("reading " + Path.GetFileName(path), StringComparison.Ordinal) && l.Contains("100%", StringComparison.Ordinal));
            Assert.Equal(string.Empty, output.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Demo_Redirected_WritesNoEscapeCodesAndNoTables()
    {
        var run = await SampleHost.RunAsync("demo", "--no-report");

        HostAssert.Ok(run);
        Assert.DoesNotContain(Escape, run.Stdout);
        Assert.DoesNotContain(Escape, run.Stderr);
        Assert.DoesNotContain('│', run.Stdout);
        Assert.Contains("== Customers ==", run.OutLines);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NoColorOption_OnATerminal_TurnsColoursOffOnlyWhenGiven(bool noColor)
    {
        using var output = Terminal().Colors(ColorSystem.TrueColor).EmitAnsiSequences();
        using var error = Terminal().Colors(ColorSystem.TrueColor).EmitAnsiSequences();
        string[] args = noColor ? ["calendar", "holidays", "--year", "1405", "--no-color"] : ["calendar", "holidays", "--year", "1405"];

        var run = await SampleHost.RunInTerminalAsync(output, error, args);

        HostAssert.Ok(run);
        var expected = noColor ? ColorSystem.NoColors : ColorSystem.TrueColor;
        Assert.Equal(expected, output.Profile.Capabilities.ColorSystem);
        Assert.Equal(expected, error.Profile.Capabilities.ColorSystem);
    }

    [Fact]
    public void Run_OnATerminal_ShowsTheStepAndReturnsTheWorksResult()
    {
        using var console = Terminal();
        var terminal = new HostTerminal(console, null) { ProgressAfter = TimeSpan.Zero };

        var result = TerminalProgress.Run(terminal, console, "reading numbers.csv", 100, bytes =>
        {
            bytes?.Report(100);
            return bytes is null ? -1 : 42;
        });

        Assert.Equal(42, result);
        Assert.Contains(console.Output.Split('\n'), l => l.Contains("reading numbers.csv", StringComparison.Ordinal) && l.Contains("100%", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_WorkThrows_TheSameExceptionReachesTheCaller()
    {
        using var console = Terminal();
        var terminal = new HostTerminal(console, null) { ProgressAfter = TimeSpan.Zero };

        var ex = Assert.Throws<InvalidDataException>(() => TerminalProgress.Run<int>(terminal, console, "reading bad.csv", 0, _ => throw new InvalidDataException("bad row")));

        Assert.Equal("bad row", ex.Message);
    }

    [Fact]
    public void Run_NoTerminal_RunsTheWorkWithoutProgressAndDrawsNothing()
    {
        var result = TerminalProgress.Run(HostTerminal.Redirected, null, "reading numbers.csv", 100, bytes => bytes is null ? 7 : -1);

        Assert.Equal(7, result);
    }

    [Theory]
    [MemberData(nameof(CultureInvarianceTests.Cultures), MemberType = typeof(CultureInvarianceTests))]
    public async Task Demo_OnATerminalUnderAnotherCulture_TablesUnchanged(string culture)
    {
        async Task<List<string>> TableLines()
        {
            using var output = Terminal();
            using var error = Terminal();
            HostAssert.Ok(await SampleHost.RunInTerminalAsync(output, error, "demo", "--no-report"));
            // The fitting bar shows elapsed time; the tables are what must not move.
            return output.Output.Split('\n').Where(l => l.Contains('│', StringComparison.Ordinal)).ToList();
        }

        List<string> expected;
        using (new CultureScope(""))
        {
            expected = await TableLines();
        }

        using (new CultureScope(culture))
        {
            Assert.Equal(expected, await TableLines());
        }

        Assert.NotEmpty(expected);
    }
}
