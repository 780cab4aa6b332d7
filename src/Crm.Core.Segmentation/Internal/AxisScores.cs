using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Turns values into scores 1–5 from the four thresholds of their axis (1 + the number of thresholds a value
/// beats), a vector of values at a time.</summary>
internal static class AxisScores
{
    /// <summary>Writes the score of each value.</summary>
    /// <param name="values">The values.</param>
    /// <param name="thresholds">The four thresholds, in the value's range.</param>
    /// <param name="higherIsBetter">Whether a value beats a threshold by being above it (else below it).</param>
    /// <param name="scores">One score per value.</param>
    public static void Score<T>(ReadOnlySpan<T> values, ReadOnlySpan<long> thresholds, bool higherIsBetter, Span<T> scores)
        where T : struct, IBinaryInteger<T>, ISignedNumber<T>
    {
        var t0 = T.CreateTruncating(thresholds[0]);
        var t1 = T.CreateTruncating(thresholds[1]);
        var t2 = T.CreateTruncating(thresholds[2]);
        var t3 = T.CreateTruncating(thresholds[3]);
        scores = scores[..values.Length];
        var i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            var width = Vector256<T>.Count;
            var v0 = Vector256.Create(t0);
            var v1 = Vector256.Create(t1);
            var v2 = Vector256.Create(t2);
            var v3 = Vector256.Create(t3);
            ref var source = ref MemoryMarshal.GetReference(values);
            ref var target = ref MemoryMarshal.GetReference(scores);
            for (; i <= values.Length - width; i += width)
            {
                var v = Vector256.LoadUnsafe(ref source, (nuint)i);

                // A true comparison is a lane of all ones (-1): 1 minus the sum of the masks counts the thresholds beaten.
                var beaten = higherIsBetter
                    ? Vector256.GreaterThan(v, v0) + Vector256.GreaterThan(v, v1) + Vector256.GreaterThan(v, v2) + Vector256.GreaterThan(v, v3)
                    : Vector256.LessThan(v, v0) + Vector256.LessThan(v, v1) + Vector256.LessThan(v, v2) + Vector256.LessThan(v, v3);
                (Vector256<T>.One - beaten).StoreUnsafe(ref target, (nuint)i);
            }
        }

        for (; i < values.Length; i++)
        {
            var x = values[i];
            var beaten = higherIsBetter
                ? (x > t0 ? 1 : 0) + (x > t1 ? 1 : 0) + (x > t2 ? 1 : 0) + (x > t3 ? 1 : 0)
                : (x < t0 ? 1 : 0) + (x < t1 ? 1 : 0) + (x < t2 ? 1 : 0) + (x < t3 ? 1 : 0);
            scores[i] = T.CreateTruncating(1 + beaten);
        }
    }

    /// <summary>Finds the smallest and largest value.</summary>
    public static (int Min, int Max) MinMax(ReadOnlySpan<int> values)
    {
        int min = int.MaxValue, max = int.MinValue;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<int>.Count)
        {
            var vmin = Vector256.Create(int.MaxValue);
            var vmax = Vector256.Create(int.MinValue);
            ref var source = ref MemoryMarshal.GetReference(values);
            for (; i <= values.Length - Vector256<int>.Count; i += Vector256<int>.Count)
            {
                var v = Vector256.LoadUnsafe(ref source, (nuint)i);
                vmin = Vector256.Min(vmin, v);
                vmax = Vector256.Max(vmax, v);
            }

            for (var k = 0; k < Vector256<int>.Count; k++)
            {
                min = Math.Min(min, vmin[k]);
                max = Math.Max(max, vmax[k]);
            }
        }

        for (; i < values.Length; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }

        return (min, max);
    }
}
