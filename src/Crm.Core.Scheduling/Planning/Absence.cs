using Crm.Core.Persian.Internal;
using System.Text;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>A period in which an owner does no follow-ups (leave, illness, a trip).</summary>
/// <param name="Owner">The owner who is away.</param>
/// <param name="From">The first day away, in any calendar.</param>
/// <param name="To">The last day away (included), in any calendar.</param>
public readonly record struct Absence(string Owner, LocalDate From, LocalDate To)
{
    /// <summary>Tells whether the owner is away on a date.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is between <see cref="From"/> and <see cref="To"/>.</returns>
    public bool Covers(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return iso >= From.WithCalendar(CalendarSystem.Iso) && iso <= To.WithCalendar(CalendarSystem.Iso);
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("Owner", Owner, first: true)
            .Date("From", From)
            .Date("To", To);
        return true;
    }
}
