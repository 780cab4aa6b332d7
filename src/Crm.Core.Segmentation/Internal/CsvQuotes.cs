using System.Globalization;
using Crm.Core.Customers;
using nietras.SeparatedValues;

namespace Crm.Core.Segmentation.Internal;

/// <summary>RFC 4180 quoting of the fields of a row read with Sep's <c>Unescape = false</c>: a field is either unquoted
/// and holds no quote, or wrapped in quotes (spaces around them allowed) with every inner quote doubled.</summary>
internal static class CsvQuotes
{
    private const int Shown = 40;

    /// <summary>The <c>csv.quote</c> error of the first badly quoted field of <paramref name="row"/>;
    /// <see langword="null"/> when every field is well quoted.</summary>
    public static ValidationError? Error(SepReader.Row row, string[] names)
    {
        for (var i = 0; i < row.ColCount; i++)
        {
            var field = row[i].Span;
            var trimmed = field.Trim(' ');
            string? why = null;
            if (trimmed.StartsWith('"'))
            {
                if (!IsClosed(trimmed))
                {
                    why = "a quote opens the field and does not close it at its end (a quoted field ends with a quote right before the separator or the line's end; double each quote inside)";
                }
            }
            else if (trimmed.Contains('"'))
            {
                why = "a quote inside an unquoted field; quote the whole field and double the inner quote";
            }

            if (why is not null)
            {
                var name = i < names.Length ? names[i] : "row";
                var value = FirstLine(field);
                return new ValidationError(name, "csv.quote", value, string.Create(CultureInfo.InvariantCulture,
                    $"Rule 'csv.quote' failed for value '{value}' in field '{name}': {why}; the lines after it are read as rows of their own."));
            }
        }

        return null;
    }

    /// <summary>
    /// A reader over the lines after the first line of a row's text (a row with a quote error swallowed them), or
    /// <see langword="null"/> when the row is one line. The lines come behind a one-line header of the reader's own,
    /// so the first of them is the reader's line 2 (Sep numbers the first row of a reader without a header 2, the next
    /// also 2): the line in the file is the row's first line − 1 + the reader's <c>LineNumberFrom</c>.
    /// </summary>
    public static SepReader? LinesAfterTheFirst(ReadOnlySpan<char> rowText, char separator, bool unescape)
    {
        var end = rowText.IndexOfAny('\r', '\n');
        if (end < 0)
        {
            return null;
        }

        var rest = rowText[(end + (rowText[end..].StartsWith("\r\n", StringComparison.Ordinal) ? 2 : 1))..].ToString();
        return Sep.New(separator).Reader(o => o with { HasHeader = true, Unescape = unescape, DisableColCountCheck = true }).FromText("h\n" + rest);
    }

    /// <summary>The text of a well-quoted field: without its quotes and with each doubled inner quote made single; an
    /// unquoted field as it is.</summary>
    public static string Unquote(ReadOnlySpan<char> field)
    {
        var trimmed = field.Trim(' ');
        if (!trimmed.StartsWith('"') || !IsClosed(trimmed))
        {
            return field.ToString();
        }

        return trimmed[1..^1].ToString().Replace("\"\"", "\"", StringComparison.Ordinal);
    }

    /// <summary>Whether a field that starts with a quote ends with its closing quote, every quote between being doubled.</summary>
    private static bool IsClosed(ReadOnlySpan<char> quoted)
    {
        if (quoted.Length < 2 || quoted[^1] != '"')
        {
            return false;
        }

        var inner = quoted[1..^1];
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                if (i + 1 >= inner.Length || inner[i + 1] != '"')
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    private static string FirstLine(ReadOnlySpan<char> field)
    {
        var end = field.IndexOfAny('\r', '\n');
        var line = end < 0 ? field : field[..end];
        return line.Length > Shown ? string.Concat(line[..Shown], "…") : line.ToString();
    }
}
