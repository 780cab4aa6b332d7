using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Internal;

/// <summary>The days of a plan with their dates and calendar status, computed once.</summary>
internal sealed class PlanningHorizon
{
    private readonly int startNumber;

    public PlanningHorizon(WorkCalendar calendar, LocalDate start, int days)
    {
        Start = SolarHijri.From(start);
        startNumber = DayNumber.Of(Start);
        Days = days;
        Dates = new LocalDate[days];
        Status = new DayStatus[days];
        DaysOfWeek = new IsoDayOfWeek[days];
        var firstDay = (int)Start.DayOfWeek - 1; // Monday = 0; LocalDate.DayOfWeek is slow outside the ISO calendar
        for (var d = 0; d < days; d++)
        {
            Dates[d] = Start.PlusDays(d);
            Status[d] = calendar.GetDayStatus(Dates[d]);
            DaysOfWeek[d] = (IsoDayOfWeek)(((firstDay + d) % 7) + 1);
        }
    }

    public LocalDate Start { get; }

    public int Days { get; }

    public LocalDate[] Dates { get; }

    public DayStatus[] Status { get; }

    public IsoDayOfWeek[] DaysOfWeek { get; }

    public int IndexOf(LocalDate date) => DayNumber.Of(date) - startNumber;
}
