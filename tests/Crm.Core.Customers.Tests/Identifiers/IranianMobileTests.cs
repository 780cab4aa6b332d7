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
    [InlineData("09231234567", MobileOperator.Rightel)]
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

    /// <summary>libphonenumber's IR mobile pattern, copied from its metadata (not from the library's table).</summary>
    private static readonly System.Text.RegularExpressions.Regex LibphonenumberMobile = new(
        @"^9(?:(?:0(?:[0-35]\d|4[4-6])|(?:[13]\d|2[0-3])\d)\d|9(?:[0-46]\d\d|5[15]0|8(?:[12]\d|88)|9(?:0[0-3]|[19]\d|21|69|77|8[7-9])))\d{5}$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    [Fact]
    public void IsInAssignedBlock_AgreesWithLibphonenumberPatternForAllHundredBlocks()
    {
        var assigned = 0;
        for (var block = 0; block < 100; block++)
        {
            var prefix = "9" + block.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var expected = Enumerable.Range(0, 100).Any(ab => LibphonenumberMobile.IsMatch(prefix + ab.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "00000"));
            var mobile = IranianMobile.Parse("0" + prefix + "1234567");
            Assert.True(expected == mobile.IsInAssignedBlock, "block 0" + prefix);
            Assert.Equal(!expected, mobile.TryGetWarning(out _));
            assigned += expected ? 1 : 0;
        }

        Assert.Equal(39, assigned);
    }

    [Theory]
    [InlineData("09801234567")]
    [InlineData("09621234567")]
    [InlineData("09411234567")]
    [InlineData("+98 970 123 4567")]
    public void UnassignedBlock_ParsesWithWarning_AndIsRejectedUnderRejectPolicy(string text)
    {
        var mobile = IranianMobile.Parse(text);
        Assert.False(mobile.IsInAssignedBlock);
        Assert.True(mobile.TryGetWarning(out var warning));
        Assert.Equal(("mobile", "mobile.unassigned-block", mobile.NationalFormat), (warning.Field, warning.Rule, warning.Value));
        Assert.StartsWith("Rule 'mobile.unassigned-block' failed for value '", warning.Message, StringComparison.Ordinal);

        Assert.True(IranianMobile.TryParse(text, MobileBlockPolicy.Warn, out var warned, out _));
        Assert.Equal(mobile, warned);
        Assert.False(IranianMobile.TryParse(text, MobileBlockPolicy.Reject, out var rejected, out var error));
        Assert.Equal(default, rejected);
        Assert.Equal(("mobile.unassigned-block", text), (error.Rule, error.Value));
    }

    [Theory]
    [InlineData("09123456789")]
    [InlineData("09231234567")]
    [InlineData("09044123456")]
    [InlineData("09991234567")]
    public void AssignedBlock_HasNoWarning_AndPassesRejectPolicy(string text)
    {
        Assert.True(IranianMobile.Parse(text).IsInAssignedBlock);
        Assert.False(IranianMobile.Parse(text).TryGetWarning(out var warning));
        Assert.Null(warning);
        Assert.True(IranianMobile.TryParse(text, MobileBlockPolicy.Reject, out _, out _));
    }

    [Fact]
    public void Default_IsNotInAssignedBlock_AndHasNoWarning()
    {
        Assert.False(default(IranianMobile).IsInAssignedBlock);
        Assert.False(default(IranianMobile).TryGetWarning(out _));
        Assert.Equal(string.Empty, default(IranianMobile).Format());
    }

    [Theory]
    [InlineData("+989123456789", "0912 345 6789")]
    [InlineData("۰۹۳۵-۱۲۳-۴۵۶۷", "0935 123 4567")]
    public void Format_GroupsFourThreeFour(string text, string expected) =>
        Assert.Equal(expected, IranianMobile.Parse(text).Format());

    [Property]
    public Property FormatThenParse_RoundTrips() =>
        Prop.ForAll(Generators.MobileNationalNumber().ToArbitrary(), nsn =>
        {
            var mobile = IranianMobile.Parse("0" + nsn);
            return IranianMobile.Parse(mobile.Format()) == mobile;
        });
}
