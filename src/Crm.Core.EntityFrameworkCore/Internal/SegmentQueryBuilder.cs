using System.Data;
using System.Text;
using Crm.Core.Segmentation;
using Crm.Core.Segmentation.Internal;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// Translates a compiled condition tree into one SQL statement that lists the member codes. Every operand is a
/// parameter; every condition is two-valued (a missing value never yields SQL NULL), so NOT and the AND/OR groups
/// mean exactly what the in-memory evaluator's <c>Decide</c> and groups mean.
/// </summary>
internal sealed partial class SegmentQueryBuilder(SegmentSql sql, SegmentContext context, RfmSegmentMap map, IReadOnlyDictionary<string, (long Lo, long Hi)?> bounds)
{
    private const string False = "(1 = 0)";
    private readonly DateEnv _env = new(context.AsOf);
    private bool _purchases;
    private bool _rfm;

    public List<(string Name, object Value, DbType? Type)> Parameters { get; } = [];

    /// <summary>The fields whose Persian-calendar conditions need the stored data's date bounds.</summary>
    public static IEnumerable<string> FieldsNeedingBounds(CompiledNode node) => node switch
    {
        CompiledGroup g => g.Children.SelectMany(FieldsNeedingBounds),
        CompiledCondition c when c.Field.Type == SegmentFieldType.Date && ValueOps.NeedsPersian(c.Positive) && !SegmentColumns.DateFields.Contains(c.Field.Name) => [c.Field.Name],
        _ => [],
    };

    /// <summary>Throws <see cref="NotSupportedException"/> for a field the database cannot compute.</summary>
    public static void EnsureSupported(CompiledNode node)
    {
        switch (node)
        {
            case CompiledGroup g:
                Array.ForEach(g.Children, EnsureSupported);
                break;
            case CompiledCondition { Field.Name: "lifetimeValue" }:
                throw new NotSupportedException(
                    "The segment field 'lifetimeValue' cannot be computed in the database: it comes from a fitted lifetime model " +
                    "(Crm.Core.Lifetime), not from stored data. Evaluate such a segment in memory with CustomerFacts.LifetimeValue.");
        }
    }

    public string Build(CompiledNode root)
    {
        var where = Node(root);
        var ctes = new List<string>();
        if (_rfm)
        {
            ctes.Add(sql.PurchaseAndRfmCtes);   // one pass over the purchases for both
        }
        else if (_purchases)
        {
            ctes.Add(sql.PurchaseCte);
        }

        var text = new StringBuilder();
        if (ctes.Count > 0)
        {
            text.Append("WITH ").AppendJoin(", ", ctes).Append(' ');
        }

        text.Append("SELECT c.").Append(sql.CustomersCode).Append(" FROM ").Append(sql.CustomersTable).Append(" AS c");
        if (_purchases)
        {
            text.Append(" LEFT JOIN seg_p ON seg_p.code = c.").Append(sql.CustomersCode);
        }

        if (_rfm)
        {
            text.Append(" LEFT JOIN seg_r ON seg_r.code = c.").Append(sql.CustomersCode);
        }

        return text.Append(" WHERE ").Append(where).ToString();
    }

    private string Node(CompiledNode node) => node switch
    {
        CompiledGroup g => "(" + string.Join(g.Combinator == SegmentCombinator.All ? " AND " : " OR ", g.Children.Select(Node)) + ")",
        CompiledCondition c when c.Field.Type == SegmentFieldType.TextSet => Labels(c),
        CompiledCondition c => Decide(c, Present(c), c.Operator is SegmentOperator.IsEmpty or SegmentOperator.IsNotEmpty ? null : Match(c)),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown node."),
    };

    /// <summary>The in-memory <c>Decide</c>: a missing value matches only is-empty and the negated operators.</summary>
    private static string Decide(CompiledCondition c, string present, string? match) => c.Operator switch
    {
        SegmentOperator.IsEmpty => $"(NOT {present})",
        SegmentOperator.IsNotEmpty => present,
        _ when c.Negated => $"(NOT ({present} AND {match}))",
        _ => $"({present} AND {match})",
    };

    private string Labels(CompiledCondition c)
    {
        var kind = P(c.Field.Name == "groups" ? LabelRow.Group : LabelRow.Tag, DbType.String);
        var l = $"l.{sql.LabelsFolded}";
        var exists = $"EXISTS (SELECT 1 FROM {sql.LabelsTable} AS l WHERE l.{sql.LabelsCode} = c.{sql.CustomersCode} AND l.{sql.LabelsKind} = {kind} AND {l} IS NOT NULL";
        return c.Operator switch
        {
            SegmentOperator.IsEmpty => $"(NOT {exists}))",
            SegmentOperator.IsNotEmpty => exists + ")",
            _ when c.Negated => $"(NOT {exists} AND {Text(l, c)}))",
            _ => $"{exists} AND {Text(l, c)})",
        };
    }

