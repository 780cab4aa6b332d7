using System.Globalization;
using Crm.Sample.Host.Report;
using Spectre.Console;

namespace Crm.Sample.Host.Terminal;

/// <summary>Making the report on a terminal (<c>demo</c>, <c>report</c>): a progress display with one bar per step, then the
/// plain step lines with their times (dimmed) and the first rows of the report's tables.</summary>
internal static class ReportProgress
{
    /// <summary>Runs <paramref name="write"/> (given the writer for its step lines and the hooks for the display) and returns
    /// its result, the path of index.html.</summary>
    public static async Task<string> RunAsync(IAnsiConsole console, Func<TextWriter, ReportHooks, Task<string>> write)
    {
        // The step lines wait until the live display is finished: written during it, they would tear it.
        using var log = new StringWriter(CultureInfo.InvariantCulture);
        IReadOnlyList<ReportSection> sections = [];
        var page = await TerminalProgress.StepsAsync(console, step => write(log, new ReportHooks(step, built => sections = built))).ConfigureAwait(false);
        console.Write(new Text(log.ToString(), new Style(decoration: Decoration.Dim)));
        ReportView.Render(console, sections);
        return page;
    }
}
