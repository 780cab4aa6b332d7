using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Identifiers;

public class PostalCodeTests
{
    // 1193653471 valid and 1111111111, 0423437584 invalid: persian-tools' iranianPostalCodeValidate tests.
    [Theory]
    [InlineData("1193653471")]
    [InlineData("11936-53471")]
    [InlineData("۱۱۹۳۶-۵۳۴۷۱")]
    [InlineData("١١٩٣٦ ٥٣٤٧١")]
    public void Parse_AcceptedForms_GiveTenDigits(string text)
    {
        var code = PostalCode.Parse(text);
        Assert.Equal("1193653471", code.Value);
        Assert.Equal("11", code.ProvinceCode);
        Assert.Equal("11936-53471", code.Format());
    }

    [Theory]
    [InlineData(null, "postal-code.empty")]
    [InlineData("", "postal-code.empty")]
    [InlineData("11936/53471", "postal-code.invalid-character")]
    [InlineData("142386473", "postal-code.length")]
    [InlineData("12", "postal-code.length")]
    [InlineData("0423437584", "postal-code.forbidden-digit")]
    [InlineData("1193253471", "postal-code.forbidden-digit")]
    [InlineData("1111111111", "postal-code.repeated-digits")]
    [InlineData("3333945678", "postal-code.repeated-digits")]
    public void TryParse_Invalid_ReportsRule(string? text, string rule)
    {
        Assert.False(PostalCode.TryParse(text, out _, out var error));
        Assert.Equal(rule, error.Rule);
        Assert.Equal("postalCode", error.Field);
    }

    [Fact]
    public void DigitsZeroAndTwoAfterFifthPosition_AreAllowed() =>
        Assert.True(PostalCode.TryParse("1193602020", out _));

    [Fact]
    public void Default_IsEmpty()
    {
        Assert.Equal(string.Empty, default(PostalCode).Value);
        Assert.Equal(string.Empty, default(PostalCode).ProvinceCode);
        Assert.Equal(string.Empty, default(PostalCode).Format());
    }

    private static readonly Gen<string> AllowedHead = Gen.Elements('1', '3', '4', '5', '6', '7', '8', '9').ArrayOf(5).Select(a => new string(a));

    [Property]
    public Property FormatThenParse_RoundTrips() =>
        Prop.ForAll(AllowedHead.Zip(Generators.DigitString(5)).Select(p => p.Item1 + p.Item2).Where(s => s[..4].Distinct().Count() > 1).ToArbitrary(), text =>
        {
            var code = PostalCode.Parse(text);
            return PostalCode.Parse(code.Format()) == code && PostalCode.Parse(code.ToString()) == code
                && PostalCode.Parse(Generators.ToPersian(code.Format())) == code;
        });

    [Property]
    public Property TryParse_AgreesWithStatedRules() =>
        Prop.ForAll(Generators.DigitString(10).ToArbitrary(), text =>
        {
            var expected = !text[..5].Contains('0') && !text[..5].Contains('2') && text[..4].Distinct().Count() > 1;
            return PostalCode.TryParse(text, out _) == expected;
        });
}
