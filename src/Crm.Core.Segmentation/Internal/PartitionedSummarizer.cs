using System.Buffers;
using System.Numerics;

namespace Crm.Core.Segmentation.Internal;

/// <summary>
/// The fast path of <see cref="ColumnarPurchaseSummarizer"/> for purchases in one currency: purchases are scattered into
/// partitions of 2^<c>bits</c> consecutive customers (two sequential passes over the input, split into stripes that run
/// in parallel), then each partition, small enough for the processor cache, is grouped by customer and summarised
/// customer by customer (partitions in parallel). A customer's amounts are summed as integers at the largest scale among
/// them, which is exactly what decimal addition gives, digit for digit; a customer whose sum might not fit 64 bits is
/// summed with decimals, in input order, like the general path.
/// </summary>
internal static class PartitionedSummarizer
{
    public const int DefaultPartitionBits = 12;

    private const int BitmapDays = 1 << 14;

    // Below this many purchases, threads cost more than they save.
    private const int ParallelThreshold = 1 << 16;

    /// <summary>Summarises into the given columns, or returns <see langword="false"/> (columns untouched) when the fast path
    /// does not apply: more than one currency, or an amount whose mantissa needs more than 64 bits.</summary>
    public static bool TrySummarize(PurchaseColumns purchases, int asOfDay, int partitionBits, int parallelism, Figures figures, out int after,
        CancellationToken cancellationToken = default)
    {
        after = 0;
        if (purchases.Currencies.Count != 1)
        {
            return false;
        }

        var n = purchases.Count;
        var customers = purchases.Customers.Count;
        var partitions = (customers + (1 << partitionBits) - 1) >> partitionBits;
        var stripes = n >= ParallelThreshold ? Math.Max(1, parallelism) : 1;
        var input = new Input(purchases, asOfDay, partitionBits, stripes);

        // Pass 1: per stripe, how many purchases (on or before the as-of date) each partition receives.
        var counts = new int[stripes][];
        var later = new int[stripes];
        cancellationToken.ThrowIfCancellationRequested();
        Run(stripes, stripes, s => counts[s] = input.Count(s, partitions, out later[s]));
        cancellationToken.ThrowIfCancellationRequested();
        after = later.Sum();
        var start = new int[partitions + 1];
        var position = Positions(counts, start);

        var kept = start[partitions];
        // Large inputs get an exact, unpooled array: the shared pool would round 10M records up to 16.7M (400 MB instead of
        // 240 MB) and keep that array alive after the call.
        var pooled = kept < LargeInput;
        var records = pooled ? ArrayPool<Record>.Shared.Rent(Math.Max(kept, 1)) : GC.AllocateUninitializedArray<Record>(kept);
        try
        {
            // Pass 2: scatter, one sequential write stream per partition and stripe.
            var fits = new bool[stripes];
            Run(stripes, stripes, s => fits[s] = input.Scatter(s, position[s], records));
            cancellationToken.ThrowIfCancellationRequested();
            if (!fits.All(f => f))
            {
                return false;
            }

            // Pass 3: partition by partition, in cache.
            var largest = 0;
            for (var p = 0; p < partitions; p++)
            {
                largest = Math.Max(largest, start[p + 1] - start[p]);
            }

            var workers = kept >= ParallelThreshold ? Math.Max(1, parallelism) : 1;
            var options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
            Parallel.For(
                0,
                partitions,
                options,
                () => new PartitionScratch(1 << partitionBits, largest),
                (p, _, scratch) =>
                {
                    var first = p << partitionBits;
                    var count = Math.Min(1 << partitionBits, customers - first);
                    SummarizePartition(records.AsSpan(start[p], start[p + 1] - start[p]), first, count, scratch, figures);
                    return scratch;
                },
                scratch => scratch.Return());
            return true;
        }
        finally
        {
            if (pooled)
            {
                ArrayPool<Record>.Shared.Return(records);
            }
        }
    }

    /// <summary>The number of purchases from which the scatter array is allocated exactly rather than pooled.</summary>
    private const int LargeInput = 1 << 20;

    private static void Run(int count, int parallelism, Action<int> body)
    {
        if (parallelism <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, body);
    }

    /// <summary>Turns per-stripe counts into each partition's start and each stripe's first write position per partition
    /// (stripes in order within a partition, so the scatter keeps input order).</summary>
    private static int[][] Positions(int[][] counts, int[] start)
    {
        var partitions = start.Length - 1;
        var position = counts.Select(_ => new int[partitions]).ToArray();
        var next = 0;
        for (var p = 0; p < partitions; p++)
        {
            start[p] = next;
            for (var s = 0; s < counts.Length; s++)
            {
                position[s][p] = next;
                next += counts[s][p];
            }
        }

        start[partitions] = next;
        return position;
    }

