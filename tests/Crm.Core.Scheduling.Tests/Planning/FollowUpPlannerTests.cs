using Crm.Core.Customers;
using Crm.Core.Persian;
using NodaTime;
using static Crm.Core.Scheduling.Tests.Planning.PlannerTestData;

namespace Crm.Core.Scheduling.Tests.Planning;

public class FollowUpPlannerTests
{
    [Fact]
    public void Plan_DueOnWorkingDayWithRoom_StaysOnItsDay()
    {
        var plan = Planner().Plan([Item("a", "1405/02/02")], Start, 30);
        Assert.Equal("1405/02/02", plan.Find("a").Day());
        Assert.Equal(MoveReason.None, plan.Find("a").Reason);
    }

    [Theory]
    [InlineData(DayOffPolicy.NextWorkingDay, "1405/02/05")]
    [InlineData(DayOffPolicy.PreviousWorkingDay, "1405/02/03")]
    public void Plan_DueOnFriday_FollowsThePolicy(DayOffPolicy policy, string expected)
    {
        var plan = Planner(policy: policy).Plan([Item("a", "1405/02/04")], Start, 30);
        Assert.Equal(expected, plan.Find("a").Day());
        Assert.Equal(MoveReason.Weekend, plan.Find("a").Reason);
    }

    [Fact]
    public void Plan_DueOnFridayWithRejectPolicy_IsUnplacedWithReason()
    {
        var plan = Planner(policy: DayOffPolicy.Reject).Plan([Item("a", "1405/02/04")], Start, 30);
        var unplaced = Assert.Single(plan.Unplaced);
        Assert.Equal(UnplacedReason.DueOnDayOff, unplaced.Reason);
        Assert.Contains("'a'", unplaced.Message, StringComparison.Ordinal);
        Assert.Empty(plan.Assignments);
    }

    [Fact]
    public void Plan_DueOnImamKhomeiniDay_MovesPastBothKhordadHolidays()
    {
        var plan = Planner().Plan([Item("a", "1405/03/14")], Start, 60);
        Assert.Equal("1405/03/16", plan.Find("a").Day());
        Assert.Equal(MoveReason.Holiday, plan.Find("a").Reason);
    }

    [Fact]
    public void Plan_OverCapacity_MovesTheLeastUrgentToTheNextWorkingDay()
    {
        var plan = Planner(capacity: 2).Plan(
            [Item("low", "1405/02/03", priority: 5), Item("high", "1405/02/03", priority: 1), Item("mid", "1405/02/03", priority: 2)],
            Start, 30);
        Assert.Equal("1405/02/03", plan.Find("high").Day());
        Assert.Equal("1405/02/03", plan.Find("mid").Day());
        Assert.Equal("1405/02/05", plan.Find("low").Day()); // 02/04 is Friday
        Assert.Equal(MoveReason.Capacity, plan.Find("low").Reason);
    }

    [Fact]
    public void Plan_SamePriority_EarlierDueDateGoesFirst()
    {
        var plan = Planner(capacity: 1).Plan([Item("later", "1405/02/02"), Item("earlier", "1405/02/01")], Start, 30);
        Assert.Equal("1405/02/01", plan.Find("earlier").Day());
        Assert.Equal("1405/02/02", plan.Find("later").Day());
    }

    [Fact]
    public void Plan_OverdueFollowUp_GoesToTheFirstDay()
    {
        var plan = Planner().Plan([Item("old", "1405/01/20")], Start, 30);
        Assert.Equal("1405/02/01", plan.Find("old").Day());
        Assert.Equal(MoveReason.Overdue, plan.Find("old").Reason);
    }

    [Fact]
    public void Plan_DueAfterHorizonOrNoRoomLeft_IsReportedNotLost()
    {
        var plan = Planner(capacity: 1).Plan([Item("far", "1405/06/01"), Item("x", "1405/02/02"), Item("y", "1405/02/02")], Start, 2);
        Assert.Equal(UnplacedReason.DueAfterHorizon, plan.Unplaced.Single(u => u.FollowUp.Id == "far").Reason);
        Assert.Equal(UnplacedReason.NoCapacityInHorizon, plan.Unplaced.Single(u => u.FollowUp.Id == "y").Reason);
        Assert.Single(plan.Assignments);
    }

    [Fact]
    public void Plan_NoFollowUps_GivesAnEmptyPlan()
    {
        var plan = Planner().Plan([], Start, 30);
        Assert.Empty(plan.Assignments);
        Assert.Empty(plan.Unplaced);
    }

    [Fact]
    public void Plan_FiledUnderMonth_IsSpreadOverThatMonthsWorkingDays()
    {
        var items = Enumerable.Range(1, 10).Select(i => FollowUp.FiledUnderMonth("m" + i, CustomerCode.Parse("C" + i), "ali", 1405, 3)).ToList();
        var plan = Planner().Plan(items, Start, 90);
        Assert.Equal(10, plan.Assignments.Select(a => a.Scheduled).Distinct().Count());
        Assert.All(plan.Assignments, a =>
        {
            Assert.Equal(3, a.Scheduled.Month);
            Assert.True(new Scheduling.WorkCalendar().IsWorkingDay(a.Scheduled));
            Assert.Equal(MoveReason.SpreadOverMonth, a.Reason);
        });
    }

