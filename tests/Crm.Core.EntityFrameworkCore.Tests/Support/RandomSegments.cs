using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.Segmentation;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Tests.Support;

/// <summary>
/// Random valid segment definitions over every field the database supports: random operators, operands drawn near the
/// population's own values (so equalities, prefixes, anniversaries and boundaries hit), Persian and Arabic spellings,
/// Latin upper case, ISO and Solar Hijri dates, whole and fractional numbers, and nested all/any groups.
/// </summary>
public sealed class RandomSegments(int seed, IReadOnlyList<LocalDate> dates, IReadOnlyDictionary<string, List<string>> texts)
{
    private static readonly string[] Texts =
    [
        "سارا", "علي", "علی", "محمدي", "مهندس", "تهران", "O'BRIEN", "o'brien", "zoë", "ZOË", "x; drop table t; --", "نیما", "\u200fنیما",
        "قیمت‌گذاری", "قيمت گذاری", "company", "individual", "female", "male", "c-1", "C-", "۱", "ب", "u", "@example.ir", "0084575948",
        "champions", "Hibernating", "در خواب زمستانی", "قهرمانان", "At Risk", "lost", "ا", "ی", "r", "0",
    ];

    private static readonly string[] Fields = [.. SegmentFields.Names.Where(n => n != "lifetimeValue")];
    private readonly Random _random = new(seed);

    public SegmentDefinition Next() => new("random", null, 1, Node(_random.Next(0, 3)));

    private SegmentNode Node(int depth)
    {
        if (depth == 0 || _random.Next(3) == 0)
        {
            return Condition();
        }

        var children = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Node(depth - 1)).ToArray();
        return new SegmentGroup(_random.Next(2) == 0 ? SegmentCombinator.All : SegmentCombinator.Any, children);
    }

    private SegmentCondition Condition()
    {
        var field = Fields[_random.Next(Fields.Length)];
        SegmentFields.TryGetType(field, out var type);
        var ops = SegmentFields.OperatorsFor(type);
        var op = ops[_random.Next(ops.Count)];
        return new SegmentCondition(field, op, Values(field, type, op));
    }

    private string[] Values(string field, SegmentFieldType type, SegmentOperator op)
    {
        switch (op)
        {
            case SegmentOperator.IsEmpty or SegmentOperator.IsNotEmpty:
                return [];
            case SegmentOperator.InLastDays or SegmentOperator.InNextDays or SegmentOperator.AnniversaryWithinDays:
                return [I(_random.Next(3) == 0 ? _random.Next(0, 36_600) : _random.Next(0, 60))];
            case SegmentOperator.InPersianMonth:
                return _random.Next(2) == 0 ? [I(_random.Next(1, 13))] : [I(_random.Next(1, 13)), I(PersianYear())];
            case SegmentOperator.InPersianYear:
                return [I(PersianYear())];
        }

        var count = op switch { SegmentOperator.Between => 2, SegmentOperator.In or SegmentOperator.NotIn => _random.Next(1, 4), _ => 1 };
        return [.. Enumerable.Range(0, count).Select(_ => type switch
        {
            SegmentFieldType.Number => Number(field),
            SegmentFieldType.Date => Date(),
            _ => Text(field, op),
        })];
    }

    private string Text(string field, SegmentOperator op)
    {
        var text = texts.TryGetValue(field, out var own) && own.Count > 0 && _random.Next(4) != 0
            ? Respell(own[_random.Next(own.Count)])
            : Texts[_random.Next(Texts.Length)];
        var part = op is SegmentOperator.Contains or SegmentOperator.StartsWith && text.Length > 2 && _random.Next(2) == 0
            ? text.Substring(op == SegmentOperator.Contains ? _random.Next(0, 2) : 0, _random.Next(1, text.Length - 1))
            : text;
        return string.IsNullOrWhiteSpace(part) ? "a" : part;
    }

    /// <summary>The same text as a user might type it: upper case, Arabic letters, padded, or as it is.</summary>
    private string Respell(string text) => _random.Next(5) switch
    {
        0 => text.ToUpperInvariant(),
        1 => text.Replace('ی', 'ي').Replace('ک', 'ك'),
        2 => "  " + text + " ",
        _ => text,
    };

    private string Number(string field)
    {
        decimal value = field switch
        {
            "monetary" or "meanSpend" => new[] { 0m, 1000m, 2000m, 2000.5m, 3000m, 4000.5m, 0.0001m, 12_500_000m, 1500m, 6250000.5m }[_random.Next(10)],
            "rfmR" or "rfmF" or "rfmM" => _random.Next(0, 7),
            "daysSinceLastInteraction" => _random.Next(-40, 40),
            _ => _random.Next(-1, 9),
        };
        value += _random.Next(4) switch { 0 => 0.5m, 1 => -1m, _ => 0m };
        var text = value.ToString(CultureInfo.InvariantCulture);
        return _random.Next(8) == 0 ? PersianDigits.ToPersian(text) : text;
    }

    private string Date()
    {
        var date = dates.Count > 0 && _random.Next(4) != 0
            ? dates[_random.Next(dates.Count)].PlusDays(_random.Next(-2, 3))
            : new LocalDate(2026, 3, 1).PlusDays(_random.Next(-400, 400));
        return _random.Next(2) == 0
            ? date.WithCalendar(CalendarSystem.Iso).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
            : PersianDateFormat.Format(date);
    }

    private int PersianYear() => dates.Count > 0 && _random.Next(3) != 0
        ? dates[_random.Next(dates.Count)].WithCalendar(CalendarSystem.PersianAstronomical).Year
        : _random.Next(1330, 1410);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
