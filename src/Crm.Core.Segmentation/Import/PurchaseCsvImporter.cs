using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Segmentation.Internal;
using Microsoft.Win32.SafeHandles;
using nietras.SeparatedValues;

namespace Crm.Core.Segmentation;

/// <summary>
/// Streams a purchases CSV (<c>customer_id,date,amount[,currency]</c> by default) straight into
/// <see cref="PurchaseColumns"/>: no object and no string per row, each distinct customer id parsed once.
/// </summary>
/// <remarks>
/// <para>Dates are Gregorian <c>yyyy-MM-dd</c> or Solar Hijri <c>yyyy/MM/dd</c> (<see cref="Persian.SolarHijri"/>), amounts
/// use <c>.</c> for decimals with optional <c>,</c> or <c>٬</c> thousands separators; digits may be ASCII, Persian or
/// Arabic-Indic; nothing depends on the current culture. Fields may be quoted (with separators or newlines inside).</para>
/// <para>Every bad row is reported with its line, field, rule (<c>csv.field-count</c>, <c>customer-code.*</c>,
/// <c>date.format</c>, <c>amount.format</c>, <c>currency.format</c>, <c>currency.count</c>) and value, and skipped.</para>
/// <para>Memory holds the accepted purchases as columns (25 bytes each) and the distinct customer ids; a seekable stream is
/// counted first so the columns are allocated once, at their final size when every row is good.</para>
/// </remarks>
/// <example><code>
/// var result = PurchaseCsvImporter.ReadFile("purchases.csv");
/// var summaries = ColumnarPurchaseSummarizer.Summarize(result.Purchases, asOf);
/// </code></example>
public static class PurchaseCsvImporter
{
    private const int ProgressEvery = 1 << 16;

    /// <summary>Reads a purchases CSV file (UTF-8, with or without a byte order mark).</summary>
    /// <remarks>A file of at least <see cref="PurchaseCsvOptions.MinBytesPerThread"/> × 2 bytes without a quote
    /// character is read in chunks on up to <see cref="PurchaseCsvOptions.MaxDegreeOfParallelism"/> threads, each chunk
    /// starting at a line; the result is the one reading on one thread gives: the same purchases in file order, the same
    /// customers in order of first acceptance, the same errors on the same lines.</remarks>
    /// <param name="path">The file.</param>
    /// <param name="options">Column names and defaults; <see langword="null"/> for <c>customer_id,date,amount[,currency]</c>.</param>
    /// <param name="progress">Receives (rows, bytes) every 65,536 rows and once at the end; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the import; no partial result is returned.</param>
    /// <returns>The accepted purchases and every reported row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is empty or out of range, or the default currency is not an ISO 4217 code.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static PurchaseImportResult ReadFile(
        string path, PurchaseCsvOptions? options = null, IProgress<PurchaseImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(path);
        options ??= new PurchaseCsvOptions();
        var defaultCurrency = CheckOptions(options);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        if (options.MaxDegreeOfParallelism > 1
            && FileChunks.TryPlan(handle, options.MaxDegreeOfParallelism, options.MinBytesPerThread, cancellationToken, out var chunks)
            && ReadChunks(handle, chunks, options, defaultCurrency, progress, cancellationToken) is { } result)
        {
            return result;
        }

