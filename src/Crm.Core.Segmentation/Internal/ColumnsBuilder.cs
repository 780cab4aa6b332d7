using Crm.Core.Customers;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Growable purchase columns for the importer, sized once when the row count is known.</summary>
internal sealed class ColumnsBuilder(int capacity, string defaultCurrency)
{
    private readonly List<string> _currencies = [defaultCurrency];
    private int[] _customer = new int[capacity];
    private int[] _day = new int[capacity];
    private decimal[] _amount = new decimal[capacity];
    private byte[] _currency = new byte[capacity];
    private int _count;

    public void Add(int customer, int day, decimal amount, byte currency)
    {
        if (_count == _customer.Length)
        {
            var size = (int)Math.Min(Array.MaxLength, (long)_count * 3 / 2 + 16);
            Array.Resize(ref _customer, size);
            Array.Resize(ref _day, size);
            Array.Resize(ref _amount, size);
            Array.Resize(ref _currency, size);
        }

        _customer[_count] = customer;
        _day[_count] = day;
        _amount[_count] = amount;
        _currency[_count] = currency;
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
        if (_count != _customer.Length)
        {
            Array.Resize(ref _customer, _count);
            Array.Resize(ref _day, _count);
            Array.Resize(ref _amount, _count);
            Array.Resize(ref _currency, _count);
        }

        return new PurchaseColumns(customers ?? [], _customer, _day, _amount, _currency, [.. _currencies]);
    }
}
