using System.Text;

namespace Crm.Core.Scheduling.Internal;

/// <summary>Reads the CSV holiday feed: a header, then one entry per line; fields may be quoted with <c>"</c> (RFC 4180,
/// one line per record). A quoting error is reported on its line and reading goes on at the next line.</summary>
internal static class HolidayFeedCsv
{
    private static readonly string[] Columns = ["kind", "hijri_year", "hijri_month", "date", "length", "title", "province"];

    public static void Read(string text, HolidayFeedBuilder builder)
    {
        var lineNumber = 0;
        var headerSeen = false;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!TrySplit(line, out var cells, out var quoteError))
            {
                builder.Error(lineNumber, "(line)", "csv-quote", line, quoteError);
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                var header = string.Join(",", cells.Select(c => c.Trim().ToLowerInvariant()));
                if (header != string.Join(",", Columns))
                {
                    builder.Error(lineNumber, "(header)", "header", line, $"The header must be '{string.Join(",", Columns)}'.");
                    return;
                }

                continue;
            }

            if (cells.Count != Columns.Length)
            {
                builder.Error(lineNumber, "(line)", "columns", line, $"The line has {cells.Count} fields; {Columns.Length} are expected.",
                    $"این سطر {HolidayFeedMessages.Digits(cells.Count)} فیلد دارد و {HolidayFeedMessages.Digits(Columns.Length)} فیلد لازم است");
                continue;
            }

            var kind = cells[0].Trim().ToLowerInvariant();
            switch (kind)
            {
                case "month":
                    builder.Month(lineNumber, cells[1], cells[2], cells[3], cells[4]);
                    break;
                case "closure":
                    builder.Closure(lineNumber, cells[3], cells[5], cells[6]);
                    break;
                case "cancel":
                    builder.Cancellation(lineNumber, cells[3]);
                    break;
                default:
                    builder.Error(lineNumber, "kind", "kind", cells[0], $"'{cells[0].Trim()}' is not a kind; write month, closure or cancel.");
                    break;
            }
        }

        if (!headerSeen)
        {
            builder.Error(1, "(header)", "header", "", $"The feed is empty; the header '{string.Join(",", Columns)}' is expected.",
                $"فید خالی است؛ سطر سرستون {string.Join(",", Columns)} لازم است");
        }
    }

    private static bool TrySplit(string line, out List<string> cells, out string error)
    {
        cells = [];
        error = "";
        var cell = new StringBuilder();
        var i = 0;
        while (true)
        {
            cell.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        error = "A quoted field is not closed.";
                        return false;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    error = $"Text follows a closing quote at column {i + 1}.";
                    return false;
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    if (line[i] == '"')
                    {
                        error = $"A quote inside an unquoted field at column {i + 1}.";
                        return false;
                    }

                    cell.Append(line[i++]);
                }
            }

            cells.Add(cell.ToString());
            if (i >= line.Length)
            {
                return true;
            }

            i++;
        }
    }
}
