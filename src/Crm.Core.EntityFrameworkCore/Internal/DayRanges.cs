using Crm.Core.Segmentation;
using Crm.Core.Segmentation.Internal;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// A date condition turned into the ISO day numbers it accepts: a union of inclusive ranges, with
/// <see cref="long.MinValue"/> and <see cref="long.MaxValue"/> for an open end. Comparisons of a date, and of the days
/// from a date to the as-of date, are one range each; the Persian-calendar operators are enumerated over the days the
/// stored data spans (<c>bounds</c>), with the in-memory evaluator's own predicate, so the ranges are exact.
/// </summary>
internal static class DayRanges
{
    public static List<(long Lo, long Hi)> ForDate(CompiledCondition c, DateEnv env, (long Lo, long Hi)? bounds)
    {
        var asOf = (long)env.AsOfDay;
        return c.Positive switch
        {
            SegmentOperator.EqualTo => [(c.Days[0], c.Days[0])],
            SegmentOperator.Before => [(long.MinValue, c.Days[0] - 1L)],
            SegmentOperator.After => [(c.Days[0] + 1L, long.MaxValue)],
            SegmentOperator.Between => c.Days[0] <= c.Days[1] ? [(c.Days[0], c.Days[1])] : [],
            SegmentOperator.InLastDays => [(asOf - c.Count, asOf)],
            SegmentOperator.InNextDays => [(asOf, asOf + c.Count)],
            _ => Enumerate(c, env, bounds),
        };
    }

    /// <summary>The days whose distance to the as-of date (as-of minus day) satisfies a number condition.</summary>
    public static List<(long Lo, long Hi)> ForDaysSince(CompiledCondition c, DateEnv env)
    {
        var asOf = (long)env.AsOfDay;
        var n = c.Numbers;
        return c.Positive switch
        {
            SegmentOperator.EqualTo => Whole(n[0]) is { } v ? [(asOf - v, asOf - v)] : [],
            SegmentOperator.In => [.. n.Select(Whole).Where(v => v is not null).Select(v => (asOf - v!.Value, asOf - v.Value))],
            SegmentOperator.GreaterThan => [(long.MinValue, asOf - Floor(n[0]) - 1)],
            SegmentOperator.GreaterThanOrEqual => [(long.MinValue, asOf - Ceiling(n[0]))],
            SegmentOperator.LessThan => [(asOf - Ceiling(n[0]) + 1, long.MaxValue)],
            SegmentOperator.LessThanOrEqual => [(asOf - Floor(n[0]), long.MaxValue)],
            SegmentOperator.Between => Ceiling(n[0]) <= Floor(n[1]) ? [(asOf - Floor(n[1]), asOf - Ceiling(n[0]))] : [],
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Operator, "Not a number operator."),
        };
    }

    /// <summary>The operand as a whole number, or <see langword="null"/> when it has a fraction (no whole count of days
    /// equals it); clamped far outside any date's range.</summary>
    public static long? Whole(decimal value) => decimal.Truncate(value) == value ? Clamp(value) : null;

    public static long Floor(decimal value) => Clamp(decimal.Floor(value));

    public static long Ceiling(decimal value) => Clamp(decimal.Ceiling(value));

    /// <summary>The ISO day number of 1/1/1 in the Persian calendar: no earlier day has a Persian year, month or day.</summary>
    private static readonly long FirstPersianDay =
        new NodaTime.LocalDate(1, 1, 1, NodaTime.CalendarSystem.PersianAstronomical).WithCalendar(NodaTime.CalendarSystem.Iso).ToDateOnly().DayNumber;

    private static long Clamp(decimal value) => value > 1_000_000_000_000m ? 1_000_000_000_000 : value < -1_000_000_000_000m ? -1_000_000_000_000 : (long)value;

    private static List<(long Lo, long Hi)> Enumerate(CompiledCondition c, DateEnv env, (long Lo, long Hi)? bounds)
    {
        var ranges = new List<(long Lo, long Hi)>();
        if (bounds is not { } b)
        {
            return ranges;   // no stored value: nothing to match
        }

        long? start = null;
        var last = Math.Min(b.Hi, FirstPersianDay + 3_500_000L);
        for (var day = Math.Max(b.Lo, FirstPersianDay); day <= last; day++)
        {
            var (py, pm, pd) = DateEnv.Persian((int)day);
            var match = ValueOps.Date((int)day, py, pm, pd, c, env);
            if (match && start is null)
            {
                start = day;
            }
            else if (!match && start is { } s)
            {
                ranges.Add((s, day - 1));
                start = null;
            }
        }

        if (start is { } open)
        {
            ranges.Add((open, last));
        }

        return ranges;
    }
}
