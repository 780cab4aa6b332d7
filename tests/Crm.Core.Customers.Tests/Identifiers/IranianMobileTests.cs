using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Identifiers;

public class IranianMobileTests
{
    [Theory]
    [InlineData("09123456789")]
    [InlineData("9123456789")]
    [InlineData("+989123456789")]
    [InlineData("989123456789")]
    [InlineData("00989123456789")]
    [InlineData("0912 345 6789")]
    [InlineData("0912-345-6789")]
    [InlineData("+98 (912) 345-6789")]
    [InlineData("(0912) 3456789")]
    [InlineData("۰۹۱۲۳۴۵۶۷۸۹")]
    [InlineData("٠٩١٢٣٤٥٦٧٨٩")]
    [InlineData("+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹")]
    [InlineData("\u200e0912\u00a0345\u20106789\r\n")]
    public void Parse_AcceptedForms_GiveE164(string text)
    {
        var mobile = IranianMobile.Parse(text);
        Assert.Equal("+989123456789", mobile.Value);
        Assert.Equal("09123456789", mobile.NationalFormat);
        Assert.Equal("+989123456789", mobile.ToString());
    }

    [Theory]
    [InlineData(null, "mobile.empty")]
    [InlineData("", "mobile.empty")]
    [InlineData(" () ", "mobile.empty")]
    [InlineData("0912345678a", "mobile.invalid-character")]
    [InlineData("0912+3456789", "mobile.invalid-character")]
    [InlineData("09123456789/09351234567", "mobile.invalid-character")]
    [InlineData("+19123456789", "mobile.country-code")]
    [InlineData("00449123456789", "mobile.country-code")]
    [InlineData("02112345678", "mobile.prefix")]
    [InlineData("+982112345678", "mobile.prefix")]
    [InlineData("0912345678", "mobile.length")]
    [InlineData("091234567890", "mobile.length")]
    [InlineData("+98", "mobile.length")]
    [InlineData("0912345678909351234567", "mobile.length")]
    [InlineData("09123456789 09351234567", "mobile.length")]
    public void TryParse_Invalid_ReportsRule(string? text, string rule)
    {
        Assert.False(IranianMobile.TryParse(text, out var mobile, out var error));
        Assert.Equal(rule, error.Rule);
        Assert.Equal("mobile", error.Field);
        Assert.Equal(default, mobile);
    }

    [Theory]
    [InlineData("09123456789", MobileOperator.HamrahAval)]
    [InlineData("09901234567", MobileOperator.HamrahAval)]
    [InlineData("09941234567", MobileOperator.HamrahAval)]
    [InlineData("09351234567", MobileOperator.Irancell)]
    [InlineData("09011234567", MobileOperator.Irancell)]
    [InlineData("09301234567", MobileOperator.Irancell)]
    [InlineData("09411234567", MobileOperator.Irancell)]
    [InlineData("09201234567", MobileOperator.Rightel)]
    [InlineData("09221234567", MobileOperator.Rightel)]
    [InlineData("09341234567", MobileOperator.Unknown)]
    [InlineData("09981234567", MobileOperator.Unknown)]
    public void Operator_FromPrefix_IsDisplayData(string text, MobileOperator expected) =>
        Assert.Equal(expected, IranianMobile.Parse(text).Operator);

    [Fact]
    public void Default_IsEmptyWithUnknownOperator()
    {
        Assert.Equal(string.Empty, default(IranianMobile).Value);
        Assert.Equal(string.Empty, default(IranianMobile).NationalFormat);
        Assert.Equal(MobileOperator.Unknown, default(IranianMobile).Operator);
    }

    private static Gen<string> AnyAcceptedForm(string nsn) => Gen.Elements(
        "0" + nsn, nsn, "+98" + nsn, "98" + nsn, "0098" + nsn, "+98 " + nsn[..3] + " " + nsn[3..6] + " " + nsn[6..],
        "0" + nsn[..3] + "-" + nsn[3..], Generators.ToPersian("0" + nsn), Generators.ToArabicIndic("+98" + nsn));

    [Property]
    public Property EveryAcceptedForm_CanonicalisesToTheSameE164() =>
        Prop.ForAll(Generators.MobileNationalNumber().SelectMany(n => AnyAcceptedForm(n).Select(f => (n, f))).ToArbitrary(), pair =>
            IranianMobile.Parse(pair.f).Value == "+98" + pair.n);

    [Property]
    public Property Canonicalisation_IsIdempotent() =>
        Prop.ForAll(Generators.MobileNationalNumber().SelectMany(AnyAcceptedForm).ToArbitrary(), text =>
        {
            var once = IranianMobile.Parse(text);
            var twice = IranianMobile.Parse(once.Value);
            return twice == once && IranianMobile.Parse(once.NationalFormat) == once && twice.Value == once.Value;
        });

    [Property]
    public Property TwoNumbersGluedTogether_AreInvalid() =>
        Prop.ForAll(Generators.MobileNationalNumber().Two().ToArbitrary(), pair =>
            !IranianMobile.TryParse("0" + pair.Item1 + "0" + pair.Item2, out _)
            && !IranianMobile.TryParse("0" + pair.Item1 + " 0" + pair.Item2, out _));
}
