using NodaTime;

namespace Crm.Core.Scheduling.Internal;

/// <summary>Checks that month starts fit together: each month 29 or 30 days, stated lengths kept, no overlap.</summary>
internal static class HolidayFeedChecks
{
    /// <summary>Checks the feed's months among themselves.</summary>
    public static IReadOnlyList<HolidayFeedError> CheckWithin(IReadOnlyList<HolidayFeedMonth> months)
    {
        var table = LunarMonthTable.Empty.With(months.Select(m => m.Month));
        return Check(table, months);
    }

    /// <summary>Checks the feed's months against a table that already includes them.</summary>
    public static IReadOnlyList<HolidayFeedError> CheckAgainst(LunarMonthTable merged, HolidayFeed feed) => Check(merged, feed.MonthStarts);

    private static List<HolidayFeedError> Check(LunarMonthTable table, IReadOnlyList<HolidayFeedMonth> months)
    {
        var errors = new List<HolidayFeedError>();
        var keys = table.Months.Select(m => LunarMonthTable.Key(m.HijriYear, m.HijriMonth)).ToArray();
        foreach (var entry in months)
        {
            var key = LunarMonthTable.Key(entry.Month.HijriYear, entry.Month.HijriMonth);
            var index = Array.BinarySearch(keys, key);
            table.TryGet(key, out var month);
            if (index > 0 && table.TryGet(keys[index - 1], out var before))
            {
                Compare(errors, entry, before, month, key - keys[index - 1], before: true);
            }

            if (index >= 0 && index + 1 < keys.Length && table.TryGet(keys[index + 1], out var after))
            {
                Compare(errors, entry, month, after, keys[index + 1] - key, before: false);
            }
        }

        return errors;
    }

    private static void Compare(List<HolidayFeedError> errors, HolidayFeedMonth entry, HijriMonthStart first, HijriMonthStart second, int monthsApart, bool before)
    {
        var days = Period.DaysBetween(first.Start, second.Start);
        var value = Crm.Core.Persian.PersianDateFormat.Format(entry.Month.Start);
        var other = before ? first : second;
        var name = $"{entry.Month.HijriYear}/{entry.Month.HijriMonth}";
        var otherName = $"{other.HijriYear}/{other.HijriMonth} ({Crm.Core.Persian.PersianDateFormat.Format(other.Start)})";
        static string Fa(HijriMonthStart m) => $"{HolidayFeedMessages.Digits(m.HijriYear)}/{HolidayFeedMessages.Digits(m.HijriMonth)}";
        var n = HolidayFeedMessages.Digits(days);
        if (days <= 0)
        {
            errors.Add(HolidayFeedMessages.Error(entry.Line, "date", "overlap", value,
                $"The month {name} starting {value} does not come after the month {(before ? otherName : name)} and before {(before ? name : otherName)}.",
                $"ماه {Fa(first)} باید پیش از ماه {Fa(second)} آغاز شود، اما آغاز ماه {Fa(entry.Month)} {Crm.Core.Persian.PersianDigits.ToPersian(value)} است"));
        }
        else if (monthsApart == 1 && first.Length is { } stated && days != stated)
        {
            errors.Add(HolidayFeedMessages.Error(entry.Line, before ? "date" : "length", "month-length", before ? value : stated.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"The month {first.HijriYear}/{first.HijriMonth} is stated to have {stated} days, but the next month starts {days} days later.",
                $"برای ماه {Fa(first)} {HolidayFeedMessages.Digits(stated)} روز گفته شده، اما ماه بعد {n} روز پس از آن آغاز می‌شود"));
        }
        else if (days < 29 * monthsApart || days > 30 * monthsApart)
        {
            errors.Add(HolidayFeedMessages.Error(entry.Line, "date", monthsApart == 1 ? "month-length" : "overlap", value,
                monthsApart == 1
                    ? $"The month {first.HijriYear}/{first.HijriMonth} would have {days} days; a lunar month has 29 or 30 (next to {otherName})."
                    : $"{monthsApart} months from {first.HijriYear}/{first.HijriMonth} to {second.HijriYear}/{second.HijriMonth} would take {days} days, not {29 * monthsApart}–{30 * monthsApart}.",
                monthsApart == 1
                    ? $"ماه {Fa(first)} {n} روز می‌شود، اما ماه قمری ۲۹ یا ۳۰ روز دارد"
                    : $"{HolidayFeedMessages.Digits(monthsApart)} ماه از {Fa(first)} تا {Fa(second)} {n} روز می‌شود، نه {HolidayFeedMessages.Digits(29 * monthsApart)} تا {HolidayFeedMessages.Digits(30 * monthsApart)} روز"));
        }
    }
}
