using Crm.Core.Customers;

namespace Crm.Core.Segmentation.Internal;

/// <summary>The four purchase columns, shared by the builders of a file read in chunks.</summary>
internal sealed class PurchaseArrays(int capacity)
{
    public int[] Customer = new int[capacity];
    public int[] Day = new int[capacity];
    public decimal[] Amount = new decimal[capacity];
    public byte[] Currency = new byte[capacity];

    /// <summary>Resizes every column.</summary>
    public void Resize(int size)
    {
        Array.Resize(ref Customer, size);
        Array.Resize(ref Day, size);
        Array.Resize(ref Amount, size);
        Array.Resize(ref Currency, size);
    }
}

/// <summary>Purchase columns for the importer, sized once when the row count is known: growable on their own, or a
/// fixed slice of columns shared with the other chunks of a file.</summary>
internal sealed class ColumnsBuilder
{
    private readonly List<string> _currencies;
    private readonly int _limit;
    private int _count;

    /// <summary>Creates growable columns.</summary>
    public ColumnsBuilder(int capacity, string defaultCurrency)
        : this(new PurchaseArrays(capacity), 0, int.MaxValue, defaultCurrency)
    {
    }

    private ColumnsBuilder(PurchaseArrays arrays, int start, int limit, string defaultCurrency)
    {
        Arrays = arrays;
        Start = start;
        _limit = limit;
        _currencies = [defaultCurrency];
    }

    /// <summary>Gets the columns written to.</summary>
    public PurchaseArrays Arrays { get; }

    /// <summary>Gets the index of this builder's first row in <see cref="Arrays"/>.</summary>
    public int Start { get; }

    /// <summary>Gets the number of rows added.</summary>
    public int Count => _count;

    /// <summary>Gets the currencies, the default first, then in order of first use; the rows hold indexes into it.</summary>
    public IReadOnlyList<string> Currencies => _currencies;

    /// <summary>Creates a builder writing at most <paramref name="limit"/> rows into <paramref name="arrays"/> from
    /// <paramref name="start"/>.</summary>
    public static ColumnsBuilder Slice(PurchaseArrays arrays, int start, int limit, string defaultCurrency) => new(arrays, start, limit, defaultCurrency);

    public void Add(int customer, int day, decimal amount, byte currency)
    {
        var at = Start + _count;
        if (_count == _limit)
        {
            throw new InvalidOperationException("A chunk of the file holds more rows than it has lines.");
        }

        if (at == Arrays.Customer.Length)
        {
            Arrays.Resize((int)Math.Min(Array.MaxLength, (long)at * 3 / 2 + 16));
        }

        Arrays.Customer[at] = customer;
        Arrays.Day[at] = day;
        Arrays.Amount[at] = amount;
        Arrays.Currency[at] = currency;
        _count++;
    }

    /// <summary>Finds or adds a currency; an empty field means the default currency.</summary>
    public bool TryCurrency(ReadOnlySpan<char> text, out int index, out ValidationError? error)
    {
        error = null;
        if (text.IsEmpty)
        {
            index = 0;
            return true;
        }

        for (index = 0; index < _currencies.Count; index++)
        {
            if (text.SequenceEqual(_currencies[index]))
            {
                return true;
            }
        }

        var value = text.ToString();
        if (text.Length != 3 || text.ContainsAnyExceptInRange('A', 'Z'))
        {
            error = new ValidationError("currency", "currency.format", value,
                $"rule 'currency.format' failed for value '{value}': expected a three-letter upper-case ISO 4217 code");
            return false;
        }

        if (_currencies.Count == byte.MaxValue)
        {
            error = new ValidationError("currency", "currency.count", value,
                $"rule 'currency.count' failed for value '{value}': purchases in more than 255 currencies are not supported");
            return false;
        }

        _currencies.Add(value);
        return true;
    }

    public PurchaseColumns Build(IReadOnlyList<CustomerCode>? customers = null)
    {
        if (_count != Arrays.Customer.Length)
        {
            Arrays.Resize(_count);
        }

        return new PurchaseColumns(customers ?? [], Arrays.Customer, Arrays.Day, Arrays.Amount, Arrays.Currency, [.. _currencies]);
    }
}
