using Crm.Core.Persian;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Crm.Sample.Host.Terminal;

/// <summary>Small helpers for the host's tables: every cell is plain text (never parsed as Spectre markup, so a customer's
/// name with '[' is shown as typed), Persian text stays in logical order (terminals apply the bidi algorithm themselves),
/// and Persian dates are shown with Persian digits.</summary>
internal static class TerminalTable
{
    /// <summary>Creates a table with the given column headings; a heading starting with '>' is right-aligned (numbers).</summary>
    public static Table Create(params string[] headings)
    {
        var table = new Table().RoundedBorder();
        foreach (var heading in headings)
        {
            var right = heading.StartsWith('>');
            var column = new TableColumn(new Text(right ? heading[1..] : heading));
            table.AddColumn(right ? column.RightAligned() : column);
        }

        return table;
    }

    /// <summary>Adds a row of plain-text cells.</summary>
    public static Table Row(this Table table, params string[] cells)
    {
        table.AddRow(cells.Select(c => (IRenderable)new Text(c)));
        return table;
    }

    /// <summary>Writes a table of plain-text rows, with an optional title above and caption below.</summary>
    public static void Table(this IAnsiConsole console, string? title, string[] headings, IEnumerable<string[]> rows, string? caption = null)
    {
        var table = Create(headings);
        foreach (var row in rows)
        {
            table.Row(row);
        }

        if (title is not null)
        {
            table.Title = new TableTitle(title);
        }

        if (caption is not null)
        {
            table.Caption = new TableTitle(caption);
        }

        console.Write(table);
    }

    /// <summary>Writes a section heading (a rule with the title on the left).</summary>
    public static void Heading(this IAnsiConsole console, string title)
    {
        console.WriteLine();
        console.Write(new Rule(Markup.Escape(title)) { Justification = Justify.Left });
    }

    /// <summary>Writes one line of plain text.</summary>
    public static void Line(this IAnsiConsole console, string text) => console.Write(new Text(text + Environment.NewLine));

    /// <summary>Formats a date as Solar Hijri yyyy/MM/dd with Persian digits ("۱۴۰۵/۰۲/۰۱").</summary>
    public static string Fa(LocalDate date) => PersianDateFormat.Format(date, PersianDateDigits.Persian);

    /// <summary>Shows a Solar Hijri date written with ASCII digits ("1405/02/01") with Persian digits ("۱۴۰۵/۰۲/۰۱").</summary>
    public static string Fa(string persianDate) => PersianDigits.ToPersian(persianDate);
}