    private static void SummarizePartition(ReadOnlySpan<Record> records, int first, int count, PartitionScratch scratch, Figures figures)
    {
        // Group the partition's purchases by customer (a stable counting sort: input order within a customer).
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
                SummarizeCustomer(mine, first + k, scratch, figures);
            }
        }
    }

    private static void SummarizeCustomer(ReadOnlySpan<Record> mine, int customer, PartitionScratch scratch, Figures figures)
    {
        var firstDay = int.MaxValue;
        var lastDay = int.MinValue;
        var minScale = int.MaxValue;
        var maxScale = 0;
        ulong largest = 0;
        foreach (ref readonly var r in mine)
        {
            firstDay = Math.Min(firstDay, r.Day);
            lastDay = Math.Max(lastDay, r.Day);
            minScale = Math.Min(minScale, r.Scale);
            maxScale = Math.Max(maxScale, r.Scale);
            largest = Math.Max(largest, r.Mantissa);
        }

        figures.Count[customer] = mine.Length;
        figures.RepeatDays[customer] = DistinctDays(mine, firstDay, lastDay, scratch) - 1;
        figures.First[customer] = firstDay;
        figures.Last[customer] = lastDay;
        var high = Math.BigMul(largest, (ulong)mine.Length, out var bound);
        if (high == 0 && bound <= DecimalKeys.LimitFor(maxScale - minScale))
        {
            // Every amount at the largest scale, times the number of amounts, fits a long: integer sums cannot overflow.
            long sum = 0;
            long firstSum = 0;
            var firstScale = 0;
            foreach (ref readonly var r in mine)
            {
                var value = DecimalKeys.Scaled(r.Mantissa, maxScale - r.Scale, r.Negative);
                sum += value;
                if (r.Day == firstDay)
                {
                    firstSum += value;
                    firstScale = Math.Max(firstScale, r.Scale);
                }
            }

            figures.Total[customer] = DecimalKeys.ToDecimal(sum, maxScale, maxScale);
            figures.FirstTotal[customer] = DecimalKeys.ToDecimal(firstSum, maxScale, firstScale);
            return;
        }

        decimal total = 0m;
        decimal firstTotal = 0m;
        try
        {
            var any = false;
            foreach (ref readonly var r in mine)
            {
                var amount = r.Amount;
                total = any ? total + amount : amount;
                any = true;
            }

            any = false;
            foreach (ref readonly var r in mine)
            {
                if (r.Day == firstDay)
                {
                    var amount = r.Amount;
                    firstTotal = any ? firstTotal + amount : amount;
                    any = true;
                }
            }
        }
        catch (OverflowException)
        {
            Interlocked.Exchange(ref figures.Overflowed, 1);
            return;
        }

        figures.Total[customer] = total;
        figures.FirstTotal[customer] = firstTotal;
    }

    /// <summary>Counts the distinct days: with a bitmap over the customer's span of days when it is short (one word up to
    /// 64 days, <see cref="BitmapDays"/> at most), else by sorting the days.</summary>
    private static int DistinctDays(ReadOnlySpan<Record> mine, int firstDay, int lastDay, PartitionScratch scratch)
    {
        var span = lastDay - firstDay + 1;
        if (span == 1)
        {
            return 1;
        }

        if (span <= 64)
        {
            ulong seen = 0;
            foreach (ref readonly var r in mine)
            {
                seen |= 1UL << (r.Day - firstDay);
            }

            return BitOperations.PopCount(seen);
        }

        if (span <= BitmapDays)
        {
            var map = scratch.Bitmap.AsSpan(0, (span + 63) >> 6);
            map.Clear();
            foreach (ref readonly var r in mine)
            {
                var bit = r.Day - firstDay;
                map[bit >> 6] |= 1UL << bit;
            }

            var count = 0;
            foreach (var word in map)
            {
                count += BitOperations.PopCount(word);
            }

            return count;
        }

        var sorted = scratch.Days.AsSpan(0, mine.Length);
        for (var j = 0; j < mine.Length; j++)
        {
            sorted[j] = mine[j].Day;
        }

        sorted.Sort();
        var distinct = 1;
        for (var j = 1; j < sorted.Length; j++)
        {
            distinct += sorted[j] != sorted[j - 1] ? 1 : 0;
        }

        return distinct;
    }

    /// <summary>The output columns, indexed by customer; customers without purchases are left as they are.</summary>
    internal sealed record Figures(int[] Count, int[] RepeatDays, int[] First, int[] Last, decimal[] Total, decimal[] FirstTotal)
    {
        /// <summary>Set (to 1) when some customer's total does not fit a decimal: the caller then takes the general path,
        /// which reports that customer.</summary>
        public int Overflowed;
    }

    /// <summary>The input columns, read stripe by stripe (a stripe is a contiguous share of the purchases).</summary>
    private sealed class Input(PurchaseColumns purchases, int asOfDay, int bits, int stripes)
    {
        private readonly int[] _customer = purchases.CustomerIndexArray;
        private readonly int[] _day = purchases.DayNumberArray;
        private readonly decimal[] _amount = purchases.AmountArray;

        public int[] Count(int stripe, int partitions, out int after)
        {
            var counts = new int[partitions];
            var (from, to) = Bounds(stripe);
            after = 0;
            for (var i = from; i < to; i++)
            {
                if (_day[i] > asOfDay)
                {
                    after++;
                    continue;
                }

                counts[_customer[i] >> bits]++;
            }

            return counts;
        }

        /// <summary>Writes the stripe's purchases to their partitions; false when a mantissa needs more than 64 bits.</summary>
        /// <remarks>Records are staged in a small buffer per partition (eight records, two cache lines) and copied out in
        /// whole batches, so the hundreds of partition streams do not each touch memory on every write.</remarks>
        public bool Scatter(int stripe, int[] position, Record[] records)
        {
            const int Batch = 8;
            var (from, to) = Bounds(stripe);
            var partitions = position.Length;
            var staged = new Record[partitions * Batch];
            var held = new int[partitions];
            for (var i = from; i < to; i++)
            {
                var day = _day[i];
                if (day > asOfDay)
                {
                    continue;
                }

                if (!DecimalKeys.TrySplit(_amount[i], out var mantissa, out var scale, out var negative))
                {
                    return false;
                }

                var customer = _customer[i];
                var p = customer >> bits;
                var k = held[p];
                staged[(p * Batch) + k] = new Record(mantissa, customer, day, scale, negative);
                if (++k == Batch)
                {
                    staged.AsSpan(p * Batch, Batch).CopyTo(records.AsSpan(position[p], Batch));
                    position[p] += Batch;
                    k = 0;
                }

                held[p] = k;
            }

            for (var p = 0; p < partitions; p++)
            {
                staged.AsSpan(p * Batch, held[p]).CopyTo(records.AsSpan(position[p], held[p]));
                position[p] += held[p];
            }

            return true;
        }

        private (int From, int To) Bounds(int stripe) =>
            ((int)((long)_customer.Length * stripe / stripes), (int)((long)_customer.Length * (stripe + 1) / stripes));
    }

    /// <summary>One purchase on or before the as-of date: the amount's 64-bit mantissa, sign and scale, its customer and day.</summary>
    private readonly struct Record(ulong mantissa, int customer, int day, int scale, bool negative)
    {
        // PurchaseColumns holds DateOnly day numbers (0 to 3,652,058 < 2^22) and scales are at most 28 (5 bits), so the
        // day, the sign and the scale share one int.
        private readonly int _packed = (day << 6) | (negative ? 32 : 0) | scale;

        public ulong Mantissa { get; } = mantissa;

        public int Customer { get; } = customer;

        public int Day => _packed >> 6;

        public int Scale => _packed & 31;

        public bool Negative => (_packed & 32) != 0;

        public decimal Amount => new(unchecked((int)(uint)Mantissa), unchecked((int)(uint)(Mantissa >> 32)), 0, Negative, (byte)Scale);
    }

    /// <summary>Buffers reused from one partition to the next by one worker.</summary>
    private sealed class PartitionScratch(int customers, int purchases)
    {
        public int[] Offsets { get; } = ArrayPool<int>.Shared.Rent(customers + 1);

        public int[] Fill { get; } = ArrayPool<int>.Shared.Rent(customers);

        public Record[] Grouped { get; } = ArrayPool<Record>.Shared.Rent(Math.Max(purchases, 1));

        public int[] Days { get; } = ArrayPool<int>.Shared.Rent(Math.Max(purchases, 1));

        public ulong[] Bitmap { get; } = ArrayPool<ulong>.Shared.Rent(BitmapDays / 64);

        public void Return()
        {
            ArrayPool<int>.Shared.Return(Offsets);
            ArrayPool<int>.Shared.Return(Fill);
            ArrayPool<Record>.Shared.Return(Grouped);
            ArrayPool<int>.Shared.Return(Days);
            ArrayPool<ulong>.Shared.Return(Bitmap);
        }
    }
}
