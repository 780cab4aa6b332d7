using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Crm.Sample.Host.Csv;

/// <summary>A CSV file read with CsvHelper: the header and every row with its 1-based line number.</summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows)
{
    /// <summary>Reads a UTF-8 CSV file with a header row.</summary>
    /// <exception cref="CsvUnreadableException">The file is missing, empty or not valid CSV.</exception>
    public static CsvTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CsvUnreadableException($"cannot read '{path}': file not found");
        }

        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var config = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                TrimOptions = TrimOptions.Trim,
                MissingFieldFound = null,
                DetectColumnCountChanges = false,
            };
            using var csv = new CsvReader(reader, config);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                throw new CsvUnreadableException($"cannot read '{path}': the file has no header row");
            }

            var rows = new List<CsvRow>();
            while (csv.Read())
            {
                var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++)
                {
                    fields[header[i].Trim()] = csv.TryGetField<string>(i, out var value) ? value : null;
                }

                rows.Add(new CsvRow(csv.Parser.RawRow, fields, csv.Parser.Count));
            }

            return new CsvTable([.. header.Select(h => h.Trim())], rows);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CsvHelperException)
        {
            throw new CsvUnreadableException($"cannot read '{path}': {ex.Message.Split('\n')[0].Trim()}");
        }
    }
}

/// <summary>One data row: its line number in the file, its fields by header name, and how many fields it had.</summary>
internal sealed record CsvRow(int Line, IReadOnlyDictionary<string, string?> Fields, int FieldCount);

/// <summary>The file cannot be read as CSV at all (exit code 2).</summary>
internal sealed class CsvUnreadableException(string message) : Exception(message);
