namespace Crm.Core.Scheduling.Internal;

/// <summary>
/// Stable counting sorts (least-significant-digit radix passes) for the planner's orderings, which sort by small
/// integer keys: priority 1–5, day numbers, owner ranks. Each pass is O(n + buckets), where a comparison sort of
/// 100,000 follow-ups costs several milliseconds.
/// </summary>
internal static class StableOrder
{
    private const int DigitBits = 12;
    private const int DigitMask = (1 << DigitBits) - 1;

    /// <summary>Writes the item indices 0…n−1 ordered by priority, then due day, then index.</summary>
    /// <param name="priority">The priority of each item, 1–5.</param>
    /// <param name="due">The due day of each item, any <see cref="int"/>.</param>
    /// <param name="order">Receives the item indices in order; as long as <paramref name="due"/>.</param>
    /// <param name="scratch">Working room, as long as <paramref name="due"/>.</param>
    public static void ByPriorityThenDue(ReadOnlySpan<int> priority, ReadOnlySpan<int> due, Span<int> order, Span<int> scratch)
    {
        if (due.IsEmpty)
        {
            return;
        }

        var min = due[0];
        var max = due[0];
        for (var i = 0; i < due.Length; i++)
        {
            order[i] = i;
            min = Math.Min(min, due[i]);
            max = Math.Max(max, due[i]);
        }

        var current = order;
        var free = scratch;
        var range = (long)max - min;
        for (var shift = 0; shift == 0 || range >> shift > 0; shift += DigitBits)
        {
            By(current, free, due, min, shift, DigitMask);
            var filled = free;
            free = current;
            current = filled;
        }

        By(current, free, priority, 0, 0, 7);
        if (free != order)
        {
            free.CopyTo(order);
        }
    }

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="destination"/> ordered stably by the key
    /// <c>((values[x] − offset) &gt;&gt; shift) &amp; mask</c> of each element x.
    /// </summary>
    /// <param name="source">The elements (indices into <paramref name="values"/>) in their current order.</param>
    /// <param name="destination">Receives the elements ordered by key, equal keys in their former order; as long as <paramref name="source"/>.</param>
    /// <param name="values">The value of each element.</param>
    /// <param name="offset">Subtracted from each value first, so that the difference is not negative.</param>
    /// <param name="shift">The bits to drop from the difference.</param>
    /// <param name="mask">One less than a power of two: the number of buckets minus one.</param>
    public static void By(ReadOnlySpan<int> source, Span<int> destination, ReadOnlySpan<int> values, int offset, int shift, int mask)
    {
        var starts = new int[mask + 2];
        foreach (var x in source)
        {
            starts[(int)((((long)values[x] - offset) >> shift) & mask) + 1]++;
        }

        for (var b = 1; b < starts.Length; b++)
        {
            starts[b] += starts[b - 1];
        }

        foreach (var x in source)
        {
            destination[starts[(int)((((long)values[x] - offset) >> shift) & mask)]++] = x;
        }
    }

    /// <summary>Returns the smallest mask (a power of two minus one) that covers the keys 0…<paramref name="keys"/>−1.</summary>
    /// <param name="keys">The number of distinct keys.</param>
    /// <returns>The mask for <see cref="By"/>.</returns>
    public static int MaskFor(int keys) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, keys)) - 1;
}
