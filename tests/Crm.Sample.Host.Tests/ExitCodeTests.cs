using System.Diagnostics;
using Crm.Sample.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Crm.Sample.Host.Tests;

public class ExitCodeTests
{
    [Fact]
    public async Task InternalError_HasItsOwnExitCode_AndOneLineWithoutStackTrace()
    {
        var run = await RunWithBrokenClockAsync("demo");

        Assert.Equal(HostApp.InternalError, run.ExitCode);
        var line = Assert.Single(run.ErrLines);
        Assert.StartsWith("internal error (InvalidOperationException): the clock is broken", line, StringComparison.Ordinal);
        Assert.Contains("--debug", line, StringComparison.Ordinal);
        HostAssert.NoStackTrace(run);
    }

    [Fact]
    public async Task InternalError_WithDebug_PrintsTheStackTrace()
    {
        var run = await RunWithBrokenClockAsync("demo", "--debug");

        Assert.Equal(HostApp.InternalError, run.ExitCode);
        Assert.StartsWith("internal error (InvalidOperationException)", run.ErrLines[0], StringComparison.Ordinal);
        Assert.Contains("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExitCodes_AreDistinct()
    {
        int[] codes = [HostApp.Success, HostApp.RowsReported, HostApp.BadInput, HostApp.InternalError, HostApp.Interrupted, HostApp.Terminated];
        Assert.Equal(codes.Length, codes.Distinct().Count());
        HostAssert.BadInput(await SampleHost.RunAsync("ltv", "fit", "--summary", "no-such-file.csv"), HostApp.BadInput, "no-such-file.csv");
    }

    [Fact]
    public async Task Sigterm_WhileBlockedOnInput_EndsPromptlyWithOneLine()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("crm-sigterm-");
        try
        {
            var fifo = Path.Combine(folder.FullName, "customers.csv");
            using (var mkfifo = Process.Start("mkfifo", [fifo]))
            {
                await mkfifo.WaitForExitAsync();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            var hostDll = Path.Combine(AppContext.BaseDirectory, "Crm.Sample.Host.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { hostDll, "customers", "validate", "--csv", fifo })
            {
                start.ArgumentList.Add(a);
            }

            using var host = Process.Start(start)!;
            var stderr = host.StandardError.ReadToEndAsync();
            // Opening the FIFO for writing returns once the host has opened it for reading: the host is now blocked
            // on input that never comes (nothing is written).
            await using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            using (var kill = Process.Start("kill", ["-TERM", host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await host.WaitForExitAsync(deadline.Token);

            Assert.Equal(HostApp.Terminated, host.ExitCode);
            Assert.Equal("stopped by SIGTERM: the output may be incomplete", (await stderr).Trim());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<HostRun> RunWithBrokenClockAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await HostApp.RunAsync(args, stdout, stderr, services => services.AddSingleton<IClock>(new BrokenClock()));
        return new HostRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    private sealed class BrokenClock : IClock
    {
        public Instant GetCurrentInstant() => throw new InvalidOperationException("the clock is broken");
    }
}

public class LtvPredictRangeTests
{
    [Theory]
    [InlineData("--margin", "NaN")]
    [InlineData("--margin", "1.5")]
    [InlineData("--discount-rate", "NaN")]
    [InlineData("--discount-rate", "Infinity")]
    [InlineData("--horizon", "NaN")]
    [InlineData("--horizon", "1e308")]
    [InlineData("--horizon", "-1")]
    public async Task LtvPredict_OutOfRangeNumber_IsBadInputNotAnInternalError(string option, string value)
    {
        using var summary = TempFile.WithLines(".csv", "customer_id,frequency,recency,T", "1,1,7.77,29.70", "2,0,0,29.7", "3,3,20,29.7");
        string[] args = ["ltv", "predict", "--summary", summary.Path, "--horizon", "10"];

        var run = await SampleHost.RunAsync(SampleHost.WithOption(args, option, value));

        HostAssert.BadInput(run, HostApp.BadInput, "--horizon must be between 0 and 100000");
    }
}
