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
            var rawScales = new byte[values.Length];
            var bitsScales = new byte[values.Length];
            var okRaw = DecimalKeys.TryConvertRaw(MemoryMarshal.Cast<decimal, ulong>(values.AsSpan()), raw, rawScales, out var minRaw, out var maxRaw, out var scaleRaw);
            var okBits = DecimalKeys.TryConvertWithGetBits(values, viaBits, bitsScales, out var minBits, out var maxBits, out var scaleBits);
            return okRaw == okBits && (!okRaw || (raw.SequenceEqual(viaBits) && minRaw == minBits && maxRaw == maxBits
                && scaleRaw == scaleBits && rawScales.SequenceEqual(bitsScales) && rawScales.SequenceEqual(values.Select(v => v.Scale))));
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
            var scales = new byte[values.Length];
            if (values.Length == 0 || !DecimalKeys.TryConvert(values, keys, scales, out _, out _, out var common))
            {
                return values.Length == 0;
            }

            var expected = values.Aggregate((a, b) => a + b);
            var actual = DecimalKeys.ToDecimal(keys.Sum(), common, scales.Max());
            return actual == expected && actual.Scale == expected.Scale;
        });

    [Fact]
    public void TryConvert_MantissaBeyond64Bits_Fails()
    {
        Assert.False(DecimalKeys.TryConvert([1m, 18_446_744_073_709_551_616m], new long[2], out _, out _));
    }
}
