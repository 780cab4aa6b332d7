using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Identifiers;

public class ShebaTests
{
    // IR062960000000100324200001: the Iranian example of the SWIFT IBAN registry (issue 2);
    // IR820540102680020817909002: persian-tools' Sheba tests. Both checked against Reference.IbanIsValid below.
    [Theory]
    [InlineData("IR062960000000100324200001")]
    [InlineData("IR820540102680020817909002")]
    public void PublishedExamples_PassTheReferenceAndTheLibrary(string text)
    {
        Assert.True(Reference.IbanIsValid(text));
        Assert.True(Sheba.TryParse(text, out var sheba, out var error));
        Assert.Null(error);
        Assert.Equal(text, sheba.Value);
    }

    [Theory]
    [InlineData("ir062960000000100324200001")]
    [InlineData("IR06 2960 0000 0010 0324 2000 01")]
    [InlineData("IR06-2960-0000-0010-0324-2000-01")]
    [InlineData(" iR۰۶۲۹۶۰۰۰۰۰۰۰۱۰۰۳۲۴۲۰۰۰۰۱ ")]
    [InlineData("IR٠٦٢٩٦٠٠٠٠٠٠٠١٠٠٣٢٤٢٠٠٠٠١")]
    [InlineData("062960000000100324200001")]
    public void Parse_AcceptedForms_GiveUpperCaseElectronicForm(string text)
    {
        var sheba = Sheba.Parse(text);
        Assert.Equal("IR062960000000100324200001", sheba.Value);
        Assert.Equal("IR06 2960 0000 0010 0324 2000 01", sheba.Format());
    }

    [Theory]
    [InlineData(null, "sheba.empty")]
    [InlineData("", "sheba.empty")]
    [InlineData("IR06 2960 0000 0010 0324 2000 0X", "sheba.invalid-character")]
    [InlineData("IR06.2960.0000.0010.0324.2000.01", "sheba.invalid-character")]
    [InlineData("DE89370400440532013000", "sheba.country")]
    [InlineData("I", "sheba.country")]
    [InlineData("IR", "sheba.length")]
    [InlineData("IR01234567890123456789", "sheba.length")]
    [InlineData("IR012345678901234567890123456789", "sheba.length")]
    [InlineData("IR012345678901234567890123", "sheba.check-digits")]
    [InlineData("IR002960000000100324200001", "sheba.check-digits")]
    [InlineData("IR062960000000100324200002", "sheba.mod97")]
    [InlineData("IR072960000000100324200001", "sheba.mod97")]
    public void TryParse_Invalid_ReportsRule(string? text, string rule)
    {
        Assert.False(Sheba.TryParse(text, out _, out var error));
        Assert.Equal(rule, error.Rule);
        Assert.Equal("sheba", error.Field);
    }

    [Fact]
    public void TurkishCulture_LowerCaseIr_IsAccepted()
    {
        using var scope = new CultureScope("tr-TR");
        Assert.Equal("IR062960000000100324200001", Sheba.Parse("ir062960000000100324200001").Value);
    }

    [Fact]
    public void Default_IsEmpty()
    {
        Assert.Equal(string.Empty, default(Sheba).Value);
        Assert.Equal(string.Empty, default(Sheba).Format());
    }

    [Property]
    public Property ValidSheba_FromReference_IsAccepted_AndFormatRoundTrips() =>
        Prop.ForAll(Generators.ValidSheba().ToArbitrary(), text =>
        {
            var sheba = Sheba.Parse(text);
            return sheba.Value == text && Sheba.Parse(sheba.Format()) == sheba && Sheba.Parse(text.ToLowerInvariant()) == sheba
                && Sheba.Parse(Generators.ToPersian(sheba.Format())) == sheba;
        });

    [Property]
    public Property ChangingAnySingleDigit_MakesItInvalid() =>
        Prop.ForAll(
            Generators.ValidSheba().SelectMany(s => Gen.Choose(2, 25).SelectMany(i => Gen.Choose(1, 9).Select(delta => (s, i, delta)))).ToArbitrary(),
            t =>
            {
                var chars = t.s.ToCharArray();
                chars[t.i] = (char)('0' + ((chars[t.i] - '0' + t.delta) % 10));
                return !Sheba.TryParse(new string(chars), out _);
            });

    [Property]
    public Property TryParse_AgreesWithReference() =>
        Prop.ForAll(Generators.DigitString(24).ToArbitrary(), digits =>
        {
            var text = "IR" + digits;
            var expected = Reference.IbanIsValid(text) && digits[..2] is not ("00" or "01" or "99");
            return Sheba.TryParse(text, out _) == expected;
        });
}
