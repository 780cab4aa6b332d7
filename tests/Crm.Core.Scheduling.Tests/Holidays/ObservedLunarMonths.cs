using System.Globalization;
using System.Text;
using Crm.Core.TestKit;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Scheduling.Tests.Holidays;

/// <summary>
/// Iran's observed lunar month starts (roozbehp/qamari consolidated.txt, 1265–1447 AH) with the default predictor's
/// criterion values on the four evenings after each conjunction, computed once, so that any threshold can be scored.
/// </summary>
internal static class ObservedLunarMonths
{
    private static readonly Lazy<IReadOnlyList<Month>> All = new(Load);

    public static IReadOnlyList<Month> Months => All.Value;

    /// <summary>Predicted start for a threshold from the precomputed evening values (the predictor's own rule).</summary>
    public static LocalDate PredictedStart(Month m, double threshold)
    {
        var index = Array.FindIndex(m.Values, v => v >= threshold);
        return LunarMonthPredictor.FromJulianDay(m.FirstEvening + (index < 0 ? m.Values.Length : index + 1));
    }

    /// <summary>Days from the observed start to the predicted one.</summary>
    public static int Error(Month m, double threshold) => Period.DaysBetween(m.Observed, PredictedStart(m, threshold));

    /// <summary>Chooses a threshold on a set of months: the grid −0.40 to +0.20 by 0.01 (Yallop's q), most exact starts
    /// first, then the higher (stricter) threshold.</summary>
    public static double Fit(IEnumerable<Month> months)
    {
        var list = months.ToList();
        return Enumerable.Range(-40, 61).Select(i => i / 100.0)
            .Select(t => (Threshold: t, Exact: list.Count(m => Error(m, t) == 0)))
            .OrderByDescending(x => x.Exact).ThenByDescending(x => x.Threshold)
            .First().Threshold;
    }

    /// <summary>The markdown table of docs/scheduling.md, computed.</summary>
    public static string AccuracyTable(double threshold)
    {
        var rows = new (string Name, Func<Month, bool> Take)[]
        {
            ("1265–1299 AH", m => m.Year <= 1299),
            ("1300–1399 AH", m => m.Year is >= 1300 and <= 1399),
            ("1400–1447 AH", m => m.Year >= 1400),
            ("1400–1423 AH (fit)", m => m.Year is >= 1400 and <= 1423),
            ("1424–1447 AH (held out)", m => m.Year >= 1424),
            ("months marked * (sighting differed from the printed calendar)", m => m.Starred),
            ("all, 1265–1447 AH", _ => true),
        };
        var text = new StringBuilder();
        text.Append("| months | count | exact | within one day | largest difference |\n| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var (name, take) in rows)
        {
            var errors = Months.Where(take).Select(m => Error(m, threshold)).ToList();
            text.Append(CultureInfo.InvariantCulture, $"| {name} | {errors.Count} | {Percent(errors.Count(e => e == 0), errors.Count)} | " +
                $"{Percent(errors.Count(e => Math.Abs(e) <= 1), errors.Count)} | {errors.Max(Math.Abs)} |\n");
        }

        return text.ToString();
    }

    public static string Percent(int count, int total) => (100.0 * count / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static List<Month> Load()
    {
        var predictor = LunarMonthPredictor.Default;
        var months = new List<Month>();
        foreach (var raw in SharedData.ReadAllLines("iran-holidays/qamari-consolidated.txt"))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var starred = line.StartsWith('*');
            var parts = line.TrimStart('*').Trim().Split(' ');
            var ym = parts[0].Split('/');
            var (year, month) = (int.Parse(ym[0], CultureInfo.InvariantCulture), int.Parse(ym[1], CultureInfo.InvariantCulture));
            var conjunction = LunarMonthPredictor.Conjunction(year, month);
            var first = Math.Floor(conjunction - 0.5) + 0.5;
            var values = Enumerable.Range(0, 4).Select(i => predictor.BestValueOn(first + i, conjunction)).ToArray();
            months.Add(new Month(year, month, LocalDatePattern.Iso.Parse(parts[1]).GetValueOrThrow(), starred, first, values));
        }

        return months;
    }

    internal sealed record Month(int Year, int MonthNumber, LocalDate Observed, bool Starred, double FirstEvening, double[] Values);
}