        using var stream = new FileStream(handle, FileAccess.Read, 1 << 16);
        return Read(stream, options, progress, cancellationToken);
    }

    /// <summary>Reads purchases CSV text from a stream (UTF-8, with or without a byte order mark), to its end, on one thread.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="options">Column names and defaults; <see langword="null"/> for <c>customer_id,date,amount[,currency]</c>.</param>
    /// <param name="progress">Receives (rows, bytes) every 65,536 rows and once at the end; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the import; no partial result is returned.</param>
    /// <returns>The accepted purchases and every reported row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is empty or out of range, or the default currency is not an ISO 4217 code.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static PurchaseImportResult Read(
        Stream stream, PurchaseCsvOptions? options = null, IProgress<PurchaseImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        options ??= new PurchaseCsvOptions();
        var defaultCurrency = CheckOptions(options);
        var capacity = stream.CanSeek ? CountRows(stream, cancellationToken) : 1 << 16;
        var counted = new CountingStream(stream);
        using var reader = Sep.New(options.Separator).Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true })
            .From(counted);
        var builder = new ColumnsBuilder(capacity, defaultCurrency);
        var errors = new List<PurchaseImportError>();
        var names = reader.Header.ColNames.Select(n => n.Trim()).ToArray();
        if (Columns(names, options) is not { } columns)
        {
            errors.Add(HeaderError(names, options));
            return new PurchaseImportResult(builder.Build(), errors, 0);
        }

        var batch = new PurchaseRowBatch(names, string.Join(',', names), columns.Customer, columns.Date, columns.Amount, columns.Currency);
        var rows = ReadRows(reader, batch, builder, errors, rows => progress?.Report(new PurchaseImportProgress(rows, counted.BytesRead)), cancellationToken, null, options.Separator);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new PurchaseImportProgress(rows, counted.BytesRead));
        return new PurchaseImportResult(builder.Build(batch.Interner.Customers), errors, rows);
    }

    private static string CheckOptions(PurchaseCsvOptions options)
    {
        Guard.Against.NullOrWhiteSpace(options.CustomerIdColumn);
        Guard.Against.NullOrWhiteSpace(options.DateColumn);
        Guard.Against.NullOrWhiteSpace(options.AmountColumn);
        Guard.Against.OutOfRange(options.MaxDegreeOfParallelism, nameof(options.MaxDegreeOfParallelism), 1, 512,
            string.Create(CultureInfo.InvariantCulture, $"{nameof(PurchaseCsvOptions.MaxDegreeOfParallelism)} must be 1 to 512; it was {options.MaxDegreeOfParallelism}."));
        Guard.Against.OutOfRange(options.MinBytesPerThread, nameof(options.MinBytesPerThread), 1, long.MaxValue,
            string.Create(CultureInfo.InvariantCulture, $"{nameof(PurchaseCsvOptions.MinBytesPerThread)} must be at least 1; it was {options.MinBytesPerThread}."));
        return new Money(0m, options.DefaultCurrency).Currency;
    }

    private static (int Customer, int Date, int Amount, int Currency)? Columns(string[] names, PurchaseCsvOptions options)
    {
        int customer = Array.IndexOf(names, options.CustomerIdColumn), date = Array.IndexOf(names, options.DateColumn);
        int amount = Array.IndexOf(names, options.AmountColumn), currency = Array.IndexOf(names, options.CurrencyColumn);
        return customer < 0 || date < 0 || amount < 0 ? null : (customer, date, amount, currency);
    }

    private static PurchaseImportError HeaderError(string[] names, PurchaseCsvOptions options)
    {
        var missing = new[] { options.CustomerIdColumn, options.DateColumn, options.AmountColumn }.Where(c => Array.IndexOf(names, c) < 0).ToArray();
        var header = string.Join(options.Separator, names);
        return new PurchaseImportError(1, new ValidationError(missing[0], "csv.header", header, string.Create(CultureInfo.InvariantCulture,
            $"Rule 'csv.header' failed for value '{header}': the header has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}.")));
    }

    /// <summary>Reads every row of <paramref name="reader"/> into <paramref name="builder"/> or <paramref name="errors"/>;
    /// returns the number of rows (blank lines are not rows). <paramref name="report"/> hears every 65,536th row.
    /// <paramref name="lineOffset"/> is <see langword="null"/> for a whole file (Sep numbers the lines) or, for a chunk
    /// read from the middle of a file without quotes (a row is a line), the number of lines before it: a row's line is
    /// then its index in the chunk plus 1 plus the offset (Sep's <c>LineNumberFrom</c> says 2 for the first row of a
    /// reader without a header).</summary>
    private static long ReadRows(SepReader reader, PurchaseRowBatch batch, ColumnsBuilder builder, List<PurchaseImportError> errors,
        Action<long> report, CancellationToken cancellationToken, long? lineOffset, char separator)
    {
        long rows = 0;
        foreach (var row in reader)
        {
            var line = lineOffset is { } offset ? offset + row.RowIndex + 1 : row.LineNumberFrom;
            Take(row, line, batch, builder, errors, separator, ref rows, report, cancellationToken);
        }

        batch.Flush(builder, errors);
        return rows;
    }

    /// <summary>Stages one row (none for a blank line). A row with a quote that breaks RFC 4180 (a quoted field not closed
    /// at its end, a quote inside an unquoted field) costs only its first line, reported as <c>csv.quote</c>: the parser
    /// pairs such a quote with the next one and reads on through the following lines, so those lines are read again as
    /// rows of their own.</summary>
    private static void Take(SepReader.Row row, long line, PurchaseRowBatch batch, ColumnsBuilder builder, List<PurchaseImportError> errors,
        char separator, ref long rows, Action<long> report, CancellationToken cancellationToken)
    {
        if (row.ColCount == 1 && row.Span.IsWhiteSpace())
        {
            return;
        }

        if (++rows % ProgressEvery == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            report(rows);
        }

        var span = row.Span;
        if (span.Contains('"') && QuoteError(span, batch.Names, separator) is { } quote)
        {
            batch.Flush(builder, errors);
            errors.Add(new PurchaseImportError(line, quote));
            using var again = CsvQuotes.LinesAfterTheFirst(span, separator, unescape: true);
            while (again?.MoveNext() == true)
            {
                var next = again.Current;
                Take(next, line - 1 + next.LineNumberFrom, batch, builder, errors, separator, ref rows, report, cancellationToken);
            }

            return;
        }

        if (batch.Stage(row, line))
        {
            batch.Flush(builder, errors);
        }
    }

    /// <summary>The <c>csv.quote</c> error of a row's text read with its quotes kept, or <see langword="null"/>.</summary>
    private static ValidationError? QuoteError(ReadOnlySpan<char> text, string[] names, char separator)
    {
        using var raw = Sep.New(separator).Reader(o => o with { HasHeader = false, Unescape = false, DisableColCountCheck = true }).FromText(text.ToString());
        return raw.MoveNext() ? CsvQuotes.Error(raw.Current, names) : null;
    }

    /// <summary>Reads the chunks of a file on their own threads into one set of columns, then joins them as reading the
    /// file on one thread would have: customers renumbered in order of first acceptance, currencies likewise, rows and
    /// errors in file order. <see langword="null"/> when the header lacks a column or the chunks use more than 255
    /// currencies between them: reading on one thread then gives the answer.</summary>
    private static PurchaseImportResult? ReadChunks(SafeFileHandle handle, FileChunk[] chunks, PurchaseCsvOptions options, string defaultCurrency,
        IProgress<PurchaseImportProgress>? progress, CancellationToken cancellationToken)
    {
        var counter = new ReadCounter();
        var first = Sep.New(options.Separator).Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true })
            .From(new FileRangeStream(handle, chunks[0].Start, chunks[0].End, counter));
        try
        {
            var names = first.Header.ColNames.Select(n => n.Trim()).ToArray();
            if (Columns(names, options) is not { } columns)
            {
                return null;
            }

            var expected = string.Join(',', names);
            var starts = new int[chunks.Length];
            long capacity = 0;
            for (var k = 0; k < chunks.Length; k++)
            {
                starts[k] = (int)capacity;
                capacity += k == 0 ? Math.Max(0, chunks[0].Lines - 1) : chunks[k].Lines;
            }

            if (capacity > Array.MaxLength)
            {
                return null;
            }

            var arrays = new PurchaseArrays((int)capacity);
            var parts = new (ColumnsBuilder Builder, PurchaseRowBatch Batch, List<PurchaseImportError> Errors, long Rows)[chunks.Length];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
            Parallel.For(0, chunks.Length, parallel, k =>
            {
                var chunk = chunks[k];
                var limit = (k + 1 < chunks.Length ? starts[k + 1] : (int)capacity) - starts[k];
                var builder = ColumnsBuilder.Slice(arrays, starts[k], limit, defaultCurrency);
                var batch = new PurchaseRowBatch(names, expected, columns.Customer, columns.Date, columns.Amount, columns.Currency);
                var errors = new List<PurchaseImportError>();
                long previous = 0;
                void Report(long rows)
                {
                    counter.AddRows(rows - previous);
                    previous = rows;
                    if (k == 0)
                    {
                        progress?.Report(new PurchaseImportProgress(counter.Rows, counter.Bytes));
                    }
                }

                long rows;
                if (k == 0)
                {
                    rows = ReadRows(first, batch, builder, errors, Report, cancellationToken, chunk.LinesBefore, options.Separator);
                }
                else
                {
                    using var reader = Sep.New(options.Separator).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
                        .From(new FileRangeStream(handle, chunk.Start, chunk.End, counter));
                    rows = ReadRows(reader, batch, builder, errors, Report, cancellationToken, chunk.LinesBefore, options.Separator);
                }

                counter.AddRows(rows - previous);
                parts[k] = (builder, batch, errors, rows);
            });
            cancellationToken.ThrowIfCancellationRequested();

            // Join: each chunk's customers and currencies get the indexes reading on one thread gives (first acceptance
            // order), and its rows move down over the gaps that rejected rows and blank lines left.
            var customers = new List<CustomerCode>(parts[0].Batch.Interner.Customers.Count);
            var byCode = new Dictionary<CustomerCode, int>(parts[0].Batch.Interner.Customers.Count);
            var currencies = new List<string> { defaultCurrency };
            var allErrors = new List<PurchaseImportError>();
            var write = 0;
            long rowsRead = 0;
            foreach (var part in parts)
            {
                var customerMap = part.Batch.Interner.Customers.Select(code =>
                {
                    if (!byCode.TryGetValue(code, out var index))
                    {
                        index = customers.Count;
                        customers.Add(code);
                        byCode.Add(code, index);
                    }

                    return index;
                }).ToArray();
                var currencyMap = part.Builder.Currencies.Select(c =>
                {
                    var index = currencies.IndexOf(c);
                    if (index < 0)
                    {
                        index = currencies.Count;
                        currencies.Add(c);
                    }

                    return (byte)Math.Min(index, byte.MaxValue);
                }).ToArray();
                if (currencies.Count > byte.MaxValue)
                {
                    return null;
                }

                for (var r = 0; r < part.Builder.Count; r++, write++)
                {
                    var from = part.Builder.Start + r;
                    arrays.Customer[write] = customerMap[arrays.Customer[from]];
                    arrays.Day[write] = arrays.Day[from];
                    arrays.Amount[write] = arrays.Amount[from];
                    arrays.Currency[write] = currencyMap[arrays.Currency[from]];
                }

                allErrors.AddRange(part.Errors);
                rowsRead += part.Rows;
            }

            if (write != arrays.Customer.Length)
            {
                arrays.Resize(write);
            }

            progress?.Report(new PurchaseImportProgress(rowsRead, counter.Bytes));
            return new PurchaseImportResult(
                new PurchaseColumns(customers, arrays.Customer, arrays.Day, arrays.Amount, arrays.Currency, [.. currencies]), allErrors, rowsRead);
        }
        finally
        {
            first.Dispose();
        }
    }

    /// <summary>Counts the data rows of a seekable stream (lines after the header, an upper bound when quoted fields hold
    /// newlines or rows are bad) and rewinds it.</summary>
    private static int CountRows(Stream stream, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long newlines = 0;
            var last = (byte)'\n';
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                newlines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
            }

            var lines = newlines + (last == '\n' ? 0 : 1);
            return (int)Math.Clamp(lines - 1, 16, Array.MaxLength);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            stream.Position = start;
        }
    }
}
