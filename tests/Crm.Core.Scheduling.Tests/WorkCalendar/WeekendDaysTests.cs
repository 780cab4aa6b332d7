using NodaTime;

namespace Crm.Core.Scheduling.Tests.WorkCalendar;

public class WeekendDaysTests
{
    [Theory]
    [InlineData("friday")]
    [InlineData("FRI")]
    [InlineData(" Friday ")]
    public void Parse_Friday_IsFridayOnly(string text) => Assert.Equal(WeekendDays.FridayOnly, WeekendDays.Parse(text));

    [Theory]
    [InlineData("thursday-friday")]
    [InlineData("thu,fri")]
    [InlineData("friday+thursday")]
    public void Parse_ThursdayFriday_IsThursdayAndFriday(string text) =>
        Assert.Equal(WeekendDays.ThursdayAndFriday, WeekendDays.Parse(text));

    [Fact]
    public void Parse_None_IsEmpty() => Assert.Equal(0, WeekendDays.Parse("none").Count);

    [Fact]
    public void Parse_UnknownDay_FailsNamingIt()
    {
        var ex = Assert.Throws<FormatException>(() => WeekendDays.Parse("thursday-funday"));
        Assert.Contains("'funday'", ex.Message, StringComparison.Ordinal);
        Assert.False(WeekendDays.TryParse(null, out _));
    }

    [Fact]
    public void ToString_IsIranianWeekOrder()
    {
        Assert.Equal("thursday-friday", WeekendDays.ThursdayAndFriday.ToString());
        Assert.Equal("saturday-friday", WeekendDays.Of(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday).ToString());
        Assert.Equal([IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], WeekendDays.ThursdayAndFriday.Days());
    }

    [Fact]
    public void Of_None_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => WeekendDays.Of(IsoDayOfWeek.None));

    [Fact]
    public void WorkingHours_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkingHours(new LocalTime(16, 0), new LocalTime(8, 0)));

    [Fact]
    public void WorkingHours_Default_IsEightToFour() => Assert.Equal("08:00–16:00", WorkingHours.Default.ToString());
}
