using System.Globalization;
using Crm.Core.Persian;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Scheduling.Internal;

/// <summary>Collects the entries of a feed as its reader finds them, checking each field, and lists every problem.</summary>
internal sealed class HolidayFeedBuilder
{
    private const int MaxValueLength = 100;
    private readonly List<HolidayFeedMonth> months = [];
    private readonly List<HolidayFeedClosure> closures = [];
    private readonly List<HolidayFeedCancellation> cancellations = [];
    private readonly List<HolidayFeedError> errors = [];
    private readonly Dictionary<int, int> monthLines = [];

    /// <summary>Adds a problem; <paramref name="persianReason"/> replaces the rule's general Persian reason when the
    /// English message has details (see <see cref="HolidayFeedMessages"/>).</summary>
    public void Error(int line, string field, string rule, string? value, string message, string? persianReason = null) =>
        errors.Add(HolidayFeedMessages.Error(line, field, rule, Cut(value ?? ""), message, persianReason));

    public void Month(int line, string? year, string? month, string? date, string? length)
    {
        var ok = TryInt(line, "hijri_year", year, 1, LunarMonthPredictor.MaxHijriYear, out var y);
        ok &= TryInt(line, "hijri_month", month, 1, 12, out var m);
        ok &= TryDate(line, "date", date, out var start);
        int? days = null;
        if (!string.IsNullOrWhiteSpace(length))
        {
            ok &= TryInt(line, "length", length, 29, 30, out var l);
            days = l;
        }

        if (!ok)
        {
            return;
        }

        var key = LunarMonthTable.Key(y, m);
        if (monthLines.TryGetValue(key, out var first))
        {
            Error(line, "hijri_month", "duplicate", $"{y}/{m}", $"The month {y}/{m} is already given on line {first}.",
                $"ماه {HolidayFeedMessages.Digits(y)}/{HolidayFeedMessages.Digits(m)} پیش‌تر در سطر {HolidayFeedMessages.Digits(first)} آمده است");
            return;
        }

        monthLines[key] = line;
        months.Add(new HolidayFeedMonth(line, new HijriMonthStart(y, m, start, days)));
    }

    public void Closure(int line, string? date, string? title, string? province)
    {
        var ok = TryDate(line, "date", date, out var day);
        if (string.IsNullOrWhiteSpace(title))
        {
            Error(line, "title", "required", title, "A closure needs a title.");
            ok = false;
        }

        if (ok)
        {
            closures.Add(new HolidayFeedClosure(line, day, title!.Trim(), string.IsNullOrWhiteSpace(province) ? null : province.Trim()));
        }
    }

    public void Cancellation(int line, string? date)
    {
        if (TryDate(line, "date", date, out var day))
        {
            cancellations.Add(new HolidayFeedCancellation(line, day));
        }
    }

    public HolidayFeedReadResult Build()
    {
        if (errors.Count == 0)
        {
            errors.AddRange(HolidayFeedChecks.CheckWithin(months));
        }

        return errors.Count == 0
            ? new HolidayFeedReadResult(new HolidayFeed(months, closures, cancellations), [])
            : new HolidayFeedReadResult(null, errors.OrderBy(e => e.Line).ToList());
    }

    private bool TryInt(int line, string field, string? text, int min, int max, out int value)
    {
        var ascii = PersianDigits.ToAscii((text ?? "").Trim());
        if (!int.TryParse(ascii, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            Error(line, field, "integer", text, $"'{Cut(text ?? "")}' is not a whole number.");
            return false;
        }

        if (value < min || value > max)
        {
            Error(line, field, "range", text, $"{value} is not between {min} and {max}.",
                $"عدد باید از {HolidayFeedMessages.Digits(min)} تا {HolidayFeedMessages.Digits(max)} باشد");
            return false;
        }

        return true;
    }

    private bool TryDate(int line, string field, string? text, out LocalDate date)
    {
        date = default;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Contains('/', StringComparison.Ordinal))
        {
            if (PersianDateFormat.TryParse(trimmed.AsSpan(), PersianDateStyles.None, out date, out var error))
            {
                return true;
            }

            Error(line, field, "date", text, $"'{Cut(trimmed)}' is not a Solar Hijri date yyyy/MM/dd: {error}");
            return false;
        }

        var iso = LocalDatePattern.Iso.Parse(PersianDigits.ToAscii(trimmed));
        if (iso.Success && iso.Value.Year >= 622)
        {
            date = SolarHijri.From(iso.Value);
            return true;
        }

        Error(line, field, "date", text, $"'{Cut(trimmed)}' is not a date: write Gregorian yyyy-MM-dd or Solar Hijri yyyy/MM/dd.");
        return false;
    }

    private static string Cut(string value) => value.Length <= MaxValueLength ? value : value[..MaxValueLength] + "…";
}
