using System.Buffers;

namespace Crm.Core.Segmentation.Internal;

/// <summary>
/// Finds the four order statistics that decide the score 1 + floor(5·w/n) on one axis (w = customers strictly worse).
/// With t_k = ceil(k·n/5): when higher is better, score ≥ k+1 exactly when x exceeds the t_k-th smallest value; when
/// lower is better, exactly when x is below the t_k-th largest value. So score = 1 + #{k : x beats threshold k}.
/// </summary>
internal static class AxisThresholds
{
    private const int MaxHistogram = 1 << 22;

    /// <summary>Writes the four 0-based ranks (ascending order) of the thresholds for n values.</summary>
    public static void Ranks(int n, bool higherIsBetter, Span<int> ranks)
    {
        for (var k = 1; k <= 4; k++)
        {
            var t = (int)((((long)k * n) + 4) / 5);
            ranks[higherIsBetter ? k - 1 : 4 - k] = higherIsBetter ? t - 1 : n - t;
        }
    }

    /// <summary>Computes the thresholds of integer values, by a histogram when the value range is small, else by quickselect.</summary>
    public static void ForInts(ReadOnlySpan<int> values, bool higherIsBetter, Span<long> scratch, Span<long> thresholds)
    {
        var n = values.Length;
        Span<int> ranks = stackalloc int[4];
        Ranks(n, higherIsBetter, ranks);
        int min = int.MaxValue, max = int.MinValue;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        var range = (long)max - min + 1;
        if (range <= MaxHistogram && range <= (4L * n) + 1024)
        {
            ByHistogram(values, min, (int)range, ranks, thresholds);
            return;
        }

        var copy = scratch[..n];
        for (var i = 0; i < n; i++)
        {
            copy[i] = values[i];
        }

        QuickSelect.SelectFour(copy, ranks, thresholds);
    }

    /// <summary>Computes the thresholds of values that may be reordered in place.</summary>
    public static void ForValues<T>(Span<T> values, bool higherIsBetter, Span<T> thresholds)
        where T : IComparable<T>
    {
        Span<int> ranks = stackalloc int[4];
        Ranks(values.Length, higherIsBetter, ranks);
        QuickSelect.SelectFour(values, ranks, thresholds);
    }

    /// <summary>Returns 1 + the number of thresholds <paramref name="x"/> beats.</summary>
    public static byte Score(long x, ReadOnlySpan<long> t, bool higherIsBetter) => higherIsBetter
        ? (byte)(1 + (x > t[0] ? 1 : 0) + (x > t[1] ? 1 : 0) + (x > t[2] ? 1 : 0) + (x > t[3] ? 1 : 0))
        : (byte)(1 + (x < t[0] ? 1 : 0) + (x < t[1] ? 1 : 0) + (x < t[2] ? 1 : 0) + (x < t[3] ? 1 : 0));

    private static void ByHistogram(ReadOnlySpan<int> values, int min, int range, ReadOnlySpan<int> ranks, Span<long> thresholds)
    {
        var counts = ArrayPool<int>.Shared.Rent(range);
        try
        {
            var c = counts.AsSpan(0, range);
            c.Clear();
            foreach (var v in values)
            {
                c[v - min]++;
            }

            var next = 0;
            long cumulative = 0;
            for (var i = 0; i < range && next < 4; i++)
            {
                cumulative += c[i];
                while (next < 4 && cumulative > ranks[next])
                {
                    thresholds[next++] = (long)min + i;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
        }
    }
}
