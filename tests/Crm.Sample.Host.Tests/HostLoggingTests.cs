using Crm.Sample.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace Crm.Sample.Host.Tests;

/// <summary>The host logs through ILogger to its error stream, at the levels of appsettings.json (Warning: silent).</summary>
public sealed class HostLoggingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crm-host-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Demo_InformationEnabledForTheHost_LogsTheStorageStepOnStderr()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await HostApp.RunAsync(["demo", "--customers", "120", "--out", _folder], stdout, stderr, services => services
            .AddSingleton<IClock>(new FakeClock(SampleHost.Now))
            .Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(null, "Crm.Sample.Host", LogLevel.Information, null))));

        Assert.Equal(0, exit);
        var line = Assert.Single(stderr.ToString().Split('\n'), l => l.StartsWith("info: Crm.Sample.Host.Demo: ", StringComparison.Ordinal));
        Assert.Contains("Stored 120 customers and ", line, StringComparison.Ordinal);
        Assert.Contains("(sqlite)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_DefaultLevels_LogNothing()
    {
        var run = await SampleHost.RunAsync("demo", "--customers", "60", "--out", _folder);
        HostAssert.Ok(run);   // nothing on stderr
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
