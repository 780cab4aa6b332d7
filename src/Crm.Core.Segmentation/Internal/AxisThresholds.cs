using System.Buffers;
using System.Numerics;

namespace Crm.Core.Segmentation.Internal;

/// <summary>
/// Finds the four order statistics that decide the score 1 + floor(5·w/n) on one axis (w = customers strictly worse).
/// With t_k = ceil(k·n/5): when higher is better, score ≥ k+1 exactly when x exceeds the t_k-th smallest value; when
/// lower is better, exactly when x is below the t_k-th largest value. So score = 1 + #{k : x beats threshold k}.
/// </summary>
/// <remarks>
/// Integer and 64-bit keys are selected by a radix histogram: one pass counts the values per bucket of their top 16
/// bits (relative to the minimum), which places each wanted rank in a bucket; a second pass gathers the few values of
/// those buckets, and quickselect finishes among them. When the value range fits the histogram the buckets are the
/// values themselves and there is no second pass.
/// </remarks>
internal static class AxisThresholds
{
    private const int RadixBits = 16;

    /// <summary>Writes the four 0-based ranks (ascending order) of the thresholds for n values.</summary>
    public static void Ranks(int n, bool higherIsBetter, Span<int> ranks)
    {
        for (var k = 1; k <= 4; k++)
        {
            var t = (int)((((long)k * n) + 4) / 5);
            ranks[higherIsBetter ? k - 1 : 4 - k] = higherIsBetter ? t - 1 : n - t;
        }
    }

    /// <summary>Computes the thresholds of integer values.</summary>
    public static void ForInts(ReadOnlySpan<int> values, bool higherIsBetter, Span<long> scratch, Span<long> thresholds)
    {
        var (min, max) = AxisScores.MinMax(values);
        Span<int> ranks = stackalloc int[4];
        Ranks(values.Length, higherIsBetter, ranks);
        Select(values, min, max, ranks, scratch, thresholds);
    }

    /// <summary>Computes the thresholds of 64-bit keys whose minimum and maximum are known.</summary>
    public static void ForLongs(ReadOnlySpan<long> values, long min, long max, bool higherIsBetter, Span<long> scratch, Span<long> thresholds)
    {
        Span<int> ranks = stackalloc int[4];
        Ranks(values.Length, higherIsBetter, ranks);
        Select(values, min, max, ranks, scratch, thresholds);
    }

    /// <summary>Computes the thresholds of values that may be reordered in place.</summary>
    public static void ForValues<T>(Span<T> values, bool higherIsBetter, Span<T> thresholds)
        where T : IComparable<T>
    {
        Span<int> ranks = stackalloc int[4];
        Ranks(values.Length, higherIsBetter, ranks);
        QuickSelect.SelectFour(values, ranks, thresholds);
    }

    private static void Select<T>(ReadOnlySpan<T> values, long min, long max, ReadOnlySpan<int> ranks, Span<long> scratch, Span<long> thresholds)
        where T : struct, IBinaryInteger<T>
    {
        var range = unchecked((ulong)max - (ulong)min);
        var shift = Math.Max(0, 64 - BitOperations.LeadingZeroCount(range) - RadixBits);
        var buckets = (int)(range >> shift) + 1;
        var countsArray = ArrayPool<int>.Shared.Rent(buckets);
        try
        {
            var counts = countsArray.AsSpan(0, buckets);
            counts.Clear();
            foreach (var v in values)
            {
                counts[Bucket(v, min, shift)]++;
            }

            Span<int> bucketOf = stackalloc int[4];
            Span<int> rankIn = stackalloc int[4];
            var next = 0;
            var cumulative = 0;
            for (var b = 0; b < buckets && next < 4; b++)
            {
                while (next < 4 && cumulative + counts[b] > ranks[next])
                {
                    bucketOf[next] = b;
                    rankIn[next] = ranks[next] - cumulative;
                    next++;
                }

                cumulative += counts[b];
            }

            if (shift == 0)
            {
                for (var k = 0; k < 4; k++)
                {
                    thresholds[k] = min + bucketOf[k];
                }

                return;
            }

            Gather(values, min, shift, counts, bucketOf, rankIn, scratch, thresholds);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(countsArray);
        }
    }

    /// <summary>Copies the values of the (at most four) buckets holding a wanted rank into one region each of
    /// <paramref name="scratch"/> and selects within them.</summary>
    private static void Gather<T>(
        ReadOnlySpan<T> values, long min, int shift, Span<int> counts, ReadOnlySpan<int> bucketOf, ReadOnlySpan<int> rankIn,
        Span<long> scratch, Span<long> thresholds)
        where T : struct, IBinaryInteger<T>
    {
        Span<int> start = stackalloc int[4];
        Span<int> fill = stackalloc int[4];
        Span<int> group = stackalloc int[4];
        var groups = 0;
        var offset = 0;
        for (var k = 0; k < 4; k++)
        {
            var b = bucketOf[k];
            if (k > 0 && b == bucketOf[k - 1])
            {
                group[k] = group[k - 1];
                continue;
            }

            // Mark the bucket with its group number (negative, so unmarked counts stay non-negative).
            start[groups] = offset;
            fill[groups] = offset;
            offset += counts[b];
            counts[b] = -(groups + 1);
            group[k] = groups++;
        }

        foreach (var v in values)
        {
            var mark = counts[Bucket(v, min, shift)];
            if (mark < 0)
            {
                scratch[fill[-mark - 1]++] = long.CreateTruncating(v);
            }
        }

        for (var k = 0; k < 4; k++)
        {
            var g = group[k];
            var at = start[g] + rankIn[k];
            QuickSelect.Select(scratch, start[g], fill[g] - 1, at);
            thresholds[k] = scratch[at];
        }
    }

    private static int Bucket<T>(T value, long min, int shift)
        where T : struct, IBinaryInteger<T> => (int)(unchecked((ulong)long.CreateTruncating(value) - (ulong)min) >> shift);
}
