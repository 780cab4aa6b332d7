using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Identifiers;

public class EconomicCodeTests
{
    [Theory]
    [InlineData("10380284790", "10380284790", EconomicCodeKind.LegalEntity)]
    [InlineData("۱۰۳۸-۰۲۸۴-۷۹۰", "10380284790", EconomicCodeKind.LegalEntity)]
    [InlineData("04993708991234", "04993708991234", EconomicCodeKind.Individual)]
    [InlineData("0499370899-1234", "04993708991234", EconomicCodeKind.Individual)]
    [InlineData("11111111110000", "11111111110000", EconomicCodeKind.Individual)]
    public void Parse_ValidForms_GiveDigitsAndKind(string text, string value, EconomicCodeKind kind)
    {
        var code = EconomicCode.Parse(text);
        Assert.Equal(value, code.Value);
        Assert.Equal(kind, code.Kind);
        Assert.Equal(value, code.ToString());
    }

    [Theory]
    [InlineData(null, "economic-code.empty")]
    [InlineData("", "economic-code.empty")]
    [InlineData("10380284790x", "economic-code.invalid-character")]
    [InlineData("411111111111", "economic-code.length")]
    [InlineData("0499370899", "economic-code.length")]
    [InlineData("10380284792", "economic-code.legal-entity-checksum")]
    [InlineData("04993708981234", "economic-code.national-code-checksum")]
    [InlineData("00000000001234", "economic-code.repeated-digits")]
    public void TryParse_Invalid_ReportsRule(string? text, string rule)
    {
        Assert.False(EconomicCode.TryParse(text, out var code, out var error));
        Assert.Equal(rule, error.Rule);
        Assert.Equal("economicCode", error.Field);
        Assert.Equal(EconomicCodeKind.Unspecified, code.Kind);
    }

    [Fact]
    public void Default_IsEmptyAndUnspecified()
    {
        Assert.Equal(string.Empty, default(EconomicCode).Value);
        Assert.Equal(EconomicCodeKind.Unspecified, default(EconomicCode).Kind);
    }

    [Property]
    public Property ElevenDigitForm_AgreesWithLegalEntityReference() =>
        Prop.ForAll(Generators.DigitString(11).ToArbitrary(), eleven =>
            EconomicCode.TryParse(eleven, out _) == Reference.LegalEntityIdIsValid(eleven));

    [Property]
    public Property FourteenDigitForm_AgreesWithNationalCodeReference() =>
        Prop.ForAll(Generators.DigitString(14).ToArbitrary(), fourteen =>
            EconomicCode.TryParse(fourteen, out _) == Reference.NationalCodeIsValid(fourteen[..10]));

    [Property]
    public Property ToStringThenParse_RoundTrips() =>
        Prop.ForAll(Generators.ValidNationalCode().Zip(Generators.DigitString(4)).ToArbitrary(), pair =>
        {
            var code = EconomicCode.Parse(pair.Item1 + pair.Item2);
            return EconomicCode.Parse(code.ToString()) == code && EconomicCode.Parse(Generators.ToPersian(code.Value)) == code;
        });
}
