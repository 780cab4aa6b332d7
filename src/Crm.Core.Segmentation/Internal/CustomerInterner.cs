using Crm.Core.Customers;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Maps customer-id fields to customer indexes without a string per row: the raw text of each distinct field
/// is parsed once and found by its spelling afterwards. A customer gets an index only when a row of theirs is accepted
/// (<see cref="Commit"/>), so customers whose every row is rejected are not in the result.</summary>
/// <remarks>Spellings of up to 15 ASCII characters (nearly every customer code) live in a <see cref="PackedKeyTable"/>,
/// which a caller can <see cref="Prefetch"/> for a batch of rows; any other spelling in a <see cref="SpanTable"/>. A
/// handle from <see cref="Find(in PackedKey, uint, out ValidationError?)"/> or <see cref="Find(ReadOnlySpan{char}, out ValidationError?)"/>
/// says which.</remarks>
internal sealed class CustomerInterner
{
    private const int Invalid = -1;
    private const int Unassigned = -2;
    private const int SpanHandle = 1 << 30;
    private readonly PackedKeyTable _packed = new();
    private readonly SpanTable _rawText = new();
    private readonly Dictionary<CustomerCode, int> _byCode = [];

    /// <summary>Gets the distinct customers with an accepted row, in order of first acceptance.</summary>
    public List<CustomerCode> Customers { get; } = [];

    /// <summary>Gets the hash of a packed spelling, for <see cref="Prefetch"/> and <see cref="Find(in PackedKey, uint, out ValidationError?)"/>.</summary>
    public uint Hash(in PackedKey key) => _packed.Hash(key);

    /// <summary>Starts fetching the table slot of a packed spelling, ahead of its <see cref="Find(in PackedKey, uint, out ValidationError?)"/>.</summary>
    public void Prefetch(uint hash) => _packed.Prefetch(hash);

    /// <summary>Returns a handle on a field's spelling for <see cref="Commit"/>, or -1 with the reason when the field is not
    /// a customer code. The handle is valid until the next call.</summary>
    public int Find(ReadOnlySpan<char> field, out ValidationError? error)
    {
        if (PackedKey.TryPack(field, out var key))
        {
            return Find(key, _packed.Hash(key), out error);
        }

        var slot = _rawText.Find(field, Unassigned, out var added);
        return Checked(ref _rawText.ValueAt(slot), added, default, field, out error) ? SpanHandle + slot : -1;
    }

    /// <summary>As <see cref="Find(ReadOnlySpan{char}, out ValidationError?)"/>, for a spelling packed by
    /// <see cref="PackedKey.TryPack"/> with its <see cref="Hash"/>.</summary>
    public int Find(in PackedKey key, uint hash, out ValidationError? error)
    {
        var slot = _packed.Find(key, hash, Unassigned, out var added);
        return Checked(ref _packed.ValueAt(slot), added, key, default, out error) ? slot : -1;
    }

    /// <summary>Parses a spelling met for the first time (marking it invalid when it is not a code) and says whether it
    /// is a code; the spelling is the packed <paramref name="key"/>, or <paramref name="field"/> when the key is empty.</summary>
    private static bool Checked(ref int value, bool added, PackedKey key, ReadOnlySpan<char> field, out ValidationError? error)
    {
        error = null;
        if (added && !CustomerCode.TryParse(Text(key, field), out _, out _))
        {
            value = Invalid;
        }

        if (value != Invalid)
        {
            return true;
        }

        CustomerCode.TryParse(Text(key, field), out _, out error);
        return false;
    }

    private static string Text(PackedKey key, ReadOnlySpan<char> field) => key.High != 0 ? key.ToString() : field.ToString();

    /// <summary>Returns the customer index of a spelling found by <see cref="Find(ReadOnlySpan{char}, out ValidationError?)"/>,
    /// adding the customer on first use.</summary>
    public int Commit(int handle)
    {
        var packed = handle < SpanHandle;
        ref var value = ref packed ? ref _packed.ValueAt(handle) : ref _rawText.ValueAt(handle - SpanHandle);
        if (value >= 0)
        {
            return value;
        }

        var code = CustomerCode.Parse(packed ? _packed.KeyAt(handle).ToString() : _rawText.KeyAt(handle - SpanHandle).ToString());
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
