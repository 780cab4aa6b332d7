using System.Text.RegularExpressions;
using Crm.Core.Persian;
using Crm.Sample.Host.Tests.Support;
using Spectre.Console.Testing;

namespace Crm.Sample.Host.Tests;

/// <summary>The commands' text output on a terminal: the same rows as the plain lines, drawn as tables (Persian dates in
/// Persian digits), with the file reads shown on stderr.</summary>
public class TerminalCommandTests
{
    private static TestConsole Terminal() => new TestConsole().Width(220).SupportsUnicode(true).Interactive();

    private static List<string[]> Rows(TestConsole console) => console.Output.Split('\n')
        .Where(l => l.Contains('│', StringComparison.Ordinal)).Select(l => l.Split('│').Select(c => c.Trim()).Skip(1).SkipLast(1).ToArray()).ToList();

    [Fact]
    public async Task CalendarHolidays_OnATerminal_EveryPlainRowInTheTableWithPersianDigits()
    {
        var plain = await SampleHost.RunAsync("calendar", "holidays", "--year", "1406");
        using var output = Terminal();
        using var error = Terminal();

        var run = await SampleHost.RunInTerminalAsync(output, error, "calendar", "holidays", "--year", "1406");

        HostAssert.Ok(run);
        Assert.Equal(string.Empty, run.Stdout);
        var rows = Rows(output);
        var expected = plain.OutLines.Select(l => Regex.Match(l, @"^(\d{4}/\d\d/\d\d) (\d{4}-\d\d-\d\d) \[([^\]]+)\]")).Where(m => m.Success).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, rows.Count(c => c.Length == 4 && Regex.IsMatch(c[1], @"^\d{4}-\d\d-\d\d$")));
        foreach (var m in expected)
        {
            Assert.Contains(rows, c => c.Length == 4 && c[0] == PersianDigits.ToPersian(m.Groups[1].Value) && c[1] == m.Groups[2].Value && c[2] == m.Groups[3].Value);
        }
    }

    [Fact]
    public async Task CustomersValidate_OnATerminal_SummaryAndEveryErrorInTheTableAndTheReadOnStderr()
    {
        using var file = TempFile.WithLines(".csv", CustomersValidateTests.Csv);
        var plain = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path);
        using var output = Terminal();
        using var error = Terminal();

        var run = await SampleHost.RunInTerminalAsync(output, error, "customers", "validate", "--csv", file.Path);

        HostAssert.Ok(run);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains(plain.OutLines[0], output.Output, StringComparison.Ordinal);
        var rows = Rows(output);
        var problems = plain.OutLines.Skip(1).Select(l => Regex.Match(l, @"^line (\d+), (\w+): ")).ToList();
        Assert.All(problems, m => Assert.True(m.Success));
        Assert.NotEmpty(problems);
        foreach (var m in problems)
        {
            Assert.Contains(rows, c => c.Length == 4 && c[0] == m.Groups[1].Value && c[1] == m.Groups[2].Value);
        }

        Assert.Contains(error.Output.Split('\n'), l => l.Contains("reading " + Path.GetFileName(file.Path), StringComparison.Ordinal) && l.Contains("100%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowUpsPlan_OnATerminal_EveryAssignmentAndUnplacedInTables()
    {
        using var input = TempFile.WithLines(".jsonl", FollowUpsPlanTests.Input);
        string[] args = ["followups", "plan", "--input", input.Path, "--start", "1405/03/01", "--days", "10", "--daily-capacity", "1"];
        var plain = await SampleHost.RunAsync(args);
        using var output = Terminal();
        using var error = Terminal();

        var run = await SampleHost.RunInTerminalAsync(output, error, args);

        HostAssert.Ok(run);
        Assert.Equal(string.Empty, run.Stdout);
        var rows = Rows(output);
        var assignments = plain.OutLines.Select(l => Regex.Match(l, @"^(\S+) (\S+)\s+(\S+) \(due (\S+), moved: (\w+)\)$")).Where(m => m.Success).ToList();
        Assert.NotEmpty(assignments);
        foreach (var m in assignments)
        {
            Assert.Contains(rows, c => c.Length == 5 && c[0] == PersianDigits.ToPersian(m.Groups[1].Value) && c[1] == m.Groups[2].Value && c[2] == m.Groups[3].Value
                && c[3] == PersianDigits.ToPersian(m.Groups[4].Value) && c[4] == m.Groups[5].Value);
        }

        foreach (var m in plain.OutLines.Select(l => Regex.Match(l, @"^UNPLACED (\S+): ")).Where(m => m.Success))
        {
            Assert.Contains(rows, c => c.Length == 2 && c[0] == m.Groups[1].Value);
        }
    }

    [Fact]
    public async Task Report_OnATerminal_ReadsOnStderrEveryStepInTheProgressAndTheBadRowsInATable()
    {
        var folder = Directory.CreateTempSubdirectory("crm-report-term-");
        try
        {
            Assert.Equal(0, (await SampleHost.RunAsync("generate", "--customers", "200", "--seed", "5", "--dirty-rows", "3", "--as-of", "2026-04-21", "--out", folder.FullName)).ExitCode);
            string[] Args(string name) => ["report", "--customers", Path.Combine(folder.FullName, "customers.csv"), "--transactions", Path.Combine(folder.FullName, "purchases.csv"),
                "--out", Path.Combine(folder.FullName, name)];
            var plain = await SampleHost.RunAsync(Args("plain"));
            using var output = Terminal();
            using var error = Terminal();

            var run = await SampleHost.RunInTerminalAsync(output, error, Args("term"));

            Assert.Equal(1, plain.ExitCode);
            Assert.Equal(plain.ExitCode, run.ExitCode);
            Assert.Equal(plain.Stderr, run.Stderr);
            Assert.Equal(plain.OutLines[^1].Replace("plain", "term", StringComparison.Ordinal), Assert.Single(run.OutLines));
            foreach (var file in new[] { "purchases.csv", "customers.csv" })
            {
                Assert.Contains(error.Output.Split('\n'), l => l.Contains("reading " + file, StringComparison.Ordinal) && l.Contains("100%", StringComparison.Ordinal));
            }

            var steps = plain.OutLines.Where(l => l.StartsWith("report: ", StringComparison.Ordinal) && l.EndsWith(" s)", StringComparison.Ordinal))
                .Select(l => l["report: ".Length..l.LastIndexOf(" (", StringComparison.Ordinal)]).ToList();
            Assert.True(steps.Count >= 8, string.Join(" | ", steps));
            foreach (var step in steps)
            {
                Assert.Contains(output.Output.Split('\n'), l => l.Contains(step, StringComparison.Ordinal) && l.Contains('━', StringComparison.Ordinal));
            }

            var rows = Rows(output);
            var bad = plain.ErrLines.Select(l => Regex.Match(l, @"^purchases\.csv:(\d+): ")).Where(m => m.Success).ToList();
            Assert.Equal(3, bad.Count);
            Assert.All(bad, m => Assert.Contains(rows, c => c.Length == 3 && c[0] == "purchases.csv" && c[1] == m.Groups[1].Value));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
