using Crm.Core.Customers;
using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Planning;

/// <summary>Dates at the edges of the Persian calendar: no lost plan, errors in the library's words.</summary>
public class CalendarEdgeTests
{
    [Fact]
    public void Plan_FollowUpDueBeforePersianYear1200_IsPlannedAsOverdueAndTheRestOfThePlanSurvives()
    {
        // Before the fix an int-to-uint conversion under checked arithmetic threw OverflowException for the whole plan.
        var plan = new FollowUpPlanner(new Scheduling.WorkCalendar()).Plan(
            [new FollowUp("old", CustomerCode.Parse("C-1"), "sara", SolarHijri.Date(1100, 1, 1)), new FollowUp("new", CustomerCode.Parse("C-2"), "sara", SolarHijri.Date(1405, 1, 10))],
            SolarHijri.Date(1405, 1, 5), 30);
        Assert.Equal(MoveReason.Overdue, plan.Assignments.Single(a => a.FollowUp.Id == "old").Reason);
        Assert.Equal(SolarHijri.Date(1405, 1, 10), plan.Assignments.Single(a => a.FollowUp.Id == "new").Scheduled);
    }

    [Fact]
    public void FollowUp_DueOutsideThePersianCalendar_ThrowsNamingTheFieldAndTheDate()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FollowUp("a", CustomerCode.Parse("C-1"), "sara", new LocalDate(1, 1, 1)));
        Assert.Equal("due", ex.ParamName);
        Assert.Contains("0001-01-01", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("daysSinceEpoch", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Occasions_DateOutsideThePersianCalendar_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Occasions.InYear(CustomerCode.Parse("C-1"), new LocalDate(1, 1, 1), OccasionKind.Birthday, 1405));
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("0001-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetDayStatus_DateOutsideThePersianCalendar_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Scheduling.WorkCalendar().GetDayStatus(new LocalDate(1, 1, 1)));
        Assert.Contains("0001-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sat,sun,mon,tue,wed,thu,fri")]
    [InlineData("friday saturday sunday monday tuesday wednesday thursday friday")]
    public void WeekendDaysTryParse_AllSevenDays_IsRejectedLikeTheWorkCalendarRejectsIt(string text)
    {
        Assert.False(WeekendDays.TryParse(text, out _));
        Assert.True(WeekendDays.TryParse("sat,sun,mon,tue,wed,thu", out var six));
        Assert.Equal(6, six.Count);
    }
}
