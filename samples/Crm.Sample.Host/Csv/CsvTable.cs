using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Crm.Sample.Host.Csv;

/// <summary>
/// A CSV file read with CsvHelper: the header, every row with its 1-based line number, and every line that could not be
/// read as a row. A record never spans lines (the host's customer files hold no multi-line cells), so a quoting error
/// costs exactly its own line: the reader resynchronises at the next line, and data lines read = <see cref="Rows"/> +
/// <see cref="Problems"/>.
/// </summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows, IReadOnlyList<CsvProblem> Problems)
{
    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        MissingFieldFound = null,
        DetectColumnCountChanges = false,
        HasHeaderRecord = false,
        Mode = CsvMode.RFC4180,
    };

    /// <summary>Reads a UTF-8 CSV file with a header row.</summary>
    /// <exception cref="CsvUnreadableException">The file is missing, empty, not UTF-8, or its header is not valid CSV or
    /// names a column twice.</exception>
    public static CsvTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CsvUnreadableException($"cannot read '{path}': file not found");
        }

        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> lead = stackalloc byte[2];
            var leadLength = stream.ReadAtLeast(lead, 2, throwOnEndOfStream: false);
            if (leadLength == 2 && ((lead[0] == 0xFF && lead[1] == 0xFE) || (lead[0] == 0xFE && lead[1] == 0xFF)))
            {
                throw new CsvUnreadableException($"cannot read '{path}': the file starts with a UTF-16 byte-order mark; save it as UTF-8");
            }

            stream.Position = 0;
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: false);
            return Read(reader, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CsvUnreadableException($"cannot read '{path}': {ex.Message.Split('\n')[0].Trim()}");
        }
    }

    /// <summary>Reads CSV text with a header row; <paramref name="name"/> names the source in messages.</summary>
    public static CsvTable Read(TextReader reader, string name)
    {
        var header = ReadHeader(reader, name);
        var rows = new List<CsvRow>();
        var problems = new List<CsvProblem>();
        foreach (var (row, problem) in ReadLines(reader, header))
        {
            if (row is not null)
            {
                rows.Add(row);
            }
            else
            {
                problems.Add(problem!);
            }
        }

        return new CsvTable(header, rows, problems);
    }

    /// <summary>Opens a UTF-8 CSV file for reading one line at a time (memory does not grow with the file): the header
    /// is read and checked now, the lines as <see cref="CsvStream.Lines"/> is enumerated.</summary>
    /// <exception cref="CsvUnreadableException">As <see cref="Read(string)"/>.</exception>
    public static CsvStream Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new CsvUnreadableException($"cannot read '{path}': file not found");
        }

        StreamReader? reader = null;
        try
        {
            var stream = File.OpenRead(path);
            Span<byte> lead = stackalloc byte[2];
            var leadLength = stream.ReadAtLeast(lead, 2, throwOnEndOfStream: false);
            stream.Position = 0;
            reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: false);
            if (leadLength == 2 && ((lead[0] == 0xFF && lead[1] == 0xFE) || (lead[0] == 0xFE && lead[1] == 0xFF)))
            {
                throw new CsvUnreadableException($"cannot read '{path}': the file starts with a UTF-16 byte-order mark; save it as UTF-8");
            }

            var header = ReadHeader(reader, path);
            return new CsvStream(header, ReadLines(reader, header), reader);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reader?.Dispose();
            throw new CsvUnreadableException($"cannot read '{path}': {ex.Message.Split('\n')[0].Trim()}");
        }
        catch
        {
            reader?.Dispose();
            throw;
        }
    }

    private static string[] ReadHeader(TextReader reader, string name)
    {
        var first = reader.ReadLine()?.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(first))
        {
            throw new CsvUnreadableException($"cannot read '{name}': the file has no header row");
        }

        if (!TryFields(first, out var header, out var headerProblem))
        {
            throw new CsvUnreadableException($"cannot read '{name}': the header row is not valid CSV: {headerProblem}");
        }

        header = [.. header.Select(h => h.Trim())];
        var duplicate = header.Select((h, i) => (h, i)).GroupBy(c => c.h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CsvUnreadableException($"cannot read '{name}': the header names column '{duplicate.Key}' twice (columns "
                + string.Join(" and ", duplicate.Select(c => (c.i + 1).ToString(CultureInfo.InvariantCulture))) + ")");
        }

        return header;
    }

    /// <summary>Every data line after the header: a row, or the problem that kept it from being one.</summary>
    private static IEnumerable<(CsvRow? Row, CsvProblem? Problem)> ReadLines(TextReader reader, string[] header)
    {
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.Contains('\uFFFD', StringComparison.Ordinal))
            {
                yield return (null, new CsvProblem(lineNumber, "csv.encoding", "the line is not valid UTF-8 (a byte sequence could not be decoded)"));
                continue;
            }

            if (!TryFields(line, out var cells, out var problem))
            {
                yield return (null, new CsvProblem(lineNumber, "csv.quote", problem!));
                continue;
            }

            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                fields[header[i]] = i < cells.Length ? cells[i] : null;
            }

            yield return (new CsvRow(lineNumber, fields, cells.Length), null);
        }
    }

    /// <summary>Splits one line into fields with CsvHelper (RFC 4180 quoting); a quote left open at the end of the line, or
    /// a stray quote inside an unquoted field, is a problem of this line only.</summary>
    private static bool TryFields(string line, out string[] fields, out string? problem)
    {
        fields = [];
        if (line.Count(c => c == '"') % 2 != 0)
        {
            problem = "a quote is opened and not closed on this line (a cell cannot continue on the next line)";
            return false;
        }

        string? bad = null;
        var config = Config with { BadDataFound = args => bad ??= args.Field };
        using var parser = new CsvParser(new StringReader(line), config);
        if (!parser.Read() || parser.Record is not { } record)
        {
            problem = "the line holds no fields";
            return false;
        }

        if (bad is not null)
        {
            problem = $"a quote inside an unquoted cell ('{(bad.Length > 40 ? bad[..40] + "…" : bad)}'); quote the whole cell and double the inner quote";
            return false;
        }

        fields = record;
        problem = null;
        return true;
    }
}

/// <summary>A CSV file open for streaming (<see cref="CsvTable.Open"/>): its header and its lines, read as they are
/// enumerated (once). Dispose it to close the file.</summary>
internal sealed class CsvStream(IReadOnlyList<string> header, IEnumerable<(CsvRow? Row, CsvProblem? Problem)> lines, IDisposable file) : IDisposable
{
    public IReadOnlyList<string> Header { get; } = header;

    public IEnumerable<(CsvRow? Row, CsvProblem? Problem)> Lines { get; } = lines;

    public void Dispose() => file.Dispose();
}

/// <summary>One data row: its line number in the file, its fields by header name, and how many fields it had.</summary>
internal sealed record CsvRow(int Line, IReadOnlyDictionary<string, string?> Fields, int FieldCount);

/// <summary>A line that could not be read as a row: its number, the rule and why.</summary>
internal sealed record CsvProblem(int Line, string Rule, string Message);

/// <summary>The file cannot be read as CSV at all (exit code 2).</summary>
internal sealed class CsvUnreadableException(string message) : Exception(message);
