using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Segmentation.Internal;
using nietras.SeparatedValues;

namespace Crm.Core.Segmentation;

/// <summary>
/// Streams a customers CSV (the columns of <see cref="CustomerRecordColumns"/>, as <c>customers validate</c> reads them)
/// through a <see cref="CustomerRecordImporter"/>, one record at a time: memory holds one row, whatever the file's size
/// (the importer itself remembers the codes it has seen, to report repeats).
/// </summary>
/// <remarks>
/// <para>UTF-8 with or without a byte order mark, LF or CRLF, quoted fields (with separators, quotes or newlines inside),
/// a missing final newline: all are read. Blank lines are skipped.</para>
/// <para>Nothing is dropped silently: every data row yields one <see cref="CustomerCsvRecord"/>, valid or not (rows read
/// = valid + invalid). Headers may use the canonical names or any spelling of <see cref="CustomerRecordColumns.Aliases"/>
/// (Persian or English; <see cref="CustomerRecordColumns.Canonical"/>). A header column the importer does not know is
/// reported first, as a record of line 1 with rule <c>csv.unknown-column</c> (its cells are not read); two headers that name
/// the same column (say <c>mobile</c> and «موبایل») are <c>csv.duplicate-column</c>, naming both, on that record and on
/// every row (no customer: which of the two to read is never guessed); a row with more fields than the header has the
/// error <c>csv.field-count</c> (and no customer); a row with fewer leaves the missing columns empty; bytes that are not
/// UTF-8 are <c>csv.encoding</c>.</para>
/// <para>A quote that breaks RFC 4180 (a quoted field not closed at its end, or a quote inside an unquoted field) is
/// <c>csv.quote</c> and costs its first line only: the parser pairs such a quote with the next one and reads on through
/// the following lines, so the lines after the first are read again, each as the row it starts (a well-quoted field with
/// a line break that was caught up in it is then reported line by line, never dropped).</para>
/// </remarks>
/// <example><code>
/// using var file = File.OpenRead("customers.csv");
/// foreach (var record in CustomerCsvImporter.Read(file, importer, new ChangeStamp("import", now)))
/// {
///     if (record.Customer is { } customer) { /* store it */ }
///     else { /* report record.Line and record.Errors */ }
/// }
/// </code></example>
public static class CustomerCsvImporter
{
    private const int ProgressEvery = 1 << 12;

    /// <summary>Reads customer records from a stream, lazily: each record is read when the enumeration asks for it.</summary>
    /// <param name="stream">The CSV text; it is not closed.</param>
    /// <param name="importer">Validates each record and builds its customer (with the organisation's lists).</param>
    /// <param name="created">Who imports the records and when (each customer's <c>created</c> stamp).</param>
    /// <param name="progress">Receives (rows, bytes) every 4,096 rows and once at the end; may be <see langword="null"/>.</param>
    /// <param name="separator">The field separator; <c>,</c> by default.</param>
    /// <param name="cancellationToken">Stops the enumeration with <see cref="OperationCanceledException"/>.</param>
    /// <returns>One record per data row (and one for the header when it names unknown or duplicate columns), in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="importer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="created"/> is <c>default</c>, or <paramref name="separator"/> is a
    /// quote, a line break or a letter or digit.</exception>
    public static IEnumerable<CustomerCsvRecord> Read(
        Stream stream, CustomerRecordImporter importer, ChangeStamp created, IProgress<PurchaseImportProgress>? progress = null,
        char separator = ',', CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(importer);
        Guard.Against.Default(created);
        if (separator is '"' or '\r' or '\n' || char.IsLetterOrDigit(separator))
        {
            throw new ArgumentException($"The separator '{separator}' (U+{(int)separator:X4}) cannot separate CSV fields; use a comma, semicolon, tab or the like.", nameof(separator));
        }

        return ReadRecords(stream, importer, created, progress, separator, cancellationToken);
    }

    private static IEnumerable<CustomerCsvRecord> ReadRecords(
        Stream stream, CustomerRecordImporter importer, ChangeStamp created, IProgress<PurchaseImportProgress>? progress,
        char separator, CancellationToken cancellationToken)
    {
        var counted = new CountingStream(stream);
        using var reader = Sep.New(separator).Reader(o => o with { HasHeader = true, Unescape = false, DisableColCountCheck = true })
            .From(counted);
        var header = Header.Read([.. reader.Header.ColNames.Select(n => CsvQuotes.Unquote(n.AsSpan().Trim()).Trim())]);
        if (header.Errors.Count > 0)
        {
            yield return new CustomerCsvRecord(1, null, header.Errors, []);
        }

        long rows = 0;
        var records = new List<CustomerCsvRecord>(1);
        while (reader.MoveNext())
        {
            records.Clear();
            ToRecords(reader.Current, 0, header, importer, created, separator, records);
            foreach (var record in records)
            {
                if (++rows % ProgressEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new PurchaseImportProgress(rows, counted.BytesRead));
                }

                yield return record;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new PurchaseImportProgress(rows, counted.BytesRead));
    }

