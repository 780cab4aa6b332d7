using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Internal;

/// <summary>The days of a plan with their dates and calendar status, computed once.</summary>
internal sealed class PlanningHorizon
{
    public PlanningHorizon(WorkCalendar calendar, LocalDate start, int days)
    {
        Start = SolarHijri.From(start);
        Days = days;
        Dates = new LocalDate[days];
        Status = new DayStatus[days];
        for (var d = 0; d < days; d++)
        {
            Dates[d] = Start.PlusDays(d);
            Status[d] = calendar.GetDayStatus(Dates[d]);
        }
    }

    public LocalDate Start { get; }

    public int Days { get; }

    public LocalDate[] Dates { get; }

    public DayStatus[] Status { get; }

    public int IndexOf(LocalDate date)
    {
        var days = Period.DaysBetween(Start, SolarHijri.From(date));
        return days;
    }
}
