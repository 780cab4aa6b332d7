using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Tests;

public class DemoCommandTests
{
    [Fact]
    public async Task Demo_Runs_ExitsZeroAndPrintsEverySection()
    {
        var run = await SampleHost.RunAsync("demo");

        HostAssert.Ok(run);
        string[] headings = ["== Customers ==", "== Segmentation", "== Lifetime value", "== Scheduling", "== Tone lint"];
        var found = run.OutLines.Where(l => l.StartsWith("== ", StringComparison.Ordinal)).ToList();
        Assert.Equal(headings.Length, found.Count);
        for (var i = 0; i < headings.Length; i++)
        {
            Assert.StartsWith(headings[i], found[i], StringComparison.Ordinal);
        }
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
