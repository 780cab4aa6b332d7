using System.Globalization;
using Crm.Core.Persian.Internal;
using NodaTime;

namespace Crm.Core.Persian;

/// <summary>
/// Reads and writes Persian dates as text: <c>yyyy/MM/dd</c> with ASCII, Persian or Arabic-Indic digits, and long forms
/// with month and weekday names. It never prints a Gregorian month name, which NodaTime's own patterns do for the Persian
/// calendar under the invariant culture.
/// </summary>
/// <remarks>Every method is independent of the current culture. Dates of any calendar are accepted and converted to
/// <see cref="SolarHijri.Calendar"/> first; parsed dates are returned in that calendar.</remarks>
public static class PersianDateFormat
{
    /// <summary>Reads a Persian date written <c>yyyy/MM/dd</c> (or <c>yyyy-MM-dd</c> with <see cref="PersianDateStyles.AllowHyphen"/>).</summary>
    /// <param name="text">The text; digits may be ASCII, Persian or Arabic-Indic; surrounding white space is ignored.</param>
    /// <param name="styles">The accepted forms.</param>
    /// <returns>The date in <see cref="SolarHijri.Calendar"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a Persian date or names an impossible day; the message quotes the
    /// text and says which rule failed.</exception>
    /// <example><code>PersianDateFormat.Parse("۱۴۰۵/۰۷/۱۴") // 1405/07/14 (Gregorian 2026-10-06)</code></example>
    public static LocalDate Parse(string text, PersianDateStyles styles = PersianDateStyles.None)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text.AsSpan(), styles, out var date, out var error) ? date : throw new FormatException(error);
    }

    /// <summary>Tries to read a Persian date written <c>yyyy/MM/dd</c>.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="date">The date in <see cref="SolarHijri.Calendar"/> when the text is valid; otherwise the default.</param>
    /// <returns><see langword="true"/> when the text is a valid Persian date.</returns>
    /// <example><code>PersianDateFormat.TryParse("1405/12/30", out _) // false: 1405 is a common year</code></example>
    public static bool TryParse(string? text, out LocalDate date) =>
        TryParse(text.AsSpan(), PersianDateStyles.None, out date, out _);

    /// <summary>Tries to read a Persian date and explains a failure.</summary>
    /// <param name="text">The text; digits may be ASCII, Persian or Arabic-Indic.</param>
    /// <param name="styles">The accepted forms.</param>
    /// <param name="date">The date in <see cref="SolarHijri.Calendar"/> when valid; otherwise the default.</param>
    /// <param name="error">When invalid, a message that quotes the text and names the rule and the offending value.</param>
    /// <returns><see langword="true"/> when the text is a valid Persian date.</returns>
    /// <example><code>PersianDateFormat.TryParse("1405/13/01", PersianDateStyles.None, out _, out var error)
    /// // error: "Persian date '1405/13/01': month 13 does not exist: a Persian year has months 1 to 12"</code></example>
    public static bool TryParse(ReadOnlySpan<char> text, PersianDateStyles styles, out LocalDate date, out string? error) =>
        PersianDateParser.TryParse(text, styles, out date, out error);

    /// <summary>Writes a date as <c>yyyy/MM/dd</c> in the Persian calendar.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <param name="digits">The digits to write.</param>
    /// <returns>Ten characters, for example "1405/01/01".</returns>
    /// <example><code>PersianDateFormat.Format(new LocalDate(2026, 3, 21)) // "1405/01/01"</code></example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the Persian calendar (see <see cref="SolarHijri.Contains"/>).</exception>
    public static string Format(LocalDate date, PersianDateDigits digits = PersianDateDigits.Ascii)
    {
        var persian = SolarHijri.From(date);
        return string.Create(10, (persian, digits), static (span, state) =>
            Write(span, state.persian.Year, state.persian.Month, state.persian.Day, '/', state.digits));
    }

    /// <summary>Writes a date as <c>yyyy/MM/dd</c> in the Persian calendar into a buffer, without allocating.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <param name="destination">The buffer; it needs 10 characters.</param>
    /// <param name="charsWritten">10 on success, otherwise 0.</param>
    /// <param name="digits">The digits to write.</param>
    /// <returns><see langword="false"/> when the buffer is too small or the date is outside the Persian calendar (see
    /// <see cref="SolarHijri.Contains"/>); never throws.</returns>
    /// <example><code>PersianDateFormat.TryFormat(date, stackalloc char[10], out var n)</code></example>
    public static bool TryFormat(LocalDate date, Span<char> destination, out int charsWritten, PersianDateDigits digits = PersianDateDigits.Ascii)
    {
        charsWritten = 0;
        if (destination.Length < 10 || !SolarHijri.Contains(date) || !Enum.IsDefined(digits))
        {
            return false;
        }

        var persian = SolarHijri.From(date);
        Write(destination, persian.Year, persian.Month, persian.Day, '/', digits);
        charsWritten = 10;
        return true;
    }

    /// <summary>Writes the long Persian form: weekday, day, month name and year.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <param name="digits">The digits for the day and year; Persian by default.</param>
    /// <returns>The long form, for example «سه‌شنبه ۱۴ مهر ۱۴۰۵».</returns>
    /// <example><code>PersianDateFormat.FormatLong(SolarHijri.Date(1405, 7, 14)) // "سه‌شنبه ۱۴ مهر ۱۴۰۵"</code></example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the Persian calendar (see <see cref="SolarHijri.Contains"/>).</exception>
    public static string FormatLong(LocalDate date, PersianDateDigits digits = PersianDateDigits.Persian)
    {
        var persian = SolarHijri.From(date);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{PersianNames.WeekdayName(persian.DayOfWeek)} {persian.Day} {PersianNames.MonthName(persian.Month)} {persian.Year}");
        return ApplyDigits(text, digits);
    }

    /// <summary>Writes the long form with Latin transliterated names and ASCII digits.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>For example "Seshanbeh 14 Mehr 1405".</returns>
    /// <example><code>PersianDateFormat.FormatLongLatin(SolarHijri.Date(1405, 7, 14)) // "Seshanbeh 14 Mehr 1405"</code></example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the Persian calendar (see <see cref="SolarHijri.Contains"/>).</exception>
    public static string FormatLongLatin(LocalDate date)
    {
        var persian = SolarHijri.From(date);
        return string.Create(CultureInfo.InvariantCulture,
            $"{PersianNames.WeekdayNameLatin(persian.DayOfWeek)} {persian.Day} {PersianNames.MonthNameLatin(persian.Month)} {persian.Year}");
    }

    /// <summary>Writes the month and year, for example «مهر ۱۴۰۵», as used for a month view heading.</summary>
    /// <param name="year">The Persian year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="digits">The digits for the year; Persian by default.</param>
    /// <returns>The month name followed by the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    /// <example><code>PersianDateFormat.FormatMonth(1405, 1) // "فروردین ۱۴۰۵"</code></example>
    public static string FormatMonth(int year, int month, PersianDateDigits digits = PersianDateDigits.Persian) =>
        ApplyDigits(string.Create(CultureInfo.InvariantCulture, $"{PersianNames.MonthName(month)} {year}"), digits);

    internal static string ApplyDigits(string text, PersianDateDigits digits) => digits switch
    {
        PersianDateDigits.Persian => PersianDigits.ToPersian(text),
        PersianDateDigits.ArabicIndic => PersianDigits.ToArabicIndic(text),
        _ => text,
    };

    private static void Write(Span<char> span, int year, int month, int day, char separator, PersianDateDigits digits)
    {
        var zero = digits switch
        {
            PersianDateDigits.Persian => '\u06F0',
            PersianDateDigits.ArabicIndic => '\u0660',
            _ => '0',
        };
        span[0] = (char)(zero + (year / 1000 % 10));
        span[1] = (char)(zero + (year / 100 % 10));
        span[2] = (char)(zero + (year / 10 % 10));
        span[3] = (char)(zero + (year % 10));
        span[4] = separator;
        span[5] = (char)(zero + (month / 10));
        span[6] = (char)(zero + (month % 10));
        span[7] = separator;
        span[8] = (char)(zero + (day / 10));
        span[9] = (char)(zero + (day % 10));
    }
}
