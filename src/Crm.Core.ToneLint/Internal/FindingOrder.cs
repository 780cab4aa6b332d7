using System.Buffers;

namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// Orders findings by start, then length, then rule id. Each rule reports its findings left to right, so the list is
/// a few sorted runs: a stable natural merge sort costs one pass when they are already in order and
/// O(n log runs) otherwise.
/// </summary>
internal static class FindingOrder
{
    public static int Compare(in Finding a, in Finding b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start)
        : a.Length != b.Length ? a.Length.CompareTo(b.Length)
        : a.Rule == b.Rule ? 0
        : string.CompareOrdinal(a.Rule.Info.Id, b.Rule.Info.Id);

    public static void Sort(Span<Finding> items)
    {
        var bounds = new List<int> { 0 };
        for (var i = 1; i < items.Length; i++)
        {
            if (Compare(items[i - 1], items[i]) > 0)
            {
                bounds.Add(i);
            }
        }

        if (bounds.Count == 1)
        {
            return;
        }

        bounds.Add(items.Length);
        var buffer = ArrayPool<Finding>.Shared.Rent(items.Length);
        try
        {
            var src = items;
            var dst = buffer.AsSpan(0, items.Length);
            while (bounds.Count > 2)
            {
                var next = new List<int>((bounds.Count / 2) + 2) { 0 };
                for (var r = 0; r + 1 < bounds.Count; r += 2)
                {
                    var lo = bounds[r];
                    var mid = bounds[r + 1];
                    var hi = r + 2 < bounds.Count ? bounds[r + 2] : mid;
                    Merge(src[lo..mid], src[mid..hi], dst[lo..hi]);
                    next.Add(hi);
                }

                var swap = src;
                src = dst;
                dst = swap;
                bounds = next;
            }

            if (src != items)
            {
                src.CopyTo(items);
            }
        }
        finally
        {
            ArrayPool<Finding>.Shared.Return(buffer, clearArray: true);
        }
    }

    private static void Merge(ReadOnlySpan<Finding> left, ReadOnlySpan<Finding> right, Span<Finding> into)
    {
        int i = 0, j = 0, k = 0;
        while (i < left.Length && j < right.Length)
        {
            into[k++] = Compare(right[j], left[i]) < 0 ? right[j++] : left[i++];
        }

        left[i..].CopyTo(into[k..]);
        right[j..].CopyTo(into[(k + left.Length - i)..]);
    }
}
