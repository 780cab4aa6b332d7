using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Spectre.Console;

namespace Crm.Sample.Host.Tests.Support;

/// <summary>Runs the sample host's real command tree in-process and captures its output and exit code.</summary>
internal static class SampleHost
{
    /// <summary>The fixed "now" of every run: 2026-04-21 09:30 in Tehran, that is 1405/02/01.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 4, 21, 6, 0);

    public static async Task<HostRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await HostApp.RunAsync(args, stdout, stderr, services => services.AddSingleton<IClock>(new FakeClock(Now)));
        return new HostRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the host as if stdout and stderr were terminals drawn on <paramref name="output"/> and
    /// <paramref name="error"/> (Spectre.Console test consoles), with progress bars shown at once (no one-second wait). The
    /// writers of the result get what the commands still write as plain text.</summary>
    public static async Task<HostRun> RunInTerminalAsync(IAnsiConsole output, IAnsiConsole error, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var terminal = new HostTerminal(output, error) { ProgressAfter = TimeSpan.Zero };
        var exitCode = await HostApp.RunAsync(args, stdout, stderr, services => services.AddSingleton<IClock>(new FakeClock(Now)).AddSingleton(terminal));
        return new HostRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Returns the arguments with an option's value replaced, or the option appended when it is not there.</summary>
    public static string[] WithOption(IEnumerable<string> args, string option, string value)
    {
        var list = args.ToList();
        var index = list.IndexOf(option);
        if (index >= 0)
        {
            list[index + 1] = value;
        }
        else
        {
            list.AddRange([option, value]);
        }

        return [.. list];
    }
}

/// <summary>The outcome of one run: exit code, everything written to stdout and to stderr.</summary>
internal sealed record HostRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines of stdout.</summary>
    public IReadOnlyList<string> OutLines => Lines(Stdout);

    /// <summary>The non-empty lines of stderr.</summary>
    public IReadOnlyList<string> ErrLines => Lines(Stderr);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
