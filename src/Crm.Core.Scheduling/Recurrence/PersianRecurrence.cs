using Crm.Core.Scheduling.Internal;
using Ardalis.GuardClauses;
using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// A recurrence in Persian terms: every N days or weeks, every N Persian months on day D, or every year on a Persian
/// date. Days that do not exist in a month (31 Mehr, 30 Esfand of a common year) follow <see cref="Overflow"/>.
/// </summary>
/// <remarks>Monthly and yearly recurrences cannot be written as Gregorian RRULEs; export them expanded, or with
/// <see cref="ToRScaleRule"/> (RFC 7529) next to the expanded dates.</remarks>
public sealed class PersianRecurrence
{
    private PersianRecurrence(RecurrenceFrequency frequency, int interval, int month, int day, MonthDayOverflow overflow)
    {
        Frequency = frequency;
        Interval = Guard.Against.NegativeOrZero(interval);
        Month = month;
        Day = day;
        Overflow = overflow;
    }

    /// <summary>Gets the unit.</summary>
    public RecurrenceFrequency Frequency { get; }

    /// <summary>Gets the number of units between occurrences (1 or more).</summary>
    public int Interval { get; }

    /// <summary>Gets the Persian month of a yearly recurrence (1–12), otherwise 0.</summary>
    public int Month { get; }

    /// <summary>Gets the day of the month of a monthly or yearly recurrence (1–31), otherwise 0.</summary>
    public int Day { get; }

    /// <summary>Gets the rule for a day that does not exist in a month.</summary>
    public MonthDayOverflow Overflow { get; }

    /// <summary>Creates a recurrence every N days.</summary>
    /// <param name="interval">N, 1 or more.</param>
    /// <returns>The recurrence.</returns>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is not positive.</exception>
    public static PersianRecurrence EveryDays(int interval) => new(RecurrenceFrequency.Daily, interval, 0, 0, default);

    /// <summary>Creates a recurrence every N weeks, on the weekday of the first occurrence.</summary>
    /// <param name="interval">N, 1 or more.</param>
    /// <returns>The recurrence.</returns>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is not positive.</exception>
    public static PersianRecurrence EveryWeeks(int interval) => new(RecurrenceFrequency.Weekly, interval, 0, 0, default);

    /// <summary>Creates a recurrence every N Persian months on a day of the month.</summary>
    /// <param name="interval">N, 1 or more.</param>
    /// <param name="day">The day of the month, 1–31.</param>
    /// <param name="overflow">What to do in a month without that day.</param>
    /// <returns>The recurrence.</returns>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    /// <example><code>PersianRecurrence.EveryMonths(1, 31) // 31 Farvardin … 31 Shahrivar, 30 Mehr … 30 Bahman, 29/30 Esfand</code></example>
    public static PersianRecurrence EveryMonths(int interval, int day, MonthDayOverflow overflow = MonthDayOverflow.LastDayOfMonth) =>
        new(RecurrenceFrequency.Monthly, interval, 0, Guard.Against.OutOfRange(day, nameof(day), 1, 31), CheckOverflow(overflow));

    /// <summary>Creates a recurrence every year on a Persian date.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day, 1–31 (1–30 for months 7–12).</param>
    /// <param name="overflow">What to do when the day does not exist (30 Esfand in a common year).</param>
    /// <returns>The recurrence.</returns>
    /// <exception cref="ArgumentException">The month/day pair never exists.</exception>
    /// <example><code>PersianRecurrence.Yearly(12, 30) // 30 Esfand in leap years, 29 Esfand in common years</code></example>
    public static PersianRecurrence Yearly(int month, int day, MonthDayOverflow overflow = MonthDayOverflow.LastDayOfMonth)
    {
        Guard.Against.OutOfRange(month, nameof(month), 1, 12);
        Guard.Against.OutOfRange(day, nameof(day), 1, month <= 6 ? 31 : 30);
        return new(RecurrenceFrequency.Yearly, 1, month, day, CheckOverflow(overflow));
    }

