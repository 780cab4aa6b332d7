using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Identifiers;

public class IranianLandlineTests
{
    [Theory]
    [InlineData("02112345678")]
    [InlineData("021-12345678")]
    [InlineData("(021) 1234 5678")]
    [InlineData("+98 21 1234 5678")]
    [InlineData("0098 21 12345678")]
    [InlineData("982112345678")]
    [InlineData("۰۲۱-۱۲۳۴۵۶۷۸")]
    [InlineData("٠٢١١٢٣٤٥٦٧٨")]
    public void Parse_AcceptedForms_GiveE164(string text)
    {
        var phone = IranianLandline.Parse(text);
        Assert.Equal("+982112345678", phone.Value);
        Assert.Equal("21", phone.AreaCode);
        Assert.Equal("12345678", phone.SubscriberNumber);
        Assert.Equal("02112345678", phone.NationalFormat);
        Assert.Equal("Tehran", phone.Province.EnglishName);
        Assert.Equal("تهران", phone.Province.PersianName);
    }

    // The 31 area codes as listed in issue 2 (and in libphonenumber's fixed-line pattern for +98).
    [Theory]
    [InlineData("21", "Tehran")]
    [InlineData("26", "Alborz")]
    [InlineData("25", "Qom")]
    [InlineData("28", "Qazvin")]
    [InlineData("24", "Zanjan")]
    [InlineData("31", "Isfahan")]
    [InlineData("41", "East Azerbaijan")]
    [InlineData("44", "West Azerbaijan")]
    [InlineData("45", "Ardabil")]
    [InlineData("51", "Razavi Khorasan")]
    [InlineData("56", "South Khorasan")]
    [InlineData("58", "North Khorasan")]
    [InlineData("54", "Sistan and Baluchestan")]
    [InlineData("34", "Kerman")]
    [InlineData("35", "Yazd")]
    [InlineData("38", "Chaharmahal and Bakhtiari")]
    [InlineData("61", "Khuzestan")]
    [InlineData("66", "Lorestan")]
    [InlineData("81", "Hamadan")]
    [InlineData("83", "Kermanshah")]
    [InlineData("84", "Ilam")]
    [InlineData("86", "Markazi")]
    [InlineData("87", "Kurdistan")]
    [InlineData("17", "Golestan")]
    [InlineData("11", "Mazandaran")]
    [InlineData("13", "Gilan")]
    [InlineData("71", "Fars")]
    [InlineData("74", "Kohgiluyeh and Boyer-Ahmad")]
    [InlineData("76", "Hormozgan")]
    [InlineData("77", "Bushehr")]
    [InlineData("23", "Semnan")]
    public void Province_OfEachAreaCode_IsListed(string areaCode, string province)
    {
        Assert.Equal(province, IranianLandline.Parse("0" + areaCode + "32221234").Province.EnglishName);
        Assert.True(IranianProvince.TryFromAreaCode("0" + areaCode, out var p));
        Assert.Equal(province, p.EnglishName);
        Assert.NotEqual(string.Empty, p.PersianName);
    }

    [Fact]
    public void All_HasThirtyOneDistinctProvinces()
    {
        Assert.Equal(31, IranianProvince.All.Count);
        Assert.Equal(31, IranianProvince.All.Select(p => p.AreaCode).Distinct().Count());
        Assert.Equal(31, IranianProvince.All.Select(p => p.PersianName).Distinct().Count());
        Assert.True(IranianProvince.TryFromAreaCode("۰۴۱", out var east));
        Assert.Equal("آذربایجان شرقی", east.PersianName);
        Assert.False(IranianProvince.TryFromAreaCode("22", out _));
        Assert.False(IranianProvince.TryFromAreaCode(null, out _));
    }

    [Theory]
    [InlineData(null, "landline.empty")]
    [InlineData("   ", "landline.empty")]
    [InlineData("021-1234567x", "landline.invalid-character")]
    [InlineData("+4421123456789", "landline.country-code")]
    [InlineData("2112345678", "landline.prefix")]
    [InlineData("02212345678", "landline.area-code")]
    [InlineData("09123456789", "landline.area-code")]
    [InlineData("0", "landline.length")]
    [InlineData("0211234567", "landline.length")]
    [InlineData("021123456789", "landline.length")]
    [InlineData("021123456780211234567", "landline.length")]
    public void TryParse_Invalid_ReportsRule(string? text, string rule)
    {
        Assert.False(IranianLandline.TryParse(text, out _, out var error));
        Assert.Equal(rule, error.Rule);
        Assert.Equal("landline", error.Field);
    }

    [Fact]
    public void Default_IsEmpty()
    {
        Assert.Equal(string.Empty, default(IranianLandline).Value);
        Assert.Equal(string.Empty, default(IranianLandline).AreaCode);
        Assert.Equal(default, default(IranianLandline).Province);
        Assert.Equal(string.Empty, default(IranianProvince).EnglishName);
    }

    private static readonly string[] AreaCodes =
        ["21", "26", "25", "28", "24", "31", "41", "44", "45", "51", "56", "58", "54", "34", "35", "38", "61", "66", "81", "83", "84", "86", "87", "17", "11", "13", "71", "74", "76", "77", "23"];

    [Property]
    public Property NationalFormatThenParse_RoundTrips() =>
        Prop.ForAll(Gen.Elements(AreaCodes).Zip(Generators.DigitString(8)).ToArbitrary(), pair =>
        {
            var phone = IranianLandline.Parse("0" + pair.Item1 + "-" + pair.Item2);
            return IranianLandline.Parse(phone.NationalFormat) == phone
                && IranianLandline.Parse(phone.Value) == phone
                && IranianLandline.Parse(Generators.ToPersian(phone.NationalFormat)) == phone
                && phone.Value == "+98" + pair.Item1 + pair.Item2;
        });
}
