using Crm.Core.Customers;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Sorts customer codes ordinally (the order of <see cref="CustomerCode.CompareTo"/>) with their companion
/// items, comparing the first eight characters as two integers and the strings only where those are equal: the same
/// result as <c>Array.Sort(codes, items)</c> on distinct codes, several times faster on a million.</summary>
internal static class CodeOrder
{
    /// <summary>Sorts <paramref name="codes"/> and puts <paramref name="items"/> in the same order. The codes must be distinct.</summary>
    public static void Sort(CustomerCode[] codes, int[] items)
    {
        var keys = new Key[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            var text = codes[i].Value.AsSpan();
            keys[i] = new Key(Pack(text, 0), Pack(text, 4), i);
        }

        keys.AsSpan().Sort(new KeyComparer(codes));
        var sortedCodes = new CustomerCode[codes.Length];
        var sortedItems = new int[codes.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            sortedCodes[i] = codes[keys[i].Index];
            sortedItems[i] = items[keys[i].Index];
        }

        sortedCodes.CopyTo(codes, 0);
        sortedItems.CopyTo(items, 0);
    }

    /// <summary>Four UTF-16 code units from <paramref name="from"/>, the first in the high bits; missing ones are 0.</summary>
    private static ulong Pack(ReadOnlySpan<char> text, int from)
    {
        ulong key = 0;
        for (var i = from; i < from + 4; i++)
        {
            key = (key << 16) | (i < text.Length ? text[i] : 0u);
        }

        return key;
    }

    private readonly record struct Key(ulong High, ulong Low, int Index);

    private readonly struct KeyComparer(CustomerCode[] codes) : IComparer<Key>
    {
        public int Compare(Key x, Key y)
        {
            var c = x.High.CompareTo(y.High);
            if (c != 0)
            {
                return c;
            }

            c = x.Low.CompareTo(y.Low);
            return c != 0 ? c : string.CompareOrdinal(codes[x.Index].Value, codes[y.Index].Value);
        }
    }
}
