using NodaTime;

namespace Crm.Core.Persian;

/// <summary>
/// Gives the Persian names of the Solar Hijri months (فروردین … اسفند) and of the weekdays (شنبه … جمعه), in Persian
/// script and in a Latin transliteration.
/// </summary>
public static class PersianNames
{
    private static readonly string[] Months =
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    private static readonly string[] MonthsLatin =
        ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"];

    // Indexed by IsoDayOfWeek (Monday = 1 … Sunday = 7); index 0 unused.
    private static readonly string[] Weekdays =
        ["", "دوشنبه", "سه\u200Cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"];

    private static readonly string[] WeekdaysLatin =
        ["", "Doshanbeh", "Seshanbeh", "Chaharshanbeh", "Panjshanbeh", "Jomeh", "Shanbeh", "Yekshanbeh"];

    /// <summary>Returns the Persian name of a Solar Hijri month.</summary>
    /// <param name="month">The month, 1 (Farvardin) to 12 (Esfand).</param>
    /// <returns>The name in Persian script.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    /// <example><code>PersianNames.MonthName(7) // "مهر"</code></example>
    public static string MonthName(int month) => Months[CheckMonth(month) - 1];

    /// <summary>Returns the Latin transliteration of a Solar Hijri month name.</summary>
    /// <param name="month">The month, 1 (Farvardin) to 12 (Esfand).</param>
    /// <returns>The transliterated name, for example "Farvardin".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    /// <example><code>PersianNames.MonthNameLatin(12) // "Esfand"</code></example>
    public static string MonthNameLatin(int month) => MonthsLatin[CheckMonth(month) - 1];

    /// <summary>Returns the Persian name of a weekday.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The name in Persian script, with a zero-width non-joiner where the spelling needs one («سه‌شنبه»).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    /// <example><code>PersianNames.WeekdayName(IsoDayOfWeek.Friday) // "جمعه"</code></example>
    public static string WeekdayName(IsoDayOfWeek day) => Weekdays[CheckDay(day)];

    /// <summary>Returns the Latin transliteration of a weekday's Persian name.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The transliterated name, for example "Jomeh" for Friday.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    /// <example><code>PersianNames.WeekdayNameLatin(IsoDayOfWeek.Saturday) // "Shanbeh"</code></example>
    public static string WeekdayNameLatin(IsoDayOfWeek day) => WeekdaysLatin[CheckDay(day)];

    /// <summary>Finds the month number of a Persian or transliterated month name.</summary>
    /// <param name="name">The name, in Persian script (Arabic ي/ك accepted) or Latin (case-insensitive).</param>
    /// <param name="month">The month number 1–12 when found; otherwise 0.</param>
    /// <returns><see langword="true"/> when the name is a month name.</returns>
    /// <example><code>PersianNames.TryParseMonth("Mehr", out var m) // true, m == 7</code></example>
    public static bool TryParseMonth(string? name, out int month)
    {
        month = 0;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var trimmed = name.Trim().Replace('\u064A', '\u06CC').Replace('\u0643', '\u06A9');
        for (var i = 0; i < 12; i++)
        {
            if (string.Equals(trimmed, Months[i], StringComparison.Ordinal)
                || string.Equals(trimmed, MonthsLatin[i], StringComparison.OrdinalIgnoreCase))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    private static int CheckMonth(int month) => month is >= 1 and <= 12
        ? month
        : throw new ArgumentOutOfRangeException(nameof(month), month, $"month {month} does not exist: a Persian year has months 1 to 12");

    private static int CheckDay(IsoDayOfWeek day) => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday
        ? (int)day
        : throw new ArgumentOutOfRangeException(nameof(day), day, "the weekday must be Monday to Sunday");
}
