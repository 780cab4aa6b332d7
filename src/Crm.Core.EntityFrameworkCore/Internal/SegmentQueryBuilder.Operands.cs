using System.Data;
using Crm.Core.Segmentation;
using Crm.Core.Segmentation.Internal;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>The operand translations: ordinal text on folded values, whole-number comparisons, day ranges.</summary>
internal sealed partial class SegmentQueryBuilder
{
    /// <summary>Far beyond any stored count, day or amount in units, yet safe to multiply by a purchase count.</summary>
    private const long Big = 1_000_000_000_000_000;

    /// <summary>How a day-valued expression is stored: an ISO day number, a date column, or an instant whose date is
    /// taken in the context's time zone.</summary>
    private enum DaySource
    {
        Number,
        Date,
        Instant,
    }

    /// <summary>An ordinal comparison on a folded text, as <see cref="ValueOps.Text"/> does it.</summary>
    private string Text(string value, CompiledCondition c)
    {
        // PostgreSQL text cannot hold NUL, so no stored value contains an operand that does.
        var operands = sql.IsPostgres ? c.Texts.Where(t => !t.Contains('\0', StringComparison.Ordinal)).ToArray() : c.Texts;
        if (operands.Length == 0 || (c.Positive != SegmentOperator.In && operands.Length != c.Texts.Length))
        {
            return False;
        }

        return c.Positive switch
        {
            SegmentOperator.EqualTo => $"{value} = {P(operands[0], DbType.String)}",
            SegmentOperator.In => $"{value} IN ({string.Join(", ", operands.Select(t => P(t, DbType.String)))})",
            SegmentOperator.Contains => sql.IsPostgres ? $"strpos({value}, {P(operands[0], DbType.String)}) > 0" : $"instr({value}, {P(operands[0], DbType.String)}) > 0",
            SegmentOperator.StartsWith => StartsWith(value, P(operands[0], DbType.String)),
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Operator, "Not a text operator."),
        };
    }

    private static string StartsWith(string value, string prefix) => $"substr({value}, 1, length({prefix})) = {prefix}";

    /// <summary>A number condition on a whole-number expression holding the field's value times <paramref name="scale"/>.</summary>
    private string Integer(string value, CompiledCondition c, decimal scale)
    {
        var n = c.Numbers;
        string Op(string op, long operand) => $"{value} {op} {P(operand, DbType.Int64)}";
        return c.Positive switch
        {
            SegmentOperator.EqualTo => Whole(n[0], scale) is { } v ? Op("=", v) : False,
            SegmentOperator.In => n.Select(x => Whole(x, scale)).Where(v => v is not null).ToList() is { Count: > 0 } list
                ? $"{value} IN ({string.Join(", ", list.Select(v => P(v!.Value, DbType.Int64)))})"
                : False,
            SegmentOperator.GreaterThan => Op(">", Scaled(n[0], scale, decimal.Floor)),
            SegmentOperator.GreaterThanOrEqual => Op(">=", Scaled(n[0], scale, decimal.Ceiling)),
            SegmentOperator.LessThan => Op("<", Scaled(n[0], scale, decimal.Ceiling)),
            SegmentOperator.LessThanOrEqual => Op("<=", Scaled(n[0], scale, decimal.Floor)),
            SegmentOperator.Between => $"({Op(">=", Scaled(n[0], scale, decimal.Ceiling))} AND {Op("<=", Scaled(n[1], scale, decimal.Floor))})",
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Operator, "Not a number operator."),
        };
    }

    /// <summary>The mean spend (units ÷ count ÷ 10⁴) against an operand d, without division: units·q ⋚ p·count, with
    /// d·10⁴ = p/q exactly.</summary>
    private string MeanSpend(CompiledCondition c)
    {
        _purchases = true;
        var units = sql.IsPostgres ? "CAST(seg_p.m AS NUMERIC)" : "seg_p.m";
        var count = sql.IsPostgres ? "CAST(seg_p.f AS NUMERIC)" : "seg_p.f";
        string Op(string op, decimal operand)
        {
            var (p, q) = Ratio(operand);
            return $"{units} * {P(q, DbType.Int64)} {op} {P(p, DbType.Int64)} * {count}";
        }

        var n = c.Numbers;
        return c.Positive switch
        {
            SegmentOperator.EqualTo => Op("=", n[0]),
            SegmentOperator.In => "(" + string.Join(" OR ", n.Select(x => Op("=", x))) + ")",
            SegmentOperator.GreaterThan => Op(">", n[0]),
            SegmentOperator.GreaterThanOrEqual => Op(">=", n[0]),
            SegmentOperator.LessThan => Op("<", n[0]),
            SegmentOperator.LessThanOrEqual => Op("<=", n[0]),
            SegmentOperator.Between => $"({Op(">=", n[0])} AND {Op("<=", n[1])})",
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Operator, "Not a number operator."),
        };
    }

    /// <summary>d·10⁴ as a fraction p/q with q a power of ten up to 10⁹ (finer operands are rounded to 10⁻¹³).</summary>
    private static (long P, long Q) Ratio(decimal operand)
    {
        if (Math.Abs(operand) >= Big / PurchaseAmounts.Scale)
        {
            return (operand > 0 ? Big : -Big, 1);
        }

        var scaled = operand * PurchaseAmounts.Scale;
        var digits = Math.Min((int)scaled.Scale, 9);
        var q = (long)Math.Pow(10, digits);
        return ((long)Math.Round(scaled * q, MidpointRounding.ToEven), q);
    }

    private static long? Whole(decimal operand, decimal scale)
    {
        if (Math.Abs(operand) >= Big / scale)
        {
            return null;   // no stored value is that large
        }

        var scaled = operand * scale;
        return decimal.Truncate(scaled) == scaled ? (long)scaled : null;
    }

    private static long Scaled(decimal operand, decimal scale, Func<decimal, decimal> round) =>
        Math.Abs(operand) >= Big / scale ? (operand > 0 ? Big : -Big) : (long)round(operand * scale);

    /// <summary>A Persian-calendar condition on a stored Solar Hijri yyyymmdd (0 when the calendar cannot hold the date).</summary>
    private string PersianParts(string persian, CompiledCondition c)
    {
        switch (c.Positive)
        {
            case SegmentOperator.InPersianMonth:
                var month = $"({persian} / 100) % 100 = {P(c.Month, DbType.Int32)}";
                return c.Year == 0 ? month : $"({month} AND {persian} / 10000 = {P(c.Year, DbType.Int32)})";
            case SegmentOperator.InPersianYear:
                return $"{persian} / 10000 = {P(c.Year, DbType.Int32)}";
            default:
                // The month-days whose next anniversary is at most Count days away, as runs of month·100 + day.
                var runs = new List<(int Lo, int Hi)>();
                for (var m = 1; m <= 12; m++)
                {
                    for (var d = 1; d <= 31; d++)
                    {
                        if (_env.DaysUntilAnniversary(m, d) > c.Count)
                        {
                            continue;
                        }

                        var code = (m * 100) + d;
                        var previous = d == 1 ? ((m - 1) * 100) + 31 : code - 1;
                        if (runs.Count > 0 && runs[^1].Hi == previous)
                        {
                            runs[^1] = (runs[^1].Lo, code);
                        }
                        else
                        {
                            runs.Add((code, code));
                        }
                    }
                }

                return runs.Count == 0
                    ? False
                    : $"({persian} > 0 AND ({string.Join(" OR ", runs.Select(r => $"{persian} % 10000 BETWEEN {P(r.Lo, DbType.Int32)} AND {P(r.Hi, DbType.Int32)}"))}))";
        }
    }

    /// <summary>A union of inclusive ISO day ranges on a day-valued expression.</summary>
    private string Days(string value, List<(long Lo, long Hi)> ranges, DaySource source)
    {
        if (source != DaySource.Number)
        {
            _purchases |= source == DaySource.Date;
        }

        var parts = new List<string>();
        foreach (var (lo, hi) in ranges)
        {
            if (lo > hi)
            {
                continue;
            }

            var low = Bound(lo, source, upper: false);
            var high = Bound(hi, source, upper: true);
            if (low is { Empty: true } || high is { Empty: true })
            {
                continue;
            }

            var conditions = new List<string>();
            if (low is { Parameter: { } l })
            {
                conditions.Add($"{value} >= {l}");
            }

            if (high is { Parameter: { } h })
            {
                conditions.Add(source == DaySource.Instant ? $"{value} < {h}" : $"{value} <= {h}");
            }

            parts.Add(conditions.Count == 0 ? "(1 = 1)" : "(" + string.Join(" AND ", conditions) + ")");
        }

        return parts.Count == 0 ? False : Or(parts, 0, parts.Count);
    }

    /// <summary>OR as a balanced tree: SQLite limits an expression's depth to 1,000, and a Persian-month condition over
    /// centuries of dates is a range per year.</summary>
    private static string Or(List<string> parts, int start, int count) =>
        count == 1 ? parts[start] : $"({Or(parts, start, count / 2)} OR {Or(parts, start + (count / 2), count - (count / 2))})";

    /// <summary>The parameter for one end of a day range: null when the end is open (beyond every value the column can
    /// hold); Empty when the range lies wholly beyond them. An instant's upper end is the start of the next day.</summary>
    private (string? Parameter, bool Empty)? Bound(long day, DaySource source, bool upper)
    {
        const long MinDay = 0;                                           // 0001-01-01
        long maxDay = DateOnly.MaxValue.DayNumber;                       // 9999-12-31
        if (source == DaySource.Number)
        {
            return day is long.MinValue or long.MaxValue ? (null, false) : (P(Math.Clamp(day, -Big, Big), DbType.Int64), false);
        }

        var margin = source == DaySource.Instant ? 2 : 0;                // a zone's offset moves an instant across a day
        if (!upper && day <= MinDay + margin)
        {
            return (null, false);
        }

        if (upper && day >= maxDay - margin)
        {
            return (null, false);
        }

        if ((upper && day < MinDay) || (!upper && day > maxDay))
        {
            return (null, true);
        }

        if (source == DaySource.Date)
        {
            return (P(DateOnly.FromDayNumber((int)day), DbType.Date), false);
        }

        var date = LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)(upper ? day + 1 : day)));
        var start = context.EffectiveZone.AtStartOfDay(date).ToInstant();
        return (P(start.ToDateTimeUtc(), null), false);
    }
}
