using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Scheduling.Internal;

/// <summary>Reads the data files embedded in this assembly (see the Data folder and its provenance comments).</summary>
internal static class EmbeddedData
{
    public const string RulesResource = "Crm.Core.Scheduling.Data.iran-holiday-rules.csv";
    public const string MonthsResource = "Crm.Core.Scheduling.Data.iran-hijri-month-starts.csv";

    public static IReadOnlyList<HolidayRule> ReadRules()
    {
        var rules = new List<HolidayRule>();
        foreach (var cells in ReadRows(RulesResource))
        {
            var isLunar = cells[0] switch
            {
                "solar" => false,
                "lunar" => true,
                _ => throw new InvalidDataException($"{RulesResource}: calendar '{cells[0]}' must be 'solar' or 'lunar'"),
            };
            var day = cells[2] == "end" ? 0 : int.Parse(cells[2], CultureInfo.InvariantCulture);
            rules.Add(new HolidayRule(isLunar, int.Parse(cells[1], CultureInfo.InvariantCulture), day, cells[3]));
        }

        return rules;
    }

    public static IReadOnlyList<HijriMonthStart> ReadMonthStarts()
    {
        var months = new List<HijriMonthStart>();
        foreach (var cells in ReadRows(MonthsResource))
        {
            var start = LocalDatePattern.Iso.Parse(cells[2]).GetValueOrThrow();
            int? length = cells[4].Length == 0 ? null : int.Parse(cells[4], CultureInfo.InvariantCulture);
            months.Add(new HijriMonthStart(
                int.Parse(cells[0], CultureInfo.InvariantCulture), int.Parse(cells[1], CultureInfo.InvariantCulture), start, length));
        }

        return months;
    }

    private static IEnumerable<string[]> ReadRows(string resource)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing from Crm.Core.Scheduling.");
        using var reader = new StreamReader(stream);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            yield return line.Split(',');
        }
    }

    public static LocalDate Iso(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
}