    [Fact]
    public void Plan_FiledUnderMonthEndingAfterTheHorizon_WhenTheMonthsPlannedDaysAreFull_ReportsTheRestUnplaced()
    {
        // 1405/02/01 + 5 days covers 02/01–02/05 (02/04 is a Friday): four working days for a month of 31.
        var items = Enumerable.Range(1, 6).Select(i => FollowUp.FiledUnderMonth("m" + i, CustomerCode.Parse("C" + i), "ali", 1405, 2)).ToList();
        var plan = Planner(capacity: 1).Plan(items, Start, 5);
        Assert.Equal(4, plan.Assignments.Count);
        Assert.Equal(2, plan.Unplaced.Count);
        Assert.All(plan.Unplaced, u => Assert.Equal(UnplacedReason.NoCapacityInHorizon, u.Reason));
    }

    [Fact]
    public void Plan_OwnerAbsentOnDueDate_MovesAfterTheAbsence()
    {
        var absence = new Absence("ali", SolarHijri.Date(1405, 2, 5), SolarHijri.Date(1405, 2, 7));
        var plan = Planner().Plan([Item("a", "1405/02/06")], Start, 30, [absence]);
        Assert.Equal("1405/02/08", plan.Find("a").Day());
        Assert.Equal(MoveReason.Absence, plan.Find("a").Reason);
    }

    [Fact]
    public void Plan_EffortCapacity_FitsByDurationAndPlacesAnOversizedItemAlone()
    {
        var options = new FollowUpPlannerOptions { DefaultCapacity = DailyCapacity.Effort(Duration.FromHours(2)) };
        var planner = new FollowUpPlanner(new Scheduling.WorkCalendar(), options);
        FollowUp Long(string id, int minutes) => new(id, CustomerCode.Parse("C"), "ali", Start, FollowUpKind.Visit, 3, Duration.FromMinutes(minutes));
        var plan = planner.Plan([Long("a", 90), Long("b", 90), Long("huge", 180)], Start, 30);
        Assert.Equal(3, plan.Assignments.Select(a => a.Scheduled).Distinct().Count());
        Assert.All(plan.Assignments, a => Assert.Single(plan.ForDay("ali", a.Scheduled)));
    }

    [Fact]
    public void HandOver_Absence_MovesEveryFollowUpWithItsNoteToColleagues()
    {
        var items = Enumerable.Range(1, 12).Select(i => Item("f" + i, "1405/02/0" + ((i % 3) + 5), note: "spoke about invoice " + i)).ToList();
        items.Add(Item("s1", "1405/02/06", owner: "sara"));
        var planner = Planner(capacity: 4);
        var plan = planner.Plan(items, Start, 30);
        var handed = planner.HandOver(plan, new Absence("ali", SolarHijri.Date(1405, 2, 5), SolarHijri.Date(1405, 2, 10)), ["sara", "reza"]);

        Assert.Equal(plan.Assignments.Count + plan.Unplaced.Count, handed.Assignments.Count + handed.Unplaced.Count);
        Assert.DoesNotContain(handed.Assignments, a => a.FollowUp.Owner == "ali");
        Assert.All(handed.Assignments.Where(a => a.FollowUp.Id.StartsWith('f')), a =>
        {
            Assert.Equal("ali", a.FollowUp.HandedOverFrom);
            Assert.Equal(MoveReason.HandedOver, a.Reason);
            Assert.Equal("spoke about invoice " + a.FollowUp.Id[1..], a.FollowUp.Note);
        });
        Assert.All(handed.Assignments.GroupBy(a => (a.FollowUp.Owner, a.Scheduled)), g => Assert.True(g.Count() <= 4));
    }

    [Fact]
    public void HandOver_ToTheAbsentOwner_Throws()
    {
        var planner = Planner();
        var plan = planner.Plan([Item("a", "1405/02/02")], Start, 30);
        Assert.Throws<ArgumentException>(() => planner.HandOver(plan, new Absence("ali", Start, Start), ["ali"]));
    }

    [Fact]
    public void MonthView_ShowsLoadAgainstCapacityAndDaysOff()
    {
        var plan = Planner(capacity: 5).Plan([Item("a", "1405/02/02"), Item("b", "1405/02/02")], Start, 31);
        var view = plan.MonthView("ali", 1405, 2);
        Assert.Equal(31, view.Count);
        Assert.Equal(2, view[1].Count);
        Assert.Equal(5, view[1].Capacity);
        Assert.Equal(DayStatus.Weekend, view[3].Status);
        Assert.Equal(0, view[3].Capacity);
        Assert.Equal(2, plan.ForDay("ali", SolarHijri.Date(1405, 2, 2)).Count);
    }

    [Fact]
    public void Constructor_InvalidOptions_ListsEveryProblem()
    {
        var options = new FollowUpPlannerOptions { HorizonDays = 0, DayOffPolicy = (DayOffPolicy)9, DefaultCapacity = null! };
        Assert.Equal(3, options.Validate().Count);
        Assert.Throws<ArgumentException>(() => new FollowUpPlanner(new Scheduling.WorkCalendar(), options));
    }

    [Fact]
    public void FollowUp_Refile_AppendsTheOutcomeAndKeepsTheContext()
    {
        var refiled = Item("a", "1405/02/02", note: "asked for a quote").Refile(SolarHijri.Date(1405, 3, 1), "quote sent, call back");
        Assert.Equal("asked for a quote\nquote sent, call back", refiled.Note);
        Assert.Equal(FollowUpOrigin.Interaction, refiled.Origin);
        Assert.Equal(SolarHijri.Date(1405, 3, 1), refiled.Due);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void FollowUp_PriorityOutOfRange_Throws(int priority) =>
        Assert.ThrowsAny<ArgumentException>(() => new FollowUp("a", CustomerCode.Parse("c"), "o", Start, priority: priority));
}
