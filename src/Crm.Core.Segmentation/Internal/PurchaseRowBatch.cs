using System.Globalization;
using Crm.Core.Customers;
using nietras.SeparatedValues;

namespace Crm.Core.Segmentation.Internal;

/// <summary>
/// The purchase importer's rows in batches of <see cref="Size"/>: <see cref="Stage"/> reads a row's date and amount and
/// packs its customer id, starting the fetch of the id's table slot; <see cref="Flush"/> then takes the batch in row
/// order, looks the ids up (their slots fetched by then, so the cache misses of a batch overlap instead of following
/// one another) and adds each row or reports its first failed rule. The result, the errors and their order are those of
/// reading the rows one by one: field count, encoding, customer id, date, amount, currency.
/// </summary>
internal sealed class PurchaseRowBatch(string[] names, string expected, int customerCol, int dateCol, int amountCol, int currencyCol)
{
    /// <summary>Rows per batch: enough misses in flight to hide the memory latency, few enough to stay in the L1 cache.</summary>
    public const int Size = 32;

    private readonly Staged[] _rows = new Staged[Size];
    private readonly PurchaseFieldParser _fields = new();
    private char[] _text = new char[Size * 16];
    private int _count;
    private int _textUsed;

    /// <summary>Gets the trimmed header names.</summary>
    public string[] Names => names;

    /// <summary>Gets the customer ids seen so far.</summary>
    public CustomerInterner Interner { get; } = new();

    /// <summary>Reads a row, which starts on <paramref name="line"/>, into the batch; <see langword="true"/> when the batch
    /// is full and must be flushed.</summary>
    public bool Stage(SepReader.Row row, long line)
    {
        ref var staged = ref _rows[_count++];
        staged = default;
        staged.Line = line;
        if (row.ColCount != names.Length)
        {
            var text = row.Span.ToString();
            staged.RowError = new ValidationError("row", "csv.field-count", text, string.Create(CultureInfo.InvariantCulture,
                $"rule 'csv.field-count' failed for value '{text}': expected {names.Length} fields ({expected}), found {row.ColCount}"));
            return _count == Size;
        }

        if (CsvRows.EncodingError(row, names) is { } encoding)
        {
            staged.RowError = encoding;
            return _count == Size;
        }

        var customer = row[customerCol].Span;
        if (PackedKey.TryPack(customer, out staged.Key))
        {
            staged.Hash = Interner.Hash(staged.Key);
            Interner.Prefetch(staged.Hash);
        }
        else
        {
            staged.CustomerText = Keep(customer);
        }

        var dateText = row[dateCol].Span;
        if (!_fields.TryParseDate(dateText, out staged.Day))
        {
            var value = dateText.Trim().ToString();
            staged.DateError = new ValidationError("date", "date.format", value,
                $"rule 'date.format' failed for value '{value}': expected yyyy-MM-dd (Gregorian) or yyyy/MM/dd (Solar Hijri)");
        }

        var amountText = row[amountCol].Span;
        if (!PurchaseFieldParser.TryParseAmount(amountText, out staged.Amount))
        {
            var value = amountText.Trim().ToString();
            staged.AmountError = new ValidationError("amount", "amount.format", value,
                $"rule 'amount.format' failed for value '{value}': expected a number with '.' as decimal point");
        }

        if (currencyCol >= 0)
        {
            staged.CurrencyText = Keep(row[currencyCol].Span.Trim());
        }

        return _count == Size;
    }

    /// <summary>Adds the staged rows to <paramref name="builder"/> in order, or reports them in <paramref name="errors"/>.</summary>
    public void Flush(ColumnsBuilder builder, List<PurchaseImportError> errors)
    {
        for (var i = 0; i < _count; i++)
        {
            ref var staged = ref _rows[i];
            if (Check(ref staged, builder, out var customer, out var currency) is { } error)
            {
                errors.Add(new PurchaseImportError(staged.Line, error));
                continue;
            }

            builder.Add(Interner.Commit(customer), staged.Day, staged.Amount, (byte)currency);
        }

        _count = 0;
        _textUsed = 0;
    }

    private ValidationError? Check(ref Staged staged, ColumnsBuilder builder, out int customer, out int currency)
    {
        customer = -1;
        currency = 0;
        if (staged.RowError is { } rowError)
        {
            return rowError;
        }

        ValidationError? error;
        customer = staged.Key.High != 0
            ? Interner.Find(staged.Key, staged.Hash, out error)
            : Interner.Find(_text.AsSpan(staged.CustomerText.Start, staged.CustomerText.Length), out error);
        if (customer < 0)
        {
            return error;
        }

        if ((staged.DateError ?? staged.AmountError) is { } fieldError)
        {
            return fieldError;
        }

        if (currencyCol >= 0 && !builder.TryCurrency(_text.AsSpan(staged.CurrencyText.Start, staged.CurrencyText.Length), out currency, out var currencyError))
        {
            return currencyError;
        }

        return null;
    }

    /// <summary>Copies a field's characters into the batch's buffer (ids that do not pack, currencies).</summary>
    private (int Start, int Length) Keep(ReadOnlySpan<char> text)
    {
        if (_textUsed + text.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textUsed + text.Length));
        }

        text.CopyTo(_text.AsSpan(_textUsed));
        var kept = (_textUsed, text.Length);
        _textUsed += text.Length;
        return kept;
    }

    private struct Staged
    {
        public long Line;
        public ValidationError? RowError;
        public PackedKey Key;
        public uint Hash;
        public (int Start, int Length) CustomerText;
        public int Day;
        public ValidationError? DateError;
        public decimal Amount;
        public ValidationError? AmountError;
        public (int Start, int Length) CurrencyText;
    }
}
