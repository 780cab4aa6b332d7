using System.Text.RegularExpressions;

namespace Crm.Sample.Host.Csv;

/// <summary>
/// Makes CSV cells safe to open in spreadsheet programs: a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, tab or carriage return would be read as a formula (CSV injection), so it is prefixed with a single
/// quote, which spreadsheets show as text. Plain numbers such as <c>-12.5</c> are left alone so numeric columns stay
/// numeric; they cannot carry a formula.
/// </summary>
internal static partial class CsvInjectionGuard
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula when they come first.</summary>
    public static IReadOnlyList<char> Triggers { get; } = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Returns <paramref name="cell"/> unchanged when it is safe, else prefixed with a single quote.</summary>
    /// <example><c>Neutralize("=SUM(A1)")</c> is <c>'=SUM(A1)</c>; <c>Neutralize("-3")</c> is <c>-3</c>.</example>
    public static string Neutralize(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return NeedsGuard(cell) ? "'" + cell : cell;
    }

    /// <summary>Tells whether a cell would be read as a formula: it starts with a trigger and is not a plain number.</summary>
    public static bool NeedsGuard(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && Triggers.Contains(cell[0]) && !PlainNumber().IsMatch(cell);
    }

    /// <summary>Writes one CSV record: every cell neutralised, then quoted when it holds a comma, quote or line break.</summary>
    public static void WriteRecord(TextWriter writer, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            writer.Write(Cell(cell));
        }

        writer.Write("\r\n");
    }

    /// <summary>Returns the cell as written to a CSV file: neutralised, then quoted (inner quotes doubled) when it holds a
    /// comma, quote or line break; a safe cell comes back as the same instance.</summary>
    public static string Cell(string cell)
    {
        var safe = Neutralize(cell);
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
