namespace Crm.Core.Segmentation.Internal;

/// <summary>
/// Maps decimals to order-preserving 64-bit integers at one common scale (the largest scale among the values), so that
/// ranking compares integers. Equal decimals (10.5 and 10.50) get equal keys. Fails when a value does not fit.
/// </summary>
internal static class DecimalKeys
{
    private static readonly ulong[] Powers = BuildPowers();

    public static bool TryConvert(ReadOnlySpan<decimal> values, Span<long> keys)
    {
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

            var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            var factor = Powers[scale - v.Scale];
            if (mantissa > (ulong)long.MaxValue / factor)
            {
                return false;
            }

            var key = (long)(mantissa * factor);
            keys[i] = bits[3] < 0 ? -key : key;
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