    private string Present(CompiledCondition c)
    {
        var name = c.Field.Name;
        if (SegmentColumns.TextFields.Contains(name))
        {
            return $"{sql.Segment(SegmentColumns.TextProperty(name))} IS NOT NULL";
        }

        if (SegmentColumns.DateFields.Contains(name))
        {
            return $"{sql.Segment(SegmentColumns.DateProperty(name))} IS NOT NULL";
        }

        switch (name)
        {
            case "lastInteraction" or "daysSinceLastInteraction":
                return $"{sql.Segment(nameof(SegmentColumns.LastInteractionAt))} IS NOT NULL";
            case "rfmR" or "rfmF" or "rfmM":
                _rfm = true;
                return "seg_r.code IS NOT NULL";
            case "rfmSegment":
                _rfm = true;
                return $"(seg_r.code IS NOT NULL AND {RfmCode} IN ({string.Join(", ", RfmCodes(_ => true).Select(code => P(code, DbType.Int32)))}))";
            default:
                _purchases = true;
                return "seg_p.code IS NOT NULL";
        }
    }

    private const string RfmCode = "(seg_r.rr * 100 + seg_r.rf * 10 + seg_r.rm)";

    /// <summary>The scores (as R·100 + F·10 + M) whose segment name, folded, is present and satisfies the test.</summary>
    private IEnumerable<int> RfmCodes(Func<string, bool> test)
    {
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                for (var m = 1; m <= 5; m++)
                {
                    if (CompiledCondition.FoldValue(map.SegmentOf(new RfmScore(r, f, m)).Name) is { } name && test(name))
                    {
                        yield return (r * 100) + (f * 10) + m;
                    }
                }
            }
        }
    }

    private string Match(CompiledCondition c)
    {
        var name = c.Field.Name;
        if (SegmentColumns.TextFields.Contains(name))
        {
            return Text(sql.Segment(SegmentColumns.TextProperty(name)), c);
        }

        if (SegmentColumns.DateFields.Contains(name))
        {
            return ValueOps.NeedsPersian(c.Positive)
                ? PersianParts(sql.Segment(SegmentColumns.PersianProperty(name)), c)
                : Days(sql.Segment(SegmentColumns.DateProperty(name)), DayRanges.ForDate(c, _env, null), DaySource.Number);
        }

        return name switch
        {
            "rfmSegment" => In(RfmCode, RfmCodes(n => ValueOps.Text(n, c.Positive, c.Texts)).ToList()),
            "lastInteraction" => Days(sql.Segment(nameof(SegmentColumns.LastInteractionAt)), DayRanges.ForDate(c, _env, bounds.GetValueOrDefault(name)), DaySource.Instant),
            "daysSinceLastInteraction" => Days(sql.Segment(nameof(SegmentColumns.LastInteractionAt)), DayRanges.ForDaysSince(c, _env), DaySource.Instant),
            "firstPurchase" => Days("seg_p.first_d", DayRanges.ForDate(c, _env, bounds.GetValueOrDefault(name)), DaySource.Date),
            "lastPurchase" => Days("seg_p.last_d", DayRanges.ForDate(c, _env, bounds.GetValueOrDefault(name)), DaySource.Date),
            "recencyDays" => Days("seg_p.last_d", DayRanges.ForDaysSince(c, _env), DaySource.Date),
            "frequency" => Integer("seg_p.f", c, 1),
            "repeatPurchaseDays" => Integer("(seg_p.days - 1)", c, 1),
            "monetary" => Integer("seg_p.m", c, PurchaseAmounts.Scale),
            "meanSpend" => MeanSpend(c),
            "rfmR" => Integer("seg_r.rr", c, 1),
            "rfmF" => Integer("seg_r.rf", c, 1),
            "rfmM" => Integer("seg_r.rm", c, 1),
            _ => throw new NotSupportedException($"The segment field '{name}' has no SQL translation."),
        };
    }

    private string In(string expression, List<int> codes) =>
        codes.Count == 0 ? False : $"{expression} IN ({string.Join(", ", codes.Select(code => P(code, DbType.Int32)))})";

    private string P(object value, DbType? type)
    {
        var name = "@s" + Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Parameters.Add((name, value, type));
        return name;
    }
}
