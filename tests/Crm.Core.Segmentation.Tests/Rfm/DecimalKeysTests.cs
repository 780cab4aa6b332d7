using System.Runtime.InteropServices;
using Crm.Core.Segmentation.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Segmentation.Tests.Rfm;

public class DecimalKeysTests
{
    // Mantissas below 2^31 at scales 0–6 always fit 64-bit keys at a common scale.
    private static readonly Gen<decimal> Convertible = Gen.OneOf(
        Gen.Choose(int.MinValue + 1, int.MaxValue).SelectMany(v => Gen.Choose(0, 6).Select(scale => new decimal(Math.Abs(v), 0, 0, v < 0, (byte)scale))),
        Gen.Elements(0m, -0m, 10.5m, 10.50m, 4_294_967_296m, -1.000000m));

    private static readonly Gen<decimal> Amounts = Gen.OneOf(
        Convertible,
        Gen.Choose(int.MinValue + 1, int.MaxValue).SelectMany(v => Gen.Choose(7, 28).Select(scale => new decimal(Math.Abs(v), 0, 0, v < 0, (byte)scale))),
        Gen.Elements(0m, -0m, 10.5m, 10.50m, 4_294_967_296m, 18_446_744_073_709_551_615m, 79_228_162_514_264_337_593_543_950_335m, 1m / 3m, long.MaxValue, long.MinValue));

    [Fact]
    public void RawLayout_OnThisRuntime_IsConfirmed()
    {
        Assert.True(DecimalKeys.RawLayout);
    }

    [Property(MaxTest = 500)]
    public Property TryConvert_RawWordsAndGetBits_Agree() =>
        Prop.ForAll(Amounts.ArrayOf().ToArbitrary(), values =>
        {
            var raw = new long[values.Length];
            var viaBits = new long[values.Length];
            var okRaw = DecimalKeys.TryConvertRaw(MemoryMarshal.Cast<decimal, ulong>(values.AsSpan()), raw, out var minRaw, out var maxRaw, out var scaleRaw);
            var okBits = DecimalKeys.TryConvertWithGetBits(values, viaBits, out var minBits, out var maxBits, out var scaleBits);
            return okRaw == okBits && (!okRaw || (raw.SequenceEqual(viaBits) && minRaw == minBits && maxRaw == maxBits
                && scaleRaw == scaleBits && scaleRaw == values.Select(v => (int)v.Scale).DefaultIfEmpty(0).Max()));
        });

    [Property(MaxTest = 500)]
    public Property TrySplit_AnyDecimal_GivesItsScaleSignAndLowMantissa() =>
        Prop.ForAll(Amounts.ToArbitrary(), value =>
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            var fits = DecimalKeys.TrySplit(value, out var mantissa, out var scale, out var negative);
            return fits == (bits[2] == 0) && scale == value.Scale && negative == (bits[3] < 0)
                && (!fits || mantissa == unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]));
        });

    [Property(MaxTest = 500)]
    public Property TryConvert_FittingValues_PreservesOrderAndEquality() =>
        Prop.ForAll(Convertible.ArrayOf().ToArbitrary(), values =>
        {
            var keys = new long[values.Length];
            if (!DecimalKeys.TryConvert(values, keys, out var min, out var max))
            {
                return false.Label("not converted");
            }

            return ((values.Length == 0 || (min == keys.Min() && max == keys.Max()))
                && Enumerable.Range(0, values.Length).SelectMany(i => Enumerable.Range(0, values.Length).Select(j => (i, j)))
                .All(p => values[p.i].CompareTo(values[p.j]) == keys[p.i].CompareTo(keys[p.j]))).Label("min/max and order");
        });

    [Property(MaxTest = 300)]
    public Property ToDecimal_SumOfKeys_EqualsDecimalSumWithItsScale() =>
        Prop.ForAll(Convertible.ArrayOf().ToArbitrary(), values =>
        {
            var keys = new long[values.Length];
            if (values.Length == 0 || !DecimalKeys.TryConvert(values, keys, out _, out _, out var common))
            {
                return values.Length == 0;
            }

            var expected = values.Aggregate((a, b) => a + b);
            var actual = DecimalKeys.ToDecimal(keys.Sum(), common, values.Max(v => v.Scale));
            return actual == expected && actual.Scale == expected.Scale;
        });

    [Fact]
    public void TryConvert_MantissaBeyond64Bits_Fails()
    {
        Assert.False(DecimalKeys.TryConvert([1m, 18_446_744_073_709_551_616m], new long[2], out _, out _));
    }
}
