using System.Globalization;
using Crm.Core.Customers;

namespace Crm.Core.Customers.Tests.Values;

public class MoneyTests
{
    [Theory]
    [InlineData("irr")]
    [InlineData("IR")]
    [InlineData("IRRR")]
    [InlineData("")]
    [InlineData(null)]
    public void Constructor_BadCurrency_ThrowsNamingCurrency(string? currency)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(1m, currency!));
        Assert.Equal("currency", ex.ParamName);
    }

    [Fact]
    public void FromTomans_IsTenRials() => Assert.Equal(Money.FromRials(125_000m), Money.FromTomans(12_500m));

    [Fact]
    public void Add_DifferentCurrencies_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Money.FromRials(1) + new Money(1, "USD"));

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    [InlineData("")]
    public void ToTomanString_AnyCulture_UsesInvariantDigitsAndGrouping(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("1,250,000 تومان", Money.FromRials(12_500_000m).ToTomanString());
            Assert.Equal("12500000.5 IRR", Money.FromRials(12_500_000.5m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void ToTomanString_NotRial_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new Money(1, "EUR").ToTomanString());
}

public class MoneyPersianFormatTests
{
    [Theory]
    [InlineData(12_500_000, "۱٬۲۵۰٬۰۰۰ تومان", "۱۲٬۵۰۰٬۰۰۰ ریال")]
    [InlineData(12_345, "۱٬۲۳۴٫۵ تومان", "۱۲٬۳۴۵ ریال")]
    [InlineData(0, "۰ تومان", "۰ ریال")]
    [InlineData(-15, "-۱٫۵ تومان", "-۱۵ ریال")]
    public void PersianFormats_UsePersianDigitsAndSeparators(long rials, string tomans, string rialText)
    {
        var money = Money.FromRials(rials);

        Assert.Equal(tomans, money.ToPersianTomanString());
        Assert.Equal(rialText, money.ToPersianRialString());
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public void PersianTomans_SameDigitsAsLatinTomans_InEveryCulture(long rials, bool german)
    {
        var money = Money.FromRials(rials);
        using var culture = new Crm.Core.TestKit.CultureScope(german ? "de-DE" : "fa-IR");

        var persian = money.ToPersianTomanString();

        Assert.Equal(money.ToTomanString(), Crm.Core.Persian.PersianDigits.ToAscii(persian).Replace('\u066C', ',').Replace('\u066B', '.'));
        Assert.DoesNotContain(persian, char.IsAsciiDigit);
    }

    [Fact]
    public void PersianFormats_OtherCurrency_Throw()
    {
        Assert.Throws<InvalidOperationException>(() => new Money(5m, "USD").ToPersianTomanString());
        Assert.Throws<InvalidOperationException>(() => new Money(5m, "USD").ToPersianRialString());
    }
}
