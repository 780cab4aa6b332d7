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
