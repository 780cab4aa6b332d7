using System.Globalization;
using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Allocation-free readers of the date and amount fields of a purchase row, culture-invariant, any digit script.</summary>
internal sealed class PurchaseFieldParser
{
    private const int MaxFastDigits = 19;

    // Solar Hijri dates repeat (a few hundred a year), so their conversion through NodaTime is cached by yyyymmdd.
    private readonly Dictionary<int, int> _solarHijriDays = [];

    /// <summary>Reads <c>yyyy-MM-dd</c> (Gregorian) or <c>yyyy/M/d</c> (Solar Hijri) into an ISO day number.</summary>
    public bool TryParseDate(ReadOnlySpan<char> text, out int dayNumber)
    {
        dayNumber = 0;
        var s = text.Trim();
        if (s.Length < 8 || s.Length > 10 || !TryDigits(s[..4], out var year))
        {
            return false;
        }

        var separator = s[4];
        if (separator != '-' && separator != '/')
        {
            return false;
        }

        var rest = s[5..];
        var next = rest.IndexOf(separator);
        if (next < 1 || next > 2 || !TryDigits(rest[..next], out var month))
        {
            return false;
        }

        var dayText = rest[(next + 1)..];
        if (dayText.Length is < 1 or > 2 || !TryDigits(dayText, out var day))
        {
            return false;
        }

        if (separator == '-')
        {
            // ISO 8601 as NodaTime's LocalDatePattern.Iso reads it: two-digit month and day.
            if (next != 2 || dayText.Length != 2 || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            dayNumber = new DateOnly(year, month, day).DayNumber;
            return true;
        }

        var key = (year * 10_000) + (month * 100) + day;
        if (!_solarHijriDays.TryGetValue(key, out dayNumber))
        {
            dayNumber = PersianDateFormat.TryParse(s, PersianDateStyles.None, out var date, out _)
                ? date.WithCalendar(CalendarSystem.Iso).ToDateOnly().DayNumber
                : -1;
            _solarHijriDays.Add(key, dayNumber);
        }

        return dayNumber >= 0;
    }

    /// <summary>Reads an amount: optional sign, digits in any script with optional thousands separators (<c>,</c> or
    /// <c>٬</c>, groups of three), optional <c>.</c> and fraction. The result has the scale <see cref="decimal.Parse(string)"/>
    /// gives.</summary>
    public static bool TryParseAmount(ReadOnlySpan<char> text, out decimal amount)
    {
        amount = 0m;
        var s = text.Trim();
        if (s.IsEmpty)
        {
            return false;
        }

        var negative = s[0] == '-';
        var start = s[0] is '-' or '+' ? 1 : 0;
        ulong mantissa = 0;
        int digits = 0, scale = 0, group = 0;
        bool dot = false, grouped = false, anyDigit = false;
        for (var i = start; i < s.Length; i++)
        {
            var c = s[i];
            var d = PersianDigits.DigitValue(c);
            if (d >= 0)
            {
                if (digits > 0 || d > 0)
                {
                    digits++;
                }

                mantissa = digits <= MaxFastDigits ? (mantissa * 10) + (ulong)d : mantissa;
                scale += dot ? 1 : 0;
                group++;
                anyDigit = true;
            }
            else if (c == '.' && !dot)
            {
                if (grouped && group != 3)
                {
                    return false;
                }

                dot = true;
                group = -1;
            }
            else if (c is ',' or '\u066C' && !dot)
            {
                if (grouped ? group != 3 : group is < 1 or > 3)
                {
                    return false;
                }

                grouped = true;
                group = 0;
            }
            else
            {
                return false;
            }
        }

        if (!anyDigit || (grouped && !dot && group != 3))
        {
            return false;
        }

        if (digits > MaxFastDigits || scale > 28 || (negative && mantissa == 0))
        {
            return SlowParse(s, out amount);
        }

        amount = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, negative, (byte)scale);
        return true;
    }

    private static bool SlowParse(ReadOnlySpan<char> s, out decimal amount)
    {
        Span<char> ascii = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            var d = PersianDigits.DigitValue(c);
            if (d >= 0)
            {
                ascii[n++] = (char)('0' + d);
            }
            else if (c is not (',' or '\u066C'))
            {
                ascii[n++] = c;
            }
        }

        return decimal.TryParse(ascii[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            var d = PersianDigits.DigitValue(c);
            if (d < 0)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }
}
