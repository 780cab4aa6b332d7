using Crm.Core.TestKit;

namespace Crm.Core.Customers.Tests.Identifiers;

public class IdentifierCultureTests
{
    private static readonly string?[] Inputs =
    [
        null, "", "0499370899", "۰۴۹۹۳۷۰۸۹۹", "1234567890", "0000000000", "84575948", "10380284790", "10380284792",
        "04993708991234", "1193653471", "11936-53471", "0423437584", "09123456789", "+98 912 345 6789", "٠٩٣٥١٢٣٤٥٦٧",
        "02112345678", "(021) 1234-5678", "041 3555 1234", "09801234567", "IR062960000000100324200001",
        "ir06 2960 0000 0010 0324 2000 01", "İR062960000000100324200001", "6037991234567893", "۶۰۳۷-۹۹۱۲-۳۴۵۶-۷۸۹۳",
        "6037991234567890", "IR820540102680020817909002", "12345-6789", "ıR062960000000100324200001", "x", "\u0130",
    ];

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    [InlineData("")]
    public void EveryIdentifier_GivesIdenticalResultsUnderCulture(string culture)
    {
        var invariant = Parse(string.Empty);
        var underCulture = Parse(culture);
        Assert.Equal(invariant, underCulture);
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    [InlineData("")]
    public void KnownOutputs_UnderCulture_AreAsciiAndInvariant(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("0499370899", NationalCode.Parse("۰۴۹۹۳۷۰۸۹۹").ToString());
        Assert.Equal("+989123456789", IranianMobile.Parse("٠٩١٢٣٤٥٦٧٨٩").ToString());
        Assert.Equal("IR06 2960 0000 0010 0324 2000 01", Sheba.Parse("ir062960000000100324200001").Format());
        Assert.Equal("11936-53471", PostalCode.Parse("۱۱۹۳۶۵۳۴۷۱").Format());
        Assert.Equal("East Azerbaijan", IranianLandline.Parse("041 3555 1234").Province.EnglishName);
        Assert.Equal("049-937089-9 049-******-9", $"{NationalCode.Parse("0499370899"):D} {NationalCode.Parse("0499370899"):M}");
        Assert.Equal("0912 345 6789", IranianMobile.Parse("09123456789").ToString("D", System.Globalization.CultureInfo.CurrentCulture));
        Assert.Equal("6037-99**-****-7893", BankCardNumber.Parse("۶۰۳۷۹۹۱۲۳۴۵۶۷۸۹۳").ToMaskedString());
        Assert.Equal("Bank Melli Iran", BankCardNumber.Parse("6037991234567893").Bank.EnglishName);
        Assert.Equal("\"6037991234567893\"", System.Text.Json.JsonSerializer.Serialize(BankCardNumber.Parse("6037991234567893")));
        Assert.False(Sheba.TryParse("İR062960000000100324200001", out _, out var error));
        Assert.Equal("sheba.country", error.Rule);
    }

    private static string[] Parse(string culture)
    {
        using var scope = new CultureScope(culture);
        return Inputs.Select(IdentifierRobustnessTests.ParseAll).ToArray();
    }
}
