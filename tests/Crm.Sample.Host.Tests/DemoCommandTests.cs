using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Tests;

public class DemoCommandTests
{
    [Fact]
    public async Task Demo_Runs_ExitsZeroAndPrintsEverySection()
    {
        var folder = Directory.CreateTempSubdirectory("crm-demo-");
        var run = await SampleHost.RunAsync("demo", "--out", folder.FullName);
        folder.Delete(recursive: true);

        HostAssert.Ok(run);
        string[] headings = ["== Customers ==", "== Segmentation", "== Lifetime value", "== Scheduling", "== Tone lint", "== Report"];
        var found = run.OutLines.Where(l => l.StartsWith("== ", StringComparison.Ordinal)).ToList();
        Assert.Equal(headings.Length, found.Count);
        for (var i = 0; i < headings.Length; i++)
        {
            Assert.StartsWith(headings[i], found[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Demo_EveryDayFrom1405Dey1To1406Ordibehesht1_RunsWithoutAnError()
    {
        // Across the end of the official lunar table (1405) and Nowruz 1406: the demo plans 45 days ahead of "today".
        var failures = new List<string>();
        for (var day = new DateOnly(2026, 12, 22); day <= new DateOnly(2027, 4, 21); day = day.AddDays(1))
        {
            var iso = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var run = await SampleHost.RunAsync("demo", "--today", iso, "--no-report");
            if (run.ExitCode != 0 || run.Stderr.Length > 0 || !run.OutLines.Any(l => l.StartsWith("== Tone lint", StringComparison.Ordinal)))
            {
                failures.Add($"{iso}: exit {run.ExitCode} {run.Stderr}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Demo_TodayInPersian_ShowsThatDayAndProvisionalHolidaysAfterTheTable()
    {
        var run = await SampleHost.RunAsync("demo", "--today", "1406/03/20", "--no-report");

        HostAssert.Ok(run);
        Assert.Contains(run.OutLines, l => l.StartsWith("Today: ", StringComparison.Ordinal) && l.Contains("(1406/03/20, 2027-06-10)", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.Contains("(provisional)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1405/13/01")]
    [InlineData("0001-01-01")]
    [InlineData("tomorrow")]
    public async Task Demo_BadToday_ExitsTwoWithOneLine(string today)
    {
        var run = await SampleHost.RunAsync("demo", "--today", today);

        HostAssert.BadInput(run, 2, "--today");
    }

    [Fact]
    public async Task UnknownCommand_ExitsNonZeroWithoutStackTrace()
    {
        var run = await SampleHost.RunAsync("nonsense");

        Assert.NotEqual(0, run.ExitCode);
        Assert.NotEmpty(run.ErrLines);
        HostAssert.NoStackTrace(run);
    }
}
