using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Persian.Tests;

public class PersianDigitsTests
{
    [Theory]
    [InlineData("۱۴۰۵/۰۱/۰۱", "1405/01/01")]
    [InlineData("٠٩١٢٣٤٥٦٧٨٩", "09123456789")]
    [InlineData("abc ۰۱٢ x", "abc 012 x")]
    [InlineData("", "")]
    public void ToAscii_MixedScripts_ConvertsEveryDigit(string input, string expected) =>
        Assert.Equal(expected, PersianDigits.ToAscii(input));

    [Fact]
    public void ToPersian_AsciiAndArabicIndic_GivesPersianDigits() =>
        Assert.Equal("۱۲۳ ۴۵", PersianDigits.ToPersian("1٢3 ٤5"));

    [Fact]
    public void ToArabicIndic_Ascii_GivesArabicIndicDigits() =>
        Assert.Equal("١٢٣", PersianDigits.ToArabicIndic("123"));

    [Fact]
    public void DigitValue_NonDigit_IsMinusOne()
    {
        Assert.Equal(-1, PersianDigits.DigitValue('a'));
        Assert.Equal(7, PersianDigits.DigitValue('۷'));
        Assert.Equal(7, PersianDigits.DigitValue('٧'));
        Assert.False(PersianDigits.IsDigit('/'));
    }

    [Fact]
    public void ToAscii_Null_Throws() => Assert.Throws<ArgumentNullException>(() => PersianDigits.ToAscii(null!));

    [Property]
    public bool ToPersianThenToAscii_RoundTripsAsciiText(NonNull<string> text)
    {
        var ascii = PersianDigits.ToAscii(text.Get);
        return PersianDigits.ToAscii(PersianDigits.ToPersian(ascii)) == ascii
            && PersianDigits.ToAscii(PersianDigits.ToArabicIndic(ascii)) == ascii;
    }

    [Property]
    public bool ToAscii_LeavesNoNonAsciiDigit(NonNull<string> text) =>
        PersianDigits.ToAscii(text.Get).All(c => PersianDigits.DigitValue(c) < 0 || c is >= '0' and <= '9');

    [Property]
    public bool ToAscii_PreservesLength(NonNull<string> text) =>
        PersianDigits.ToAscii(text.Get).Length == text.Get.Length;

    [Property]
    public Property ToPersian_OfDigitString_ContainsOnlyPersianDigits() =>
        Prop.ForAll(Gen.Elements("0123456789".ToCharArray()).ArrayOf().Select(a => new string(a)).ToArbitrary(),
            s => PersianDigits.ToPersian(s).All(c => c is >= '۰' and <= '۹'));
}
