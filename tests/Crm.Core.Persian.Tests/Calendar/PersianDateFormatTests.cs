using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Persian.Tests.Calendar;

public class PersianDateFormatTests
{
    public static TheoryData<string> Cultures() => new() { "fa-IR", "ar-SA", "tr-TR", "" };

    [Theory]
    [InlineData("1405/01/01")]
    [InlineData("۱۴۰۵/۰۱/۰۱")]
    [InlineData("١٤٠٥/٠١/٠١")]
    [InlineData("1405/1/1")]
    [InlineData("  1405/01/01 ")]
    [InlineData("۱۴۰۵/1/٠١")]
    public void Parse_AnyDigitScript_GivesNowruz1405(string text) =>
        Assert.Equal(new LocalDate(2026, 3, 21), PersianDateFormat.Parse(text).WithCalendar(CalendarSystem.Iso));

    [Fact]
    public void Parse_Result_IsInThePersianCalendar() =>
        Assert.Equal(SolarHijri.Calendar, PersianDateFormat.Parse("1405/01/01").Calendar);

    [Fact]
    public void Parse_HyphenWithoutFlag_FailsAndExplains()
    {
        var ex = Assert.Throws<FormatException>(() => PersianDateFormat.Parse("1405-01-01"));
        Assert.Contains("AllowHyphen", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1405-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HyphenWithFlag_Succeeds() =>
        Assert.Equal(SolarHijri.Date(1404, 1, 1), PersianDateFormat.Parse("1404-01-01", PersianDateStyles.AllowHyphen));

    [Theory]
    [InlineData("1405/12/30", "day 30 does not exist in Esfand 1405")]
    [InlineData("1405/13/01", "month 13 does not exist")]
    [InlineData("1405/01/00", "day 0 does not exist")]
    [InlineData("1405/07/31", "day 31 does not exist in Mehr 1405")]
    [InlineData("05/01/01", "four digits")]
    [InlineData("1405/01-01", "expected a one- or two-digit month followed by '/'")]
    [InlineData("1405/01/01x", "day at the end")]
    [InlineData("", "empty")]
    [InlineData("hello", "four digits")]
    public void TryParse_BadText_FailsWithMessageNamingTheValue(string text, string expected)
    {
        Assert.False(PersianDateFormat.TryParse(text, PersianDateStyles.None, out _, out var error));
        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains($"'{text.Trim()}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(PersianDateFormat.TryParse(null, out _));

    [Fact]
    public void Format_IsoDate_WritesPersianDate()
    {
        var date = new LocalDate(2026, 3, 21);
        Assert.Equal("1405/01/01", PersianDateFormat.Format(date));
        Assert.Equal("۱۴۰۵/۰۱/۰۱", PersianDateFormat.Format(date, PersianDateDigits.Persian));
        Assert.Equal("١٤٠٥/٠١/٠١", PersianDateFormat.Format(date, PersianDateDigits.ArabicIndic));
    }

    [Fact]
    public void TryFormat_SmallBuffer_ReturnsFalse()
    {
        Span<char> buffer = stackalloc char[9];
        Assert.False(PersianDateFormat.TryFormat(SolarHijri.Date(1405, 1, 1), buffer, out var written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void FormatLong_Mehr14Of1405_IsTuesdayInPersian()
    {
        // 1 Mehr 1405 is 2026-09-23, so 14 Mehr is Tuesday 2026-10-06 (the issue's «سه‌شنبه ۱۵ مهر» is a Wednesday).
        var date = SolarHijri.Date(1405, 7, 14);
        Assert.Equal(new LocalDate(2026, 10, 6), date.WithCalendar(CalendarSystem.Iso));
        Assert.Equal("سه\u200Cشنبه ۱۴ مهر ۱۴۰۵", PersianDateFormat.FormatLong(date));
        Assert.Equal("Seshanbeh 14 Mehr 1405", PersianDateFormat.FormatLongLatin(date));
        Assert.Equal("چهارشنبه ۱۵ مهر ۱۴۰۵", PersianDateFormat.FormatLong(date.PlusDays(1)));
        Assert.Equal("سه\u200Cشنبه 14 مهر 1405", PersianDateFormat.FormatLong(date, PersianDateDigits.Ascii));
    }

    [Fact]
    public void FormatMonth_Farvardin_WritesMonthAndYear() =>
        Assert.Equal("فروردین ۱۴۰۵", PersianDateFormat.FormatMonth(1405, 1));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ParseAndFormat_AnyCulture_GiveTheSameText(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var date = PersianDateFormat.Parse("1404/12/29");
            Assert.Equal(new LocalDate(2026, 3, 20), date.WithCalendar(CalendarSystem.Iso));
            Assert.Equal("1404/12/29", PersianDateFormat.Format(date));
            Assert.Equal("جمعه ۲۹ اسفند ۱۴۰۴", PersianDateFormat.FormatLong(date));
            Assert.Equal("Jomeh 29 Esfand 1404", PersianDateFormat.FormatLongLatin(date));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Property]
    public Property FormatThenParse_RoundTripsEveryDate() =>
        Prop.ForAll(Gen.Choose(0, 300 * 366).ToArbitrary(), Gen.Elements(PersianDateDigits.Ascii, PersianDateDigits.Persian, PersianDateDigits.ArabicIndic).ToArbitrary(),
            (offset, digits) =>
            {
                var date = SolarHijri.Date(1206, 1, 1).PlusDays(offset);
                return PersianDateFormat.Parse(PersianDateFormat.Format(date, digits)) == date;
            });

    [Property]
    public Property FormatLong_NeverContainsLatinLetters() =>
        Prop.ForAll(Gen.Choose(0, 300 * 366).ToArbitrary(), offset =>
            !PersianDateFormat.FormatLong(SolarHijri.Date(1206, 1, 1).PlusDays(offset)).Any(char.IsAsciiLetter));

    [Property]
    public Property Parse_ImpossibleDay_AlwaysFails() =>
        Prop.ForAll(Gen.Choose(1206, 1500).ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), (year, month) =>
        {
            var day = SolarHijri.DaysInMonth(year, month) + 1;
            var text = string.Create(CultureInfo.InvariantCulture, $"{year}/{month:00}/{day:00}");
            return !PersianDateFormat.TryParse(text, out _);
        });
}
