namespace Crm.Sample.Host.Tests.Support;

/// <summary>Assertions shared by every command's tests.</summary>
internal static class HostAssert
{
    /// <summary>Bad input: the exit code, nothing on stdout, exactly one line on stderr containing <paramref name="mentions"/>, no stack trace.</summary>
    public static void BadInput(HostRun run, int exitCode, string mentions)
    {
        Assert.True(run.ExitCode == exitCode, $"exit code {run.ExitCode}, expected {exitCode}; stderr: {run.Stderr}");
        Assert.Equal(string.Empty, run.Stdout);
        var line = Assert.Single(run.ErrLines);
        Assert.Contains(mentions, line, StringComparison.Ordinal);
        NoStackTrace(run);
    }

    /// <summary>Nothing on either stream looks like an unhandled exception.</summary>
    public static void NoStackTrace(HostRun run)
    {
        foreach (var text in new[] { run.Stdout, run.Stderr })
        {
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Exception:", text, StringComparison.Ordinal);
        }
    }

    /// <summary>A successful run: exit code 0, nothing on stderr.</summary>
    public static void Ok(HostRun run)
    {
        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}; stderr: {run.Stderr}");
        Assert.Equal(string.Empty, run.Stderr);
    }
}
