using System.Diagnostics;

namespace Crm.Sample.Host.Tests;

/// <summary>appsettings.json next to the program, read by the real process: a bad setting stops the start with one
/// line naming it and exit code 2. The host's files are copied to a folder of their own, so the shared settings file of
/// the other tests is never touched.</summary>
public sealed class HostSettingsTests : IDisposable
{
    private readonly DirectoryInfo _copy = Directory.CreateTempSubdirectory("crm-settings-");

    [Theory]
    [InlineData("""{ "Crm": { "Core": { "TimeZone": "Asia/Tehran" } } }""", "'TimeZone'")]
    [InlineData("""{ "Crm": { "Core": { "TimeZoneId": "Mars/Olympus" } } }""", "'Mars/Olympus'")]
    [InlineData("""{ "Crm": { "Marketing": { "On": true } } }""", "'Marketing'")]
    public async Task BadSetting_StopsTheStart_WithOneLineNamingItAndExitCode2(string settings, string mentions)
    {
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory))
        {
            File.Copy(file, Path.Combine(_copy.FullName, Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(Path.Combine(_copy.FullName, "appsettings.json"), settings);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(_copy.FullName, "Crm.Sample.Host.dll"), "calendar", "holidays", "--year", "1405" })
        {
            start.ArgumentList.Add(a);
        }

        using var host = Process.Start(start)!;
        var stdout = host.StandardOutput.ReadToEndAsync();
        var stderr = host.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await host.WaitForExitAsync(deadline.Token);

        Assert.Equal(2, host.ExitCode);
        Assert.Equal(string.Empty, await stdout);
        var line = Assert.Single((await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("invalid configuration: ", line, StringComparison.Ordinal);
        Assert.Contains(mentions, line, StringComparison.Ordinal);
    }

    public void Dispose() => _copy.Delete(recursive: true);
}
