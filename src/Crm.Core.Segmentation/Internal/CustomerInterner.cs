using Crm.Core.Customers;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Maps customer-id fields to customer indexes without a string per row: the raw text of each distinct field
/// is parsed once and found by span afterwards. A customer gets an index only when a row of theirs is accepted
/// (<see cref="Commit"/>), so customers whose every row is rejected are not in the result.</summary>
internal sealed class CustomerInterner
{
    private const int Unassigned = -1;
    private readonly SpanTable _rawText = new();
    private readonly List<CustomerCode?> _codeOfRaw = [];
    private readonly List<int> _customerOfRaw = [];
    private readonly Dictionary<CustomerCode, int> _byCode = [];

    /// <summary>Gets the distinct customers with an accepted row, in order of first acceptance.</summary>
    public List<CustomerCode> Customers { get; } = [];

    /// <summary>Returns the id of a field's spelling, or -1 with the reason when the field is not a customer code.</summary>
    public int Find(ReadOnlySpan<char> field, out ValidationError? error)
    {
        error = null;
        var raw = _rawText.GetOrAdd(field, out var added);
        if (added)
        {
            _codeOfRaw.Add(CustomerCode.TryParse(field.ToString(), out var code, out _) ? code : null);
            _customerOfRaw.Add(Unassigned);
        }

        if (_codeOfRaw[raw] is null)
        {
            CustomerCode.TryParse(field.ToString(), out _, out error);
            return -1;
        }

        return raw;
    }

    /// <summary>Returns the customer index of a spelling found by <see cref="Find"/>, adding the customer on first use.</summary>
    public int Commit(int raw)
    {
        var index = _customerOfRaw[raw];
        if (index != Unassigned)
        {
            return index;
        }

        var code = _codeOfRaw[raw]!.Value;
        if (!_byCode.TryGetValue(code, out index))
        {
            index = Customers.Count;
            Customers.Add(code);
            _byCode.Add(code, index);
        }

        _customerOfRaw[raw] = index;
        return index;
    }
}
