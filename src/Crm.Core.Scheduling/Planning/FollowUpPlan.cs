using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// The result of planning: every follow-up either has a working day (<see cref="Assignments"/>) or is reported in
/// <see cref="Unplaced"/> with a reason. Gives the tickler's views: today's list per owner and a month view.
/// </summary>
public sealed class FollowUpPlan
{
    private readonly WorkCalendar calendar;
    private readonly Func<string, DailyCapacity> capacityOf;
    private readonly IReadOnlyList<Absence> absences;

    internal FollowUpPlan(LocalDate start, int days, IReadOnlyList<Assignment> assignments, IReadOnlyList<UnplacedFollowUp> unplaced,
        WorkCalendar calendar, Func<string, DailyCapacity> capacityOf, IReadOnlyList<Absence> absences)
    {
        Start = start;
        Days = days;
        Assignments = assignments;
        Unplaced = unplaced;
        this.calendar = calendar;
        this.capacityOf = capacityOf;
        this.absences = absences;
    }

    /// <summary>Gets the first day of the plan, as a Persian date.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the number of days the plan covers.</summary>
    public int Days { get; }

    /// <summary>Gets the last day of the plan (included).</summary>
    public LocalDate End => Start.PlusDays(Days - 1);

    /// <summary>Gets the placed follow-ups, ordered by day, owner and priority.</summary>
    public IReadOnlyList<Assignment> Assignments { get; }

    /// <summary>Gets the follow-ups that could not be placed, with reasons.</summary>
    public IReadOnlyList<UnplacedFollowUp> Unplaced { get; }

    internal WorkCalendar Calendar => calendar;

    internal IReadOnlyList<Absence> Absences => absences;

    internal DailyCapacity CapacityOf(string owner) => capacityOf(owner);

    /// <summary>Lists one owner's follow-ups of one day, most urgent first: today's tab of the binder.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="date">The day, in any calendar.</param>
    /// <returns>The assignments of that day.</returns>
    public IReadOnlyList<Assignment> ForDay(string owner, LocalDate date)
    {
        var day = SolarHijri.From(date);
        return Assignments.Where(a => a.Scheduled == day && string.Equals(a.FollowUp.Owner, owner, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Shows one owner's load on every day of a Persian month.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="persianYear">The Persian year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>One entry per day of the month.</returns>
    /// <exception cref="LunarHolidayDataMissingException">The month's year has no lunar data and the calendar's policy is to throw.</exception>
    public IReadOnlyList<DayLoad> MonthView(string owner, int persianYear, int month)
    {
        var first = SolarHijri.FirstDayOfMonth(persianYear, month);
        var capacity = capacityOf(owner);
        var byDay = Assignments.Where(a => string.Equals(a.FollowUp.Owner, owner, StringComparison.Ordinal)
                && a.Scheduled.Year == persianYear && a.Scheduled.Month == month)
            .GroupBy(a => a.Scheduled.Day)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Effort: g.Aggregate(Duration.Zero, (sum, a) => sum + a.FollowUp.Effort)));
        var result = new List<DayLoad>();
        for (var d = 1; d <= SolarHijri.DaysInMonth(persianYear, month); d++)
        {
            var date = first.PlusDays(d - 1);
            var status = calendar.GetDayStatus(date);
            var away = absences.Any(a => string.Equals(a.Owner, owner, StringComparison.Ordinal) && a.Covers(date));
            var load = byDay.GetValueOrDefault(d);
            result.Add(new DayLoad(date, status, load.Count, load.Effort,
                status == DayStatus.WorkingDay && !away ? capacity.On(date.DayOfWeek) : 0));
        }

        return result;
    }
}
