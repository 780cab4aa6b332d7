using System.Globalization;
using Crm.Core.ToneLint;
using Spectre.Console;

namespace Crm.Sample.Host.Terminal;

/// <summary>The tone-lint section of <c>demo</c> (and <c>lint</c>'s text output) on a terminal: the draft, its findings as a
/// table, and the text after mechanical fixes.</summary>
internal static class ToneLintView
{
    /// <summary>Writes the score and one row per finding (position, severity, rule, message, first suggestion).</summary>
    public static void Findings(IAnsiConsole console, ToneLintResult result, int limit = int.MaxValue)
    {
        var culture = CultureInfo.InvariantCulture;
        var title = $"score {result.Score.ToString(culture)}/100, {result.Diagnostics.Count.ToString(culture)} finding(s)";
        if (result.Diagnostics.Count == 0)
        {
            console.Line(title);
            return;
        }

        var table = TerminalTable.Create(">Line:col", "Severity", "Rule", "Message", "Suggestion");
        table.Title = new TableTitle(title);
        foreach (var d in result.Diagnostics.Take(limit))
        {
            table.Row($"{d.Span.Line.ToString(culture)}:{d.Span.Column.ToString(culture)}", d.Severity.ToString().ToLowerInvariant(), $"{d.RuleId} [{d.CategoryId}]", d.Message,
                d.Suggestions.Count > 0 ? d.Suggestions[0].Replacement : string.Empty);
        }

        console.Write(table);
    }

    /// <summary>Writes one draft of the demo: the text, its findings, and the fixed text with its new score when fixes changed it.</summary>
    public static void Draft(IAnsiConsole console, int number, string text, ToneLintResult result, string? fixedText, int? fixedScore)
    {
        console.Write(new Panel(new Text(text)) { Header = new PanelHeader($"Draft {number.ToString(CultureInfo.InvariantCulture)}") }.Expand());
        Findings(console, result);
        if (fixedText is not null)
        {
            console.Write(new Panel(new Text(fixedText)) { Header = new PanelHeader($"After mechanical fixes (score {fixedScore?.ToString(CultureInfo.InvariantCulture)})") }.Expand());
        }
    }
}
