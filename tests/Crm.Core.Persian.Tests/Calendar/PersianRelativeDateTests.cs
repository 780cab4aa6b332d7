using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Persian.Tests.Calendar;

public class PersianRelativeDateTests
{
    private static readonly LocalDate Today = new(2026, 3, 21);

    [Theory]
    [InlineData(0, "امروز")]
    [InlineData(1, "فردا")]
    [InlineData(-1, "دیروز")]
    [InlineData(3, "۳ روز دیگر")]
    [InlineData(-13, "۱۳ روز پیش")]
    [InlineData(-15, "۲ هفته پیش")]
    [InlineData(21, "۳ هفته دیگر")]
    [InlineData(90, "۳ ماه دیگر")]
    [InlineData(-800, "۲ سال پیش")]
    public void Humanize_Offset_GivesPersianPhrase(int days, string expected) =>
        Assert.Equal(expected, PersianRelativeDate.Humanize(Today.PlusDays(days), Today));

    [Fact]
    public void Humanize_MixedCalendars_ComparesTheSameDay() =>
        Assert.Equal("فردا", PersianRelativeDate.Humanize(SolarHijri.Date(1405, 1, 2), Today));

    [Property]
    public Property Humanize_Direction_FollowsTheSignOfTheOffset() =>
        Prop.ForAll(Gen.Choose(-5000, 5000).Where(d => Math.Abs(d) > 1).ToArbitrary(), days =>
            PersianRelativeDate.Humanize(Today.PlusDays(days), Today).EndsWith(days > 0 ? "دیگر" : "پیش", StringComparison.Ordinal));
}
