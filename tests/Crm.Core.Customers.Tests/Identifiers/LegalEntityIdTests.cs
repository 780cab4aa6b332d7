using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Identifiers;

public class LegalEntityIdTests
{
    // Published vectors: persian-tools' verifyIranianLegalId tests (10380284790 valid; 10380284792, 10380285692,
    // 11111111111 and 09748208301 invalid).
    [Fact]
    public void TryParse_PublishedValidId_Succeeds()
    {
        Assert.True(LegalEntityId.TryParse("10380284790", out var id, out var error));
        Assert.Null(error);
        Assert.Equal("10380284790", id.Value);
        Assert.Equal("10380284790", id.ToString());
    }

    [Theory]
    [InlineData("10380284792")]
    [InlineData("10380285692")]
    [InlineData("11111111111")]
    [InlineData("09748208301")]
    public void TryParse_PublishedInvalidId_FailsChecksum(string text)
    {
        Assert.False(LegalEntityId.TryParse(text, out _, out var error));
        Assert.Equal("legal-entity-id.checksum", error.Rule);
        Assert.Equal("legalEntityId", error.Field);
    }

    [Theory]
    [InlineData("1038-0284-790")]
    [InlineData("۱۰۳۸۰۲۸۴۷۹۰")]
    [InlineData("١٠٣٨٠٢٨٤٧٩٠")]
    [InlineData(" 10380 284790 ")]
    public void Parse_AcceptedForms_GiveElevenAsciiDigits(string text) =>
        Assert.Equal("10380284790", LegalEntityId.Parse(text).Value);

    [Theory]
    [InlineData(null, "legal-entity-id.empty")]
    [InlineData(" ", "legal-entity-id.empty")]
    [InlineData("1038028479O", "legal-entity-id.invalid-character")]
    [InlineData("123000000", "legal-entity-id.length")]
    [InlineData("1038028479", "legal-entity-id.length")]
    [InlineData("103802847900", "legal-entity-id.length")]
    public void TryParse_Malformed_ReportsRule(string? text, string rule)
    {
        Assert.False(LegalEntityId.TryParse(text, out _, out var error));
        Assert.Equal(rule, error.Rule);
        Assert.Equal(text ?? string.Empty, error.Value);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatException() =>
        Assert.Contains("legal-entity-id.checksum", Assert.Throws<FormatException>(() => LegalEntityId.Parse("10380284792")).Message, StringComparison.Ordinal);

    [Fact]
    public void Default_HasEmptyValue() => Assert.Equal(string.Empty, default(LegalEntityId).Value);

    [Property]
    public Property TryParse_AgreesWithReferenceFormula() =>
        Prop.ForAll(Generators.DigitString(11).ToArbitrary(), eleven =>
            LegalEntityId.TryParse(eleven, out _) == Reference.LegalEntityIdIsValid(eleven));

    [Property]
    public Property AnyTenDigits_CompleteToExactlyOneValidId() =>
        Prop.ForAll(Generators.DigitString(10).ToArbitrary(), ten =>
            Enumerable.Range(0, 10).Count(c => LegalEntityId.TryParse(ten + (char)('0' + c), out _)) == 1);

    [Property]
    public Property ToStringThenParse_RoundTrips_AndPersianDigitsAgree() =>
        Prop.ForAll(Generators.ValidLegalEntityId().ToArbitrary(), text =>
        {
            var id = LegalEntityId.Parse(text);
            return LegalEntityId.Parse(id.ToString()) == id
                && LegalEntityId.Parse(Generators.ToPersian(text)) == id
                && LegalEntityId.Parse(Generators.ToArabicIndic(text)) == id;
        });
}