    /// <summary>Lists the occurrences from a first date up to a last date (both included).</summary>
    /// <param name="first">The first occurrence (the anchor), in any calendar; monthly and yearly rules use it only as the earliest date.</param>
    /// <param name="until">The last date to consider, in any calendar.</param>
    /// <returns>The occurrences in order, as Persian dates.</returns>
    public IEnumerable<LocalDate> Occurrences(LocalDate first, LocalDate until)
    {
        var start = PersianDates.Checked(first, nameof(first));
        var end = PersianDates.Checked(until, nameof(until));
        if (Frequency is RecurrenceFrequency.Daily or RecurrenceFrequency.Weekly)
        {
            var step = Frequency == RecurrenceFrequency.Daily ? Interval : Interval * 7;
            for (var d = start; d <= end; d = d.PlusDays(step))
            {
                yield return d;
            }

            yield break;
        }

        var monthIndex = (start.Year * 12) + start.Month - 1;
        if (Frequency == RecurrenceFrequency.Yearly)
        {
            monthIndex = (start.Year * 12) + Month - 1;
        }

        var stride = Frequency == RecurrenceFrequency.Yearly ? 12 : Interval;
        for (; monthIndex / 12 <= end.Year; monthIndex += stride)
        {
            if (Resolve(monthIndex / 12, (monthIndex % 12) + 1) is { } date && date >= start)
            {
                if (date > end)
                {
                    yield break;
                }

                yield return date;
            }
        }
    }

    /// <summary>Returns the RFC 5545 RRULE value when a Gregorian rule means the same, otherwise <see langword="null"/>.</summary>
    /// <returns>For example "FREQ=WEEKLY;INTERVAL=2"; <see langword="null"/> for monthly and yearly Persian rules.</returns>
    public string? ToGregorianRule() => Frequency switch
    {
        RecurrenceFrequency.Daily => $"FREQ=DAILY;INTERVAL={Interval}",
        RecurrenceFrequency.Weekly => $"FREQ=WEEKLY;INTERVAL={Interval}",
        _ => null,
    };

    /// <summary>Returns the rule as an RFC 7529 RRULE value with <c>RSCALE=PERSIAN</c>.</summary>
    /// <returns>For example "RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31;SKIP=BACKWARD".</returns>
    public string ToRScaleRule()
    {
        var skip = Overflow switch
        {
            MonthDayOverflow.FirstDayOfNextMonth => "FORWARD",
            MonthDayOverflow.Skip => "OMIT",
            _ => "BACKWARD",
        };
        return Frequency switch
        {
            RecurrenceFrequency.Monthly => $"RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL={Interval};BYMONTHDAY={Day};SKIP={skip}",
            RecurrenceFrequency.Yearly => $"RSCALE=PERSIAN;FREQ=YEARLY;BYMONTH={Month};BYMONTHDAY={Day};SKIP={skip}",
            _ => "RSCALE=PERSIAN;" + ToGregorianRule(),
        };
    }

    private LocalDate? Resolve(int year, int month)
    {
        if (year < SolarHijri.MinYear || year > SolarHijri.MaxYear - 1)
        {
            return null;
        }

        var length = SolarHijri.DaysInMonth(year, month);
        if (Day <= length)
        {
            return SolarHijri.Date(year, month, Day);
        }

        return Overflow switch
        {
            MonthDayOverflow.LastDayOfMonth => SolarHijri.Date(year, month, length),
            MonthDayOverflow.FirstDayOfNextMonth => SolarHijri.Date(year, month, length).PlusDays(1),
            _ => null,
        };
    }

    private static MonthDayOverflow CheckOverflow(MonthDayOverflow overflow) =>
        Enum.IsDefined(overflow) ? overflow : throw new ArgumentOutOfRangeException(nameof(overflow), overflow, "undefined overflow rule");
}
