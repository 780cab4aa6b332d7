using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Segmentation.Internal;
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
    /// <param name="path">The file.</param>
    /// <param name="options">Column names and defaults; <see langword="null"/> for <c>customer_id,date,amount[,currency]</c>.</param>
    /// <param name="progress">Receives (rows, bytes) every 65,536 rows and once at the end; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the import; no partial result is returned.</param>
    /// <returns>The accepted purchases and every reported row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static PurchaseImportResult ReadFile(
        string path, PurchaseCsvOptions? options = null, IProgress<PurchaseImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, options, progress, cancellationToken);
    }

    /// <summary>Reads purchases CSV text from a stream (UTF-8, with or without a byte order mark), to its end.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="options">Column names and defaults; <see langword="null"/> for <c>customer_id,date,amount[,currency]</c>.</param>
    /// <param name="progress">Receives (rows, bytes) every 65,536 rows and once at the end; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the import; no partial result is returned.</param>
    /// <returns>The accepted purchases and every reported row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is empty, or the default currency is not an ISO 4217 code.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static PurchaseImportResult Read(
        Stream stream, PurchaseCsvOptions? options = null, IProgress<PurchaseImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        options ??= new PurchaseCsvOptions();
        Guard.Against.NullOrWhiteSpace(options.CustomerIdColumn);
        Guard.Against.NullOrWhiteSpace(options.DateColumn);
        Guard.Against.NullOrWhiteSpace(options.AmountColumn);
        var defaultCurrency = new Money(0m, options.DefaultCurrency).Currency;
        var capacity = stream.CanSeek ? CountRows(stream, cancellationToken) : 1 << 16;
        var counted = new CountingStream(stream);
        using var reader = Sep.New(options.Separator).Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true })
            .From(counted);
        var builder = new ColumnsBuilder(capacity, defaultCurrency);
        var errors = new List<PurchaseImportError>();
        var names = reader.Header.ColNames.Select(n => n.Trim()).ToArray();
        int customerCol = Array.IndexOf(names, options.CustomerIdColumn), dateCol = Array.IndexOf(names, options.DateColumn);
        int amountCol = Array.IndexOf(names, options.AmountColumn), currencyCol = Array.IndexOf(names, options.CurrencyColumn);
        var missing = new[] { (customerCol, options.CustomerIdColumn), (dateCol, options.DateColumn), (amountCol, options.AmountColumn) }
            .Where(c => c.Item1 < 0).Select(c => c.Item2).ToArray();
        if (missing.Length > 0)
        {
            var header = string.Join(options.Separator, names);
            errors.Add(new PurchaseImportError(1, new ValidationError(missing[0], "csv.header", header, string.Create(CultureInfo.InvariantCulture,
                $"Rule 'csv.header' failed for value '{header}': the header has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}."))));
            return new PurchaseImportResult(builder.Build(), errors, 0);
        }

        var expected = string.Join(',', names);
        var batch = new PurchaseRowBatch(names, expected, customerCol, dateCol, amountCol, currencyCol);
        long rows = 0;
        foreach (var row in reader)
        {
            if (row.ColCount == 1 && row.Span.IsWhiteSpace())
            {
                continue;
            }

            if (++rows % ProgressEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new PurchaseImportProgress(rows, counted.BytesRead));
            }

            if (batch.Stage(row))
            {
                batch.Flush(builder, errors);
            }
        }

        batch.Flush(builder, errors);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new PurchaseImportProgress(rows, counted.BytesRead));
        return new PurchaseImportResult(builder.Build(batch.Interner.Customers), errors, rows);
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
