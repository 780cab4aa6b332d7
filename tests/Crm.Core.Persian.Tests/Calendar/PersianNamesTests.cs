using NodaTime;

namespace Crm.Core.Persian.Tests.Calendar;

public class PersianNamesTests
{
    [Theory]
    [InlineData(1, "فروردین", "Farvardin")]
    [InlineData(2, "اردیبهشت", "Ordibehesht")]
    [InlineData(3, "خرداد", "Khordad")]
    [InlineData(4, "تیر", "Tir")]
    [InlineData(5, "مرداد", "Mordad")]
    [InlineData(6, "شهریور", "Shahrivar")]
    [InlineData(7, "مهر", "Mehr")]
    [InlineData(8, "آبان", "Aban")]
    [InlineData(9, "آذر", "Azar")]
    [InlineData(10, "دی", "Dey")]
    [InlineData(11, "بهمن", "Bahman")]
    [InlineData(12, "اسفند", "Esfand")]
    public void MonthName_EachMonth_HasPersianAndLatinName(int month, string persian, string latin)
    {
        Assert.Equal(persian, PersianNames.MonthName(month));
        Assert.Equal(latin, PersianNames.MonthNameLatin(month));
        Assert.True(PersianNames.TryParseMonth(persian, out var a));
        Assert.True(PersianNames.TryParseMonth(latin.ToUpperInvariant(), out var b));
        Assert.Equal(month, a);
        Assert.Equal(month, b);
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Saturday, "شنبه", "Shanbeh")]
    [InlineData(IsoDayOfWeek.Sunday, "یکشنبه", "Yekshanbeh")]
    [InlineData(IsoDayOfWeek.Monday, "دوشنبه", "Doshanbeh")]
    [InlineData(IsoDayOfWeek.Tuesday, "سه\u200Cشنبه", "Seshanbeh")]
    [InlineData(IsoDayOfWeek.Wednesday, "چهارشنبه", "Chaharshanbeh")]
    [InlineData(IsoDayOfWeek.Thursday, "پنجشنبه", "Panjshanbeh")]
    [InlineData(IsoDayOfWeek.Friday, "جمعه", "Jomeh")]
    public void WeekdayName_EachDay_HasPersianAndLatinName(IsoDayOfWeek day, string persian, string latin)
    {
        Assert.Equal(persian, PersianNames.WeekdayName(day));
        Assert.Equal(latin, PersianNames.WeekdayNameLatin(day));
    }

    [Fact]
    public void MonthName_Month13_Throws() =>
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => PersianNames.MonthName(13)).ParamName);

    [Fact]
    public void WeekdayName_None_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PersianNames.WeekdayName(IsoDayOfWeek.None));

    [Fact]
    public void TryParseMonth_ArabicYehSpelling_IsAccepted()
    {
        Assert.True(PersianNames.TryParseMonth("فروردين", out var month));
        Assert.Equal(1, month);
        Assert.False(PersianNames.TryParseMonth("March", out _));
        Assert.False(PersianNames.TryParseMonth(null, out _));
    }
}
