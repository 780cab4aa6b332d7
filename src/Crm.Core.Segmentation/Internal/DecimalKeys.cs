using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Crm.Core.Segmentation.Internal;

/// <summary>
/// Maps decimals to order-preserving 64-bit integers at one common scale (the largest scale among the values), so that
/// ranking compares integers. Equal decimals (10.5 and 10.50) get equal keys. Fails when a value does not fit.
/// </summary>
/// <remarks>
/// A decimal is stored as the Win32 <c>DECIMAL</c> it marshals to: a 32-bit word with the scale (bits 16–23) and the
/// sign (bit 31), the high 32 bits of the 96-bit mantissa, then its low 64 bits. When that layout is confirmed at start-up
/// against <see cref="decimal.GetBits(decimal, Span{int})"/>, the column is read as raw words in one pass (a value with a
/// larger scale than seen so far rescales the keys made until then); otherwise every value goes through
/// <see cref="decimal.GetBits(decimal, Span{int})"/>.
/// </remarks>
internal static class DecimalKeys
{
    private static readonly ulong[] Powers = BuildPowers();

    // The largest mantissa that still fits a long after multiplying by Powers[i] (no division per value).
    private static readonly ulong[] Limits = [.. Powers.Select(p => (ulong)long.MaxValue / p)];
    internal static readonly bool RawLayout = ConfirmLayout();

    public static bool TryConvert(ReadOnlySpan<decimal> values, Span<long> keys, out long min, out long max) =>
        TryConvert(values, keys, out min, out max, out _);

    /// <summary>Converts values to keys at their common scale (the largest scale among them), which is also returned.</summary>
    public static bool TryConvert(ReadOnlySpan<decimal> values, Span<long> keys, out long min, out long max, out int commonScale) => RawLayout
        ? TryConvertRaw(MemoryMarshal.Cast<decimal, ulong>(values), keys, out min, out max, out commonScale)
        : TryConvertWithGetBits(values, keys, out min, out max, out commonScale);

    internal static bool TryConvertRaw(ReadOnlySpan<ulong> words, Span<long> keys, out long min, out long max, out int commonScale)
    {
        commonScale = 0;
        min = long.MaxValue;
        max = long.MinValue;
        var n = words.Length / 2;
        var scale = 0;
        for (var i = 0; i < n; i++)
        {
            var head = words[2 * i];
            var mantissa = words[(2 * i) + 1];
            var valueScale = (int)((head >> 16) & 0xFF);
            if ((head >> 32) != 0)
            {
                return false;
            }

            if (valueScale > scale)
            {
                // One pass: a larger scale than seen so far rescales the keys made until now (rare, at most 28 times).
                if (valueScale >= Powers.Length || !Rescale(keys[..i], valueScale - scale, ref min, ref max))
                {
                    return false;
                }

                scale = valueScale;
            }

            var shift = scale - valueScale;
            if (mantissa > Limits[shift])
            {
                return false;
            }

            var key = (long)(mantissa * Powers[shift]);
            key = (head & 0x8000_0000UL) != 0 ? -key : key;
            keys[i] = key;
            min = Math.Min(min, key);
            max = Math.Max(max, key);
        }

        commonScale = scale;
        return true;
    }

    private static bool Rescale(Span<long> keys, int shift, ref long min, ref long max)
    {
        if (keys.IsEmpty)
        {
            return true;
        }

        if ((ulong)Math.Max(Math.Abs(min), Math.Abs(max)) > Limits[shift])
        {
            return false;
        }

        var factor = (long)Powers[shift];
        foreach (ref var key in keys)
        {
            key *= factor;
        }

        min *= factor;
        max *= factor;
        return true;
    }

    internal static bool TryConvertWithGetBits(ReadOnlySpan<decimal> values, Span<long> keys, out long min, out long max, out int commonScale)
    {
        commonScale = 0;
        min = long.MaxValue;
        max = long.MinValue;
        var scale = 0;
        foreach (var v in values)
        {
            scale = Math.Max(scale, v.Scale);
        }

        if (scale >= Powers.Length)
        {
            return false;
        }

        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            decimal.GetBits(v, bits);
            if (bits[2] != 0)
            {
                return false;
            }

            var mantissa = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
            var shift = scale - v.Scale;
            if (mantissa > Limits[shift])
            {
                return false;
            }

            var key = (long)(mantissa * Powers[shift]);
            key = bits[3] < 0 ? -key : key;
            keys[i] = key;
            min = Math.Min(min, key);
            max = Math.Max(max, key);
        }

        commonScale = scale;
        return true;
    }

    /// <summary>Gets the largest mantissa that still fits a long after multiplying by 10^<paramref name="shift"/>; 0 when no
    /// mantissa but 0 does (shift of 19 or more).</summary>
    public static ulong LimitFor(int shift) => shift < Limits.Length ? Limits[shift] : 0;

    /// <summary>Multiplies a mantissa by 10^<paramref name="shift"/> and applies the sign; the caller has checked
    /// <see cref="LimitFor"/>.</summary>
    public static long Scaled(ulong mantissa, int shift, bool negative)
    {
        var value = (long)(mantissa * Powers[shift]);
        return negative ? -value : value;
    }

    /// <summary>Splits a decimal into its 64-bit mantissa, scale and sign; false when the mantissa needs more than 64 bits.</summary>
    public static bool TrySplit(decimal value, out ulong mantissa, out int scale, out bool negative)
    {
        ulong head;
        if (RawLayout)
        {
            ref var words = ref Unsafe.As<decimal, ulong>(ref value);
            head = words;
            mantissa = Unsafe.Add(ref words, 1);
        }
        else
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            head = unchecked((uint)bits[3] | ((ulong)(uint)bits[2] << 32));
            mantissa = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        }

        scale = (int)((head >> 16) & 0xFF);
        negative = (head & 0x8000_0000UL) != 0;
        return (head >> 32) == 0;
    }

    /// <summary>Turns a sum of keys at <paramref name="commonScale"/> back into a decimal at <paramref name="scale"/> (at
    /// most the common scale; the sum must be a multiple of 10^(common − scale), as a sum of values of that scale or less is).</summary>
    public static decimal ToDecimal(long sum, int commonScale, int scale)
    {
        var shift = commonScale - scale;
        var magnitude = shift == 0 ? (ulong)Math.Abs(sum) : (ulong)Math.Abs(sum) / Powers[shift];
        return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, sum < 0, (byte)scale);
    }

    /// <summary>Confirms the raw layout on values that set every part: sign, scale, high, middle and low words.</summary>
    private static bool ConfirmLayout()
    {
        decimal[] samples = [-1.5m, 12_345_678_901_234.567_89m, -79_228_162_514_264_337_593_543_950_335m, 0.000_000_000_000_000_000_000_000_1m, 4_294_967_296m];
        Span<int> bits = stackalloc int[4];
        var words = MemoryMarshal.Cast<decimal, ulong>(samples);
        for (var i = 0; i < samples.Length; i++)
        {
            decimal.GetBits(samples[i], bits);
            var head = unchecked((uint)bits[3] | ((ulong)(uint)bits[2] << 32));
            var low = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
            if (words[2 * i] != head || words[(2 * i) + 1] != low)
            {
                return false;
            }
        }

        return true;
    }

    private static ulong[] BuildPowers()
    {
        var powers = new ulong[19];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
