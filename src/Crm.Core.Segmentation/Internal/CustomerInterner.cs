using Crm.Core.Customers;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Maps customer-id fields to customer indexes without a string per row: the raw text of each distinct field
/// is parsed once and found by span afterwards.</summary>
internal sealed class CustomerInterner
{
    private const int Invalid = -1;
    private readonly SpanTable _rawText = new();
    private readonly List<int> _customerOfRaw = [];
    private readonly Dictionary<CustomerCode, int> _byCode = [];

    /// <summary>Gets the distinct customers in order of first appearance.</summary>
    public List<CustomerCode> Customers { get; } = [];

    /// <summary>Returns the customer index of a field, or -1 with the reason when the field is not a customer code.</summary>
    public int IndexOf(ReadOnlySpan<char> field, out ValidationError? error)
    {
        error = null;
        var raw = _rawText.GetOrAdd(field, out var added);
        if (!added)
        {
            var known = _customerOfRaw[raw];
            if (known == Invalid)
            {
                CustomerCode.TryParse(field.ToString(), out _, out error);
            }

            return known;
        }

        if (!CustomerCode.TryParse(field.ToString(), out var code, out error))
        {
            _customerOfRaw.Add(Invalid);
            return Invalid;
        }

        if (!_byCode.TryGetValue(code, out var index))
        {
            index = Customers.Count;
            Customers.Add(code);
            _byCode.Add(code, index);
        }

        _customerOfRaw.Add(index);
        return index;
    }
}
