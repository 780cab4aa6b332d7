using System.Globalization;
using System.Text;
using Crm.Core.Customers;
using Crm.Core.Segmentation;
using nietras.SeparatedValues;

namespace Crm.Sample.Host.Csv;

/// <summary>
/// A customers CSV open for the library's streaming <see cref="CustomerCsvImporter"/>: the file is checked first (it
/// exists, is not UTF-16, has a header row that names no column twice), then <see cref="Records"/> reads it one record at a
/// time as it is enumerated (once). Dispose it to close the file.
/// </summary>
internal sealed class CustomersCsv : IDisposable
{
    private readonly Stream file;

    private CustomersCsv(Stream file, IReadOnlyList<string> header, IEnumerable<CustomerCsvRecord> records)
    {
        this.file = file;
        Header = header;
        Records = records;
    }

    /// <summary>Gets the header's column names, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Gets one record per data row, and first one of line 1 when the header names unknown columns.</summary>
    public IEnumerable<CustomerCsvRecord> Records { get; }

    /// <summary>Opens <paramref name="path"/>; <paramref name="bytes"/> hears how many bytes have been read (a progress bar).</summary>
    /// <exception cref="CsvUnreadableException">The file is missing, unreadable, empty, UTF-16, or its header names a
    /// column twice.</exception>
    public static CustomersCsv Open(string path, CustomerRecordImporter importer, ChangeStamp stamp, IProgress<long>? bytes = null,
        CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new CsvUnreadableException($"cannot read '{path}': file not found");
        }

        Stream? stream = null;
        try
        {
            stream = File.OpenRead(path);
            var header = ReadHeader(stream, path);
            stream.Position = 0;
            var progress = bytes is null ? null : new ImportBytes(bytes);
            return new CustomersCsv(stream, header, CustomerCsvImporter.Read(stream, importer, stamp, progress, cancellationToken: cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
            throw new CsvUnreadableException($"cannot read '{path}': {ex.Message.Split('\n')[0].Trim()}");
        }
        catch
        {
            stream?.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => file.Dispose();

    private static string[] ReadHeader(Stream stream, string path)
    {
        Span<byte> lead = stackalloc byte[2];
        if (stream.ReadAtLeast(lead, 2, throwOnEndOfStream: false) == 2 && ((lead[0] == 0xFF && lead[1] == 0xFE) || (lead[0] == 0xFE && lead[1] == 0xFF)))
        {
            throw new CsvUnreadableException($"cannot read '{path}': the file starts with a UTF-16 byte-order mark; save it as UTF-8");
        }

        stream.Position = 0;
        string? first;
        using (var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            first = reader.ReadLine()?.TrimStart('\uFEFF');
        }

        if (string.IsNullOrWhiteSpace(first))
        {
            throw new CsvUnreadableException($"cannot read '{path}': the file has no header row");
        }

        string[] header;
        using (var names = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(first))
        {
            names.MoveNext();
            header = [.. Enumerable.Range(0, names.Current.ColCount).Select(i => names.Current[i].ToString().Trim())];
        }

        var duplicate = header.Select((h, i) => (h, i)).GroupBy(c => c.h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CsvUnreadableException($"cannot read '{path}': the header names column '{duplicate.Key}' twice (columns "
                + string.Join(" and ", duplicate.Select(c => (c.i + 1).ToString(CultureInfo.InvariantCulture))) + ")");
        }

        return header;
    }
}
