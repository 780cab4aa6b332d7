using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Identifiers;

/// <summary>Personal identifiers never show more than their documented digits in masked forms and library messages.</summary>
public class IdentifierMaskingTests
{
    private static string QuotedValue(string message)
    {
        const string Marker = "failed for value '";
        var start = message.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
        return message[start..message.IndexOf("': ", start, StringComparison.Ordinal)];
    }

    private static int Digits(string text) => text.Count(c => char.IsDigit(c));

    [Theory]
    [InlineData("0499370899", "049-******-9")]
    [InlineData("0084575948", "008-******-8")]
    public void NationalCode_FormatAndMask(string text, string masked)
    {
        var code = NationalCode.Parse(text);
        Assert.Equal(text[..3] + "-" + text[3..9] + "-" + text[9], code.Format());
        Assert.Equal(masked, code.ToMaskedString());
        Assert.Equal(masked, $"{code:m}");
        Assert.Equal(string.Empty, default(NationalCode).ToMaskedString());
    }

    [Fact]
    public void OtherPersonalIdentifiers_Mask_AsDocumented()
    {
        Assert.Equal("0912 *** 6789", IranianMobile.Parse("+989123456789").ToMaskedString());
        Assert.Equal("IR06 296* **** **** **** **00 01", Sheba.Parse("IR062960000000100324200001").ToMaskedString());
        Assert.Equal("049**********4", EconomicCode.Parse("04993708991234").ToMaskedString());
        Assert.Equal("10380284790", EconomicCode.Parse("10380284790").ToMaskedString());
        Assert.Equal("1193653471", PostalCode.Parse("1193653471").ToString("M", null));
    }

    [Property]
    public Property MaskedForms_ShowOnlyTheDocumentedDigits() =>
        Prop.ForAll(
            Gen.OneOf(
                Generators.ValidNationalCode().Select(s => (NationalCode.Parse(s).ToMaskedString(), s[..3] + s[9..])),
                Generators.MobileNationalNumber().Select(n => (IranianMobile.Parse("0" + n).ToMaskedString(), "0" + n[..3] + n[6..])),
                Generators.ValidSheba().Select(s => (Sheba.Parse(s).ToMaskedString(), s[2..7] + s[^4..])),
                Generators.ValidBankCard().Select(s => (BankCardNumber.Parse(s).ToMaskedString(), s[..6] + s[^4..]))).ToArbitrary(),
            t => new string(t.Item1.Where(char.IsAsciiDigit).ToArray()) == t.Item2);

    [Property]
    public Property ErrorMessages_OfPersonalIdentifiers_ShowAtMostTheMaskedDigits() =>
        Prop.ForAll(
            Gen.OneOf(
                Generators.ValidNationalCode().Select(s => s[..9] + (char)('0' + ((s[9] - '0' + 1) % 10))).Select(s => (Error<NationalCode>(s), 4)),
                Generators.ValidBankCard().Select(s => s[..15] + (char)('0' + ((s[15] - '0' + 1) % 10))).Select(s => (Error<BankCardNumber>(Generators.ToPersian(s)), 10)),
                Generators.ValidSheba().Select(s => s[..25] + (char)('0' + ((s[25] - '0' + 1) % 10))).Select(s => (Error<Sheba>(s), 9)),
                Generators.MobileNationalNumber().Select(n => "09" + n).Select(s => (Error<IranianMobile>(s), 8))).ToArbitrary(),
            t => Digits(QuotedValue(t.Item1.Message)) <= t.Item2 && t.Item1.Value.Length > 0);

    private static ValidationError Error<T>(string text)
        where T : struct, IIdentifier<T>
    {
        Assert.False(T.TryParse(text, out _, out var error));
        return error;
    }

    public sealed record Customer(NationalCode NationalCode);

    [Fact]
    public void JsonException_NamesRuleMaskedValueAndPath_AsDocumented()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Customer>("""{"nationalCode":"0499370898"}""", options));
        Assert.Equal(
            "Rule 'national-code.checksum' failed for value '049******8': the check digit (the 10th digit) does not match the first nine digits. Path: $.nationalCode.",
            ex.Message);
        Assert.DoesNotContain("0499370898", ex.ToString(), StringComparison.Ordinal);
    }
}