    /// <summary>The record of one row (none for a blank line). A row with a quote error (<c>csv.quote</c>) costs only its
    /// first line: a quote left open makes the parser read on through the next lines, so those lines are read again as
    /// rows of their own (<paramref name="lineOffset"/> is added to the line numbers of such a re-read).</summary>
    private static void ToRecords(
        SepReader.Row row, long lineOffset, Header header, CustomerRecordImporter importer, ChangeStamp created, char separator,
        List<CustomerCsvRecord> into)
    {
        if (row.ColCount == 1 && row.Span.IsWhiteSpace())
        {
            return;
        }

        var line = lineOffset + row.LineNumberFrom;
        var names = header.Names;
        if (CsvRows.EncodingError(row, names) is { } encoding)
        {
            into.Add(new CustomerCsvRecord(line, null, [encoding], []));
            return;
        }

        if (CsvQuotes.Error(row, names) is not { } quote)
        {
            into.Add(ToRecord(row, line, header, importer, created));
            return;
        }

        into.Add(new CustomerCsvRecord(line, null, [quote], []));
        using var again = CsvQuotes.LinesAfterTheFirst(row.Span, separator, unescape: false);
        while (again?.MoveNext() == true)
        {
            ToRecords(again.Current, line - 1, header, importer, created, separator, into);
        }
    }

    private static CustomerCsvRecord ToRecord(SepReader.Row row, long line, Header header, CustomerRecordImporter importer, ChangeStamp created)
    {
        var names = header.Names;
        var fields = new Dictionary<string, string?>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(row.ColCount, names.Length); i++)
        {
            if (header.Columns[i] is { } column)
            {
                fields[column] = CsvQuotes.Unquote(row[i].Span);
            }
        }

        var result = importer.Import(fields, created);
        if (row.ColCount <= names.Length && header.Duplicates.Count == 0)
        {
            return new CustomerCsvRecord(line, result.Customer, result.Errors, result.Warnings);
        }

        List<ValidationError> errors = [.. result.Errors, .. header.Duplicates];
        if (row.ColCount > names.Length)
        {
            var count = row.ColCount.ToString(CultureInfo.InvariantCulture);
            errors.Add(new ValidationError("row", "csv.field-count", count, string.Create(CultureInfo.InvariantCulture,
                $"Rule 'csv.field-count' failed for value '{count}': the row has {row.ColCount} fields but the header has {names.Length}.")));
        }

        return new CustomerCsvRecord(line, null, errors, result.Warnings);
    }

    /// <summary>The header: the names as written, the canonical column of each (<see langword="null"/> for an unknown
    /// column and for every column of a duplicated one, which no row reads), and its errors.</summary>
    private sealed record Header(string[] Names, string?[] Columns, IReadOnlyList<ValidationError> Errors, IReadOnlyList<ValidationError> Duplicates)
    {
        public static Header Read(string[] names)
        {
            var columns = names.Select(CustomerRecordColumns.Canonical).ToArray();
            var unknown = names.Where((_, i) => columns[i] is null).Select(UnknownColumn).ToArray();
            var duplicates = names.Select((name, i) => (Name: name, Column: columns[i]))
                .Where(h => h.Column is not null)
                .GroupBy(h => h.Column!, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .Select(g => DuplicateColumn(g.Key, [.. g.Select(h => h.Name)]))
                .ToArray();
            foreach (var duplicate in duplicates)
            {
                for (var i = 0; i < columns.Length; i++)
                {
                    if (columns[i] == duplicate.Field)
                    {
                        columns[i] = null;
                    }
                }
            }

            return new Header(names, columns, [.. unknown, .. duplicates], duplicates);
        }
    }

    private static ValidationError UnknownColumn(string column) =>
        new(column, "csv.unknown-column", column, string.Create(CultureInfo.InvariantCulture,
            $"Rule 'csv.unknown-column' failed for value '{column}': the header names a column that is not known (known: {string.Join(", ", CustomerRecordColumns.All)})."));

    private static ValidationError DuplicateColumn(string column, string[] headers)
    {
        var value = string.Join(", ", headers);
        return new(column, "csv.duplicate-column", value, string.Create(CultureInfo.InvariantCulture,
            $"Rule 'csv.duplicate-column' failed for {column} value '{value}': {headers.Length} headers name the column {column}, so no row knows which to read; keep one."));
    }
}
