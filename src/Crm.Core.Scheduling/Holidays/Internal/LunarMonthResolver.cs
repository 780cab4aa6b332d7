using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Internal;

/// <summary>
/// Combines the official table with predictions: an official start wins; a month after an official month of stated
/// length starts where that length says (official); any other month starts on the predicted day, moved when needed so
/// that it lies 29 or 30 days after the month before and before the month after.
/// </summary>
internal static class LunarMonthResolver
{
    private const double HijriEpoch = 1948439.5;
    private const double MeanMonth = 29.530588853;

    /// <summary>The highest month key the predictor accepts.</summary>
    public static readonly int MaxKey = LunarMonthTable.Key(LunarMonthPredictor.MaxHijriYear, 12);

    /// <summary>Resolves one month (key = (year − 1)·12 + month − 1, from 0).</summary>
    public static LunarMonth Resolve(LunarMonthTable table, LunarMonthPredictor predictor, int key)
    {
        var (start, official) = StartOf(table, predictor, key);
        int length;
        bool lengthOfficial;
        if (official && table.TryGet(key, out var stated) && table.LengthOf(stated) is { } known && known is 29 or 30)
        {
            length = known;
            lengthOfficial = true;
        }
        else
        {
            var (next, nextOfficial) = key + 1 <= MaxKey ? StartOf(table, predictor, key + 1) : (start.PlusDays(30), false);
            length = Math.Clamp(Period.DaysBetween(start, next), 29, 30);
            lengthOfficial = official && nextOfficial;
        }

        return new LunarMonth((key / 12) + 1, (key % 12) + 1, start, length,
            official ? LunarMonthSource.Official : LunarMonthSource.Predicted, lengthOfficial);
    }

    /// <summary>Lists the months that overlap a Persian year, in order (none before 1 Muharram 1 AH).</summary>
    public static IReadOnlyList<LunarMonth> Overlapping(LunarMonthTable table, LunarMonthPredictor predictor, int persianYear)
    {
        var first = SolarHijri.FirstDayOfYear(persianYear);
        var last = SolarHijri.LastDayOfYear(persianYear);
        var from = Math.Max(0, ApproximateKey(first) - 2);
        var to = Math.Min(MaxKey, ApproximateKey(last) + 2);
        var result = new List<LunarMonth>(16);
        for (var key = from; key <= to; key++)
        {
            var month = Resolve(table, predictor, key);
            if (month.Start <= last && month.Start.PlusDays(month.Length - 1) >= first)
            {
                result.Add(month);
            }
        }

        return result;
    }

    /// <summary>The month key whose start is near a date (within a month either way).</summary>
    public static int ApproximateKey(LocalDate date) =>
        (int)Math.Floor((LunarMonthPredictor.ToJulianDay(date) - HijriEpoch) / MeanMonth);

    private static (LocalDate Start, bool Official) StartOf(LunarMonthTable table, LunarMonthPredictor predictor, int key)
    {
        if (table.TryGet(key, out var official))
        {
            return (official.Start, true);
        }

        if (table.TryGet(key - 1, out var previous) && previous.Length is { } stated)
        {
            return (previous.Start.PlusDays(stated), true);
        }

        var predicted = Predicted(predictor, key);
        if (key > 0)
        {
            var before = table.TryGet(key - 1, out var p) ? p.Start : Predicted(predictor, key - 1);
            predicted = Clamp(predicted, before.PlusDays(29), before.PlusDays(30));
        }

        if (table.TryGet(key + 1, out var after))
        {
            predicted = Clamp(predicted, after.Start.PlusDays(-30), after.Start.PlusDays(-29));
        }

        return (predicted, false);
    }

    private static LocalDate Predicted(LunarMonthPredictor predictor, int key) =>
        SolarHijri.From(predictor.PredictStart((key / 12) + 1, (key % 12) + 1));

    private static LocalDate Clamp(LocalDate value, LocalDate min, LocalDate max) => value < min ? min : value > max ? max : value;
}
