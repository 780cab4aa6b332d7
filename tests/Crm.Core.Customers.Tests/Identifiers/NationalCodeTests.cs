using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Identifiers;

public class NationalCodeTests
{
    // Published vectors: persian-tools' verifyIranianNationalId tests (0499370899, 0790419904, 1583250689, 0684159414,
    // 4400276201, 2540201288, 7400076205, 7340416501) and issue 2 (0084575948, 1111111111).
    [Theory]
    [InlineData("0499370899")]
    [InlineData("0790419904")]
    [InlineData("1583250689")]
    [InlineData("0684159414")]
    [InlineData("4400276201")]
    [InlineData("2540201288")]
    [InlineData("7400076205")]
    [InlineData("7340416501")]
    [InlineData("0084575948")]
    [InlineData("1111111111")]
    public void TryParse_PublishedValidCode_Succeeds(string text)
    {
        Assert.True(NationalCode.TryParse(text, out var code, out var error));
        Assert.Null(error);
        Assert.Equal(text, code.Value);
    }

    [Theory]
    [InlineData("68415941", "0068415941")]
    [InlineData("84575948", "0084575948")]
    [InlineData("499370899", "0499370899")]
    [InlineData(" 84575948\t", "0084575948")]
    [InlineData("\u200e۸۴۵۷۵۹۴۸", "0084575948")]
    [InlineData("049-937089-9", "0499370899")]
    [InlineData(" 0499 370 899 ", "0499370899")]
    [InlineData("۰۴۹۹۳۷۰۸۹۹", "0499370899")]
    [InlineData("٠٤٩٩٣٧٠٨٩٩", "0499370899")]
    [InlineData("\u200f۰۴۹۹\u2013۳۷۰۸۹۹\u00a0", "0499370899")]
    public void Parse_AcceptedForms_GiveTenAsciiDigits(string text, string expected) =>
        Assert.Equal(expected, NationalCode.Parse(text).Value);

    [Theory]
    [InlineData(null, "national-code.empty")]
    [InlineData("", "national-code.empty")]
    [InlineData("  - ", "national-code.empty")]
    [InlineData("04993708a9", "national-code.invalid-character")]
    [InlineData("0499.370.899", "national-code.invalid-character")]
    [InlineData("1234567", "national-code.length")]
    [InlineData("12345-6789", "national-code.padding")]
    [InlineData("-123456789", "national-code.padding")]
    [InlineData("8457 5948", "national-code.padding")]
    [InlineData("۸۴۵۷-۵۹۴۸", "national-code.padding")]
    [InlineData("84575948-", "national-code.padding")]
    [InlineData("04993708990", "national-code.length")]
    [InlineData("0000000000", "national-code.repeated-digits")]
    [InlineData("9999999999", "national-code.repeated-digits")]
    [InlineData("00000000", "national-code.repeated-digits")]
    [InlineData("777777777", "national-code.checksum")]
    [InlineData("1234567890", "national-code.checksum")]
    [InlineData("12345678", "national-code.checksum")]
    [InlineData("0499370898", "national-code.checksum")]
    public void TryParse_InvalidCode_ReportsRule(string? text, string rule)
    {
        Assert.False(NationalCode.TryParse(text, out var code, out var error));
        Assert.Equal(default, code);
        Assert.Equal(rule, error.Rule);
        Assert.Equal("nationalCode", error.Field);
        Assert.Equal(text ?? string.Empty, error.Value);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
        Assert.False(NationalCode.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithErrorMessage()
    {
        NationalCode.TryParse("0499370898", out _, out var error);
        var exception = Assert.Throws<FormatException>(() => NationalCode.Parse("0499370898"));
        Assert.Equal(error!.Message, exception.Message);
        Assert.Equal("Rule 'national-code.checksum' failed for value '049******8': the check digit (the 10th digit) does not match the first nine digits.", exception.Message);
        Assert.Equal("0499370898", error.Value);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => NationalCode.Parse(null!)).ParamName);

    [Fact]
    public void Default_HasEmptyValue()
    {
        Assert.Equal(string.Empty, default(NationalCode).Value);
        Assert.Equal(string.Empty, default(NationalCode).ToString());
    }

    [Fact]
    public void Equality_SameDigitsDifferentForms_AreEqual()
    {
        Assert.Equal(NationalCode.Parse("۰۴۹۹۳۷۰۸۹۹"), NationalCode.Parse("0499370899"));
        Assert.NotEqual(NationalCode.Parse("0499370899"), NationalCode.Parse("0790419904"));
    }

    [Property]
    public Property AnyNineDigits_CompleteToExactlyOneValidCode_UnlessRepeated() =>
        Prop.ForAll(Generators.DigitString(9).ToArbitrary(), nine =>
        {
            var valid = Enumerable.Range(0, 10).Count(c => NationalCode.TryParse(nine + (char)('0' + c), out _));
            var repeated = nine.Distinct().Count() == 1 && nine[0] != '1';
            return repeated ? valid == 0 : valid == 1;
        });

    [Property]
    public Property TryParse_AgreesWithReferenceFormula() =>
        Prop.ForAll(Generators.DigitString(10).ToArbitrary(), ten =>
            NationalCode.TryParse(ten, out _) == Reference.NationalCodeIsValid(ten));

    [Property]
    public Property ToStringThenParse_RoundTrips() =>
        Prop.ForAll(Generators.ValidNationalCode().ToArbitrary(), text =>
        {
            var code = NationalCode.Parse(text);
            return NationalCode.Parse(code.ToString()) == code && code.Value == text;
        });

    [Property]
    public Property PersianAndArabicIndicDigits_EqualAsciiInput() =>
        Prop.ForAll(Generators.DigitString(10).ToArbitrary(), ten =>
        {
            NationalCode.TryParse(ten, out var ascii, out var asciiError);
            NationalCode.TryParse(Generators.ToPersian(ten), out var persian, out var persianError);
            NationalCode.TryParse(Generators.ToArabicIndic(ten), out var arabic, out var arabicError);
            return ascii == persian && ascii == arabic && asciiError?.Rule == persianError?.Rule && asciiError?.Rule == arabicError?.Rule;
        });

    [Property]
    public Property LeadingZerosDropped_StillParseToSameCode() =>
        Prop.ForAll(Generators.ValidNationalCode(prefix: "00").ToArbitrary(), text =>
            NationalCode.Parse(text.TrimStart('0').PadLeft(8, '0')) == NationalCode.Parse(text));
}
