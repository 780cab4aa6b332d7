using System.Globalization;
using Crm.Core.Persian;
using Crm.Sample.Host.Report;
using Spectre.Console;

namespace Crm.Sample.Host.Terminal;

/// <summary>The report's sections on a terminal, after the progress display: the first rows of each section's table (the
/// whole tables are in the HTML page and the CSV exports).</summary>
internal static class ReportView
{
    /// <summary>How many rows of each table the terminal shows.</summary>
    public const int Rows = 8;

    public static void Render(IAnsiConsole console, IReadOnlyList<ReportSection> sections)
    {
        foreach (var section in sections)
        {
            if (section.Table is not { } data || data.Headers.Count == 0 || data.Rows.Count == 0)
            {
                continue;
            }

            var table = TerminalTable.Create([.. data.Headers]);
            table.Title = new TableTitle(section.Title);
            foreach (var row in data.Rows.Take(Rows))
            {
                table.Row([.. row.Take(data.Headers.Count).Select(PersianDate), .. Enumerable.Repeat(string.Empty, Math.Max(0, data.Headers.Count - row.Count))]);
            }

            if (data.Rows.Count > Rows)
            {
                table.Caption = new TableTitle(string.Create(CultureInfo.InvariantCulture, $"first {Rows} of {data.Rows.Count:#,0} rows; all in {data.CsvName}"));
            }

            console.Write(table);
        }
    }

    /// <summary>Shows a Solar Hijri date cell ("1405/10/01", as the CSV exports hold it) with Persian digits; other cells as they are.</summary>
    private static string PersianDate(string cell) =>
        cell.Length == 10 && cell[4] == '/' && cell[7] == '/' && PersianDateFormat.TryParse(cell, out _) ? PersianDigits.ToPersian(cell) : cell;
}
