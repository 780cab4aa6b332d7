using Crm.Core.Customers;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Maps customer-id fields to customer indexes without a string per row: the raw text of each distinct field
/// is parsed once and found by span afterwards. A customer gets an index only when a row of theirs is accepted
/// (<see cref="Commit"/>), so customers whose every row is rejected are not in the result.</summary>
internal sealed class CustomerInterner
{
    private const int Invalid = -1;
    private const int Unassigned = -2;
    private readonly SpanTable _rawText = new();
    private readonly Dictionary<CustomerCode, int> _byCode = [];

    /// <summary>Gets the distinct customers with an accepted row, in order of first acceptance.</summary>
    public List<CustomerCode> Customers { get; } = [];

    /// <summary>Returns a handle on a field's spelling for <see cref="Commit"/>, or -1 with the reason when the field is not
    /// a customer code. The handle is valid until the next call.</summary>
    public int Find(ReadOnlySpan<char> field, out ValidationError? error)
    {
        error = null;
        var slot = _rawText.Find(field, Unassigned, out var added);
        ref var value = ref _rawText.ValueAt(slot);
        if (added && !CustomerCode.TryParse(field.ToString(), out _, out _))
        {
            value = Invalid;
        }

        if (value == Invalid)
        {
            CustomerCode.TryParse(field.ToString(), out _, out error);
            return -1;
        }

        return slot;
    }

    /// <summary>Returns the customer index of a spelling found by <see cref="Find"/>, adding the customer on first use.</summary>
    public int Commit(int slot)
    {
        ref var value = ref _rawText.ValueAt(slot);
        if (value >= 0)
        {
            return value;
        }

        var code = CustomerCode.Parse(_rawText.KeyAt(slot).ToString());
        if (!_byCode.TryGetValue(code, out var index))
        {
            index = Customers.Count;
            Customers.Add(code);
            _byCode.Add(code, index);
        }

        value = index;
        return index;
    }
}
