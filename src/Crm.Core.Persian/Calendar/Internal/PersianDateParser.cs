using NodaTime;

namespace Crm.Core.Persian.Internal;

/// <summary>The hand-written <c>yyyy/MM/dd</c> reader behind <see cref="PersianDateFormat"/>.</summary>
internal static class PersianDateParser
{
    public static bool TryParse(ReadOnlySpan<char> text, PersianDateStyles styles, out LocalDate date, out string? error)
    {
        date = default;
        var s = text.Trim();
        if (s.IsEmpty)
        {
            error = "Persian date '': the text is empty; expected yyyy/MM/dd";
            return false;
        }

        var pos = 0;
        if (!ReadNumber(s, ref pos, 4, out var year, out var yearDigits) || yearDigits < 4)
        {
            error = Fail(s, "the year must have four digits; expected yyyy/MM/dd");
            return false;
        }

        if (pos >= s.Length || (s[pos] != '/' && s[pos] != '-'))
        {
            error = Fail(s, "expected '/' after the year; the form is yyyy/MM/dd");
            return false;
        }

        var separator = s[pos];
        if (separator == '-' && (styles & PersianDateStyles.AllowHyphen) == 0)
        {
            error = Fail(s, "yyyy-MM-dd is read as a Persian date only with PersianDateStyles.AllowHyphen (it is ISO 8601 for Gregorian dates)");
            return false;
        }

        pos++;
        if (!ReadNumber(s, ref pos, 2, out var month, out _) || pos >= s.Length || s[pos] != separator)
        {
            error = Fail(s, $"expected a one- or two-digit month followed by '{separator}'; the form is yyyy{separator}MM{separator}dd");
            return false;
        }

        pos++;
        if (!ReadNumber(s, ref pos, 2, out var day, out _) || pos != s.Length)
        {
            error = Fail(s, $"expected a one- or two-digit day at the end; the form is yyyy{separator}MM{separator}dd");
            return false;
        }

        var rule = PersianDateRules.Validate(year, month, day);
        if (rule is not null)
        {
            error = Fail(s, rule);
            return false;
        }

        date = new LocalDate(year, month, day, SolarHijri.Calendar);
        error = null;
        return true;
    }

    private static bool ReadNumber(ReadOnlySpan<char> s, ref int pos, int maxDigits, out int value, out int count)
    {
        value = 0;
        count = 0;
        while (pos < s.Length && count < maxDigits)
        {
            var digit = PersianDigits.DigitValue(s[pos]);
            if (digit < 0)
            {
                break;
            }

            value = (value * 10) + digit;
            count++;
            pos++;
        }

        return count > 0;
    }

    private static string Fail(ReadOnlySpan<char> text, string rule) => $"Persian date '{text}': {rule}";
}
