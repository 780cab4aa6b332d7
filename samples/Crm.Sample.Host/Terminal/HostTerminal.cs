using Spectre.Console;

namespace Crm.Sample.Host.Terminal;

/// <summary>
/// Where the host draws for a person: a Spectre.Console console for stdout and one for stderr, each only when that stream
/// is a terminal. A redirected stream (a pipe, a file, CI logs, the tests' <c>StringWriter</c>s) has no console here, and the
/// commands write their plain lines to it exactly as before: no tables, no progress, no escape codes.
/// </summary>
/// <param name="output">Draws on stdout; <see langword="null"/> when stdout is redirected.</param>
/// <param name="error">Draws on stderr (progress of commands whose stdout is data); <see langword="null"/> when redirected.</param>
internal sealed class HostTerminal(IAnsiConsole? output, IAnsiConsole? error)
{
    /// <summary>Both streams redirected: the default of <see cref="HostApp.RunAsync"/>, so embedding and tests get plain text.</summary>
    public static HostTerminal Redirected { get; } = new(null, null);

    /// <summary>The console on stdout, or <see langword="null"/> when stdout is not a terminal.</summary>
    public IAnsiConsole? Output => output;

    /// <summary>The console on stderr, or <see langword="null"/> when stderr is not a terminal.</summary>
    public IAnsiConsole? Error => error;

    /// <summary>How long a step runs before its progress bar appears (one second: shorter steps show nothing). Tests set
    /// <see cref="TimeSpan.Zero"/> to see the bar on every step without timing anything.</summary>
    public TimeSpan ProgressAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Creates the terminal of this process: a console per stream that is not redirected. Colours follow the
    /// terminal's capabilities and the <c>NO_COLOR</c> convention (Spectre.Console reads it).</summary>
    public static HostTerminal ForProcess() =>
        new(Console.IsOutputRedirected ? null : Create(Console.Out), Console.IsErrorRedirected ? null : Create(Console.Error));

    /// <summary>Turns colours off on both consoles (<c>--no-color</c>); tables and progress bars stay.</summary>
    public void DisableColors()
    {
        foreach (var console in new[] { output, error })
        {
            if (console is not null)
            {
                console.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
            }
        }
    }

    private static IAnsiConsole Create(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        // Only a stream that is a terminal gets a console, so it is interactive even when the other stream is redirected
        // (`segment rfm … > scores.csv` still shows a live bar on stderr).
        Interactive = InteractionSupport.Yes,
    });
}
