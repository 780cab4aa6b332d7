using System.Buffers;

namespace Crm.Core.Segmentation.Internal;

/// <summary>
/// The fast path of <see cref="ColumnarPurchaseSummarizer"/> for one currency and amounts that fit 64-bit keys: purchases
/// are scattered into partitions of 2^<c>bits</c> consecutive customers (one sequential pass), then each partition, small
/// enough for the processor cache, is grouped by customer and summarised customer by customer. Amounts are summed as
/// integers at their common scale and turned back into decimals at the scale decimal addition would give (the largest
/// scale among the amounts summed), so the figures are the same, digit for digit, as those of the general path.
/// </summary>
internal static class PartitionedSummarizer
{
    public const int DefaultPartitionBits = 12;

    /// <summary>Summarises into the given columns, or returns <see langword="false"/> (columns untouched) when the fast path
    /// does not apply: more than one currency, an amount that does not fit a 64-bit key, or sums that could overflow one.</summary>
    public static bool TrySummarize(PurchaseColumns purchases, int asOfDay, int partitionBits, Figures figures, out int after)
    {
        after = 0;
        var n = purchases.Count;
        if (purchases.Currencies.Count != 1)
        {
            return false;
        }

        var keysArray = ArrayPool<long>.Shared.Rent(n);
        var scalesArray = ArrayPool<byte>.Shared.Rent(n);
        try
        {
            var keys = keysArray.AsSpan(0, n);
            var scales = scalesArray.AsSpan(0, n);
            if (!DecimalKeys.TryConvert(purchases.Amount, keys, scales, out var min, out var max, out var commonScale)
                || (n > 0 && (ulong)Math.Max(Math.Abs(min), Math.Abs(max)) > (ulong)long.MaxValue / (ulong)n))
            {
                return false;
            }

            return Summarize(purchases, asOfDay, partitionBits, keys, scales, commonScale, figures, out after);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keysArray);
            ArrayPool<byte>.Shared.Return(scalesArray);
        }
    }

    private static bool Summarize(
        PurchaseColumns purchases, int asOfDay, int bits, ReadOnlySpan<long> keys, ReadOnlySpan<byte> scales, int commonScale, Figures figures,
        out int after)
    {
        var customers = purchases.Customers.Count;
        var partitions = (customers + (1 << bits) - 1) >> bits;
        var idx = purchases.CustomerIndex;
        var days = purchases.DayNumber;

        // Pass 1: how many purchases (on or before the as-of date) each partition receives.
        var offsets = new int[partitions + 1];
        after = 0;
        for (var i = 0; i < idx.Length; i++)
        {
            var day = days[i];
            if (day > asOfDay)
            {
                after++;
                continue;
            }

            offsets[(idx[i] >> bits) + 1]++;
        }

        for (var p = 0; p < partitions; p++)
        {
            offsets[p + 1] += offsets[p];
        }

        var kept = offsets[partitions];
        var recordsArray = ArrayPool<Record>.Shared.Rent(Math.Max(kept, 1));
        try
        {
            // Pass 2: scatter, one sequential write stream per partition.
            var records = recordsArray.AsSpan(0, kept);
            var fill = offsets.AsSpan(0, partitions).ToArray();
            for (var i = 0; i < idx.Length; i++)
            {
                var day = days[i];
                if (day <= asOfDay)
                {
                    records[fill[idx[i] >> bits]++] = new Record(keys[i], idx[i], day, scales[i]);
                }
            }

            var largest = 0;
            for (var p = 0; p < partitions; p++)
            {
                largest = Math.Max(largest, offsets[p + 1] - offsets[p]);
            }

            // Pass 3: partition by partition, in cache.
            var scratch = new PartitionScratch(1 << bits, largest);
            for (var p = 0; p < partitions; p++)
            {
                var first = p << bits;
                var count = Math.Min(1 << bits, customers - first);
                SummarizePartition(records[offsets[p]..offsets[p + 1]], first, count, commonScale, scratch, figures);
            }

            scratch.Return();
        }
        finally
        {
            ArrayPool<Record>.Shared.Return(recordsArray);
        }

        return true;
    }

    private static void SummarizePartition(ReadOnlySpan<Record> records, int first, int count, int commonScale, PartitionScratch scratch, Figures figures)
    {
        // Group the partition's purchases by customer (counting sort).
        var start = scratch.Offsets.AsSpan(0, count + 1);
        start.Clear();
        foreach (ref readonly var r in records)
        {
            start[r.Customer - first + 1]++;
        }

        for (var k = 0; k < count; k++)
        {
            start[k + 1] += start[k];
        }

        var fill = scratch.Fill.AsSpan(0, count);
        start[..count].CopyTo(fill);
        var grouped = scratch.Grouped.AsSpan(0, records.Length);
        foreach (ref readonly var r in records)
        {
            grouped[fill[r.Customer - first]++] = r;
        }

        for (var k = 0; k < count; k++)
        {
            var mine = grouped[start[k]..start[k + 1]];
            if (!mine.IsEmpty)
            {
                SummarizeCustomer(mine, first + k, commonScale, scratch.Days, figures);
            }
        }
    }

    private static void SummarizeCustomer(ReadOnlySpan<Record> mine, int customer, int commonScale, int[] dayBuffer, Figures figures)
    {
        long sum = 0;
        var scale = 0;
        var firstDay = int.MaxValue;
        var lastDay = int.MinValue;
        foreach (ref readonly var r in mine)
        {
            sum += r.Key;
            scale = Math.Max(scale, r.Scale);
            firstDay = Math.Min(firstDay, r.Day);
            lastDay = Math.Max(lastDay, r.Day);
        }

        long firstSum = 0;
        var firstScale = 0;
        foreach (ref readonly var r in mine)
        {
            if (r.Day == firstDay)
            {
                firstSum += r.Key;
                firstScale = Math.Max(firstScale, r.Scale);
            }
        }

        var distinct = 1;
        if (lastDay > firstDay)
        {
            var sorted = dayBuffer.AsSpan(0, mine.Length);
            for (var j = 0; j < mine.Length; j++)
            {
                sorted[j] = mine[j].Day;
            }

            sorted.Sort();
            for (var j = 1; j < sorted.Length; j++)
            {
                distinct += sorted[j] != sorted[j - 1] ? 1 : 0;
            }
        }

        figures.Count[customer] = mine.Length;
        figures.RepeatDays[customer] = distinct - 1;
        figures.First[customer] = firstDay;
        figures.Last[customer] = lastDay;
        figures.Total[customer] = DecimalKeys.ToDecimal(sum, commonScale, scale);
        figures.FirstTotal[customer] = DecimalKeys.ToDecimal(firstSum, commonScale, firstScale);
    }

    /// <summary>The output columns, indexed by customer; customers without purchases are left as they are.</summary>
    internal sealed record Figures(int[] Count, int[] RepeatDays, int[] First, int[] Last, decimal[] Total, decimal[] FirstTotal);

    /// <summary>One purchase on or before the as-of date: its amount key, customer, day and the amount's scale.</summary>
    private readonly struct Record(long key, int customer, int day, byte scale)
    {
        // PurchaseColumns holds DateOnly day numbers (0 to 3,652,058 < 2^22) and scales are at most 28, so both share one int.
        private readonly int _dayAndScale = (day << 5) | scale;

        public long Key { get; } = key;

        public int Customer { get; } = customer;

        public int Day => _dayAndScale >> 5;

        public int Scale => _dayAndScale & 31;
    }

    /// <summary>Buffers reused from one partition to the next.</summary>
    private sealed class PartitionScratch(int customers, int purchases)
    {
        public int[] Offsets { get; } = ArrayPool<int>.Shared.Rent(customers + 1);

        public int[] Fill { get; } = ArrayPool<int>.Shared.Rent(customers);

        public Record[] Grouped { get; } = ArrayPool<Record>.Shared.Rent(Math.Max(purchases, 1));

        public int[] Days { get; } = ArrayPool<int>.Shared.Rent(Math.Max(purchases, 1));

        public void Return()
        {
            ArrayPool<int>.Shared.Return(Offsets);
            ArrayPool<int>.Shared.Return(Fill);
            ArrayPool<Record>.Shared.Return(Grouped);
            ArrayPool<int>.Shared.Return(Days);
        }
    }
}
