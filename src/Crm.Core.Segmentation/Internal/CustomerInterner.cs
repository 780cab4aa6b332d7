using Crm.Core.Customers;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Maps customer-id fields to customer indexes without a string per row: the raw text of each distinct field
/// is parsed once and looked up by span afterwards.</summary>
internal sealed class CustomerInterner
{
    private const int Invalid = -1;
    private readonly Dictionary<string, int> _byRawText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byRawSpan;
    private readonly Dictionary<CustomerCode, int> _byCode = [];

    public CustomerInterner() => _byRawSpan = _byRawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets the distinct customers in order of first appearance.</summary>
    public List<CustomerCode> Customers { get; } = [];

    /// <summary>Returns the customer index of a field, or -1 with the reason when the field is not a customer code.</summary>
    public int IndexOf(ReadOnlySpan<char> field, out ValidationError? error)
    {
        error = null;
        if (_byRawSpan.TryGetValue(field, out var index))
        {
            if (index == Invalid)
            {
                CustomerCode.TryParse(field.ToString(), out _, out error);
            }

            return index;
        }

        var raw = field.ToString();
        if (!CustomerCode.TryParse(raw, out var code, out error))
        {
            // Remember a bad spelling only while the table is small, so a file of distinct bad ids cannot grow it.
            if (_byRawText.Count < 1 << 20)
            {
                _byRawText.Add(raw, Invalid);
            }

            return Invalid;
        }

        if (!_byCode.TryGetValue(code, out index))
        {
            index = Customers.Count;
            Customers.Add(code);
            _byCode.Add(code, index);
        }

        _byRawText.Add(raw, index);
        return index;
    }
}
