using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Crm.Core.Segmentation.Internal;

/// <summary>
/// Evaluates a compiled condition tree over a <see cref="CustomerSnapshot"/>, one bit per row. Each condition fills
/// 64-row words (a "present" word and a "value holds" word; numbers are compared four at a time with SIMD on their
/// double approximations, exactly only on a tie; set conditions visit elements, not rows), and the words are then
/// combined with the condition's treatment of missing values: <c>(present AND holds) OR (NOT present
/// AND missing)</c>, where <c>holds</c> is negated for not-equal/not-in and is-empty/is-not-empty look at presence only.
/// </summary>
internal static class SnapshotEvaluator
{
    public static ulong[] Evaluate(CompiledNode node, CustomerSnapshot snapshot, DateEnv env)
    {
        var n = snapshot.Count;
        if (node is CompiledGroup group)
        {
            return Group(group, snapshot, env, n);
        }

        var condition = (CompiledCondition)node;
        var result = new ulong[Words(n)];
        switch (snapshot.Column(condition.Field))
        {
            case TextColumn text:
                Text(text, condition, result, n);
                break;
            case SetColumn set:
                Set(set, condition, result, n);
                break;
            case NumberColumn numbers:
                Numbers(numbers.Approx, numbers.Integers ? null : numbers.Exact, numbers.Present, condition, result, n);
                break;
            case DateColumn dates when condition.Field.DaysSinceDate:
                DaysSince(dates, env.AsOfDay, condition, result, n);
                break;
            case DateColumn dates:
                Dates(dates, condition, env, result, n);
                break;
        }

        return result;
    }

    private static int Words(int n) => (n + 63) >> 6;

    private static ulong TailMask(int n) => (n & 63) == 0 ? ulong.MaxValue : (1UL << (n & 63)) - 1;

    private static ulong[] Group(CompiledGroup group, CustomerSnapshot snapshot, DateEnv env, int n)
    {
        var all = group.Combinator == SegmentCombinator.All;
        var bits = new ulong[Words(n)];
        if (all)
        {
            Array.Fill(bits, ulong.MaxValue);
        }

        foreach (var child in group.Children)
        {
            var c = Evaluate(child, snapshot, env);
            var span = bits.AsSpan();
            if (all)
            {
                for (var w = 0; w < span.Length; w++)
                {
                    span[w] &= c[w];
                }
            }
            else
            {
                for (var w = 0; w < span.Length; w++)
                {
                    span[w] |= c[w];
                }
            }
        }

        if (all && bits.Length > 0)
        {
            bits[^1] &= TailMask(n);
        }

        return bits;
    }

    /// <summary>Combines a word of presence bits and a word of "the positive operator holds" bits into the condition's result.</summary>
    private static ulong Combine(CompiledCondition condition, bool missing, ulong present, ulong holds) => condition.Operator switch
    {
        SegmentOperator.IsEmpty => ~present,
        SegmentOperator.IsNotEmpty => present,
        _ => (present & (condition.Negated ? ~holds : holds)) | (missing ? ~present : 0UL),
    };

    private static void Text(TextColumn text, CompiledCondition condition, ulong[] result, int n)
    {
        // The decision per distinct value, with the missing-value decision at index 0 (codes are shifted by one).
        var table = new bool[text.Values.Length + 1];
        table[0] = condition.Decide(null);
        for (var v = 0; v < text.Values.Length; v++)
        {
            table[v + 1] = condition.Decide(ValueOps.Text(text.Values[v], condition.Positive, condition.Texts));
        }

        var codes = text.Codes;
        for (var w = 0; w < result.Length; w++)
        {
            var start = w << 6;
            var end = Math.Min(start + 64, n);
            ulong word = 0;
            for (var i = start; i < end; i++)
            {
                word |= (table[codes[i] + 1] ? 1UL : 0UL) << i;
            }

            result[w] = word;
        }
    }

    private static void Set(SetColumn set, CompiledCondition condition, ulong[] result, int n)
    {
        var hit = new bool[set.Values.Length];
        for (var v = 0; v < hit.Length; v++)
        {
            hit[v] = ValueOps.Text(set.Values[v], condition.Positive, condition.Texts);
        }

        // "Any element matches", element by element; then per word. A set is never missing: an empty set has no
        // element that matches, and only is-empty / is-not-empty look at emptiness.
        var codes = set.Codes;
        var rowOf = set.RowOf;
        for (var k = 0; k < codes.Length; k++)
        {
            if (hit[codes[k]])
            {
                var row = rowOf[k];
                result[row >> 6] |= 1UL << row;
            }
        }

        var presenceOnly = condition.Operator is SegmentOperator.IsEmpty or SegmentOperator.IsNotEmpty;
        for (var w = 0; w < result.Length; w++)
        {
            var present = presenceOnly ? set.NonEmpty[w] : ulong.MaxValue;
            result[w] = Combine(condition, missing: false, present, result[w]) & TailMask(Math.Min((w + 1) << 6, n));
        }
    }

    private static void Dates(DateColumn dates, CompiledCondition condition, DateEnv env, ulong[] result, int n)
    {
        var missing = condition.Decide(null);
        var days = dates.Days;
        for (var w = 0; w < result.Length; w++)
        {
            var start = w << 6;
            var end = Math.Min(start + 64, n);
            ulong word = 0;
            for (var i = start; i < end; i++)
            {
                var d = days[i];
                var value = d == DateColumn.Missing
                    ? missing
                    : condition.Decide(ValueOps.Date(d, dates.PersianYear[i], dates.PersianMonth[i], dates.PersianDay[i], condition, env));
                word |= (value ? 1UL : 0UL) << i;
            }

            result[w] = word;
        }
    }

    private static void DaysSince(DateColumn dates, int asOfDay, CompiledCondition condition, ulong[] result, int n)
    {
        var approx = ArrayPool<double>.Shared.Rent(n);
        var present = new ulong[result.Length];
        try
        {
            for (var i = 0; i < n; i++)
            {
                var d = dates.Days[i];
                var has = d != DateColumn.Missing;
                approx[i] = has ? asOfDay - d : 0;
                present[i >> 6] |= (has ? 1UL : 0UL) << i;
            }

            // Day counts are whole numbers, exact in a double.
            Numbers(approx.AsSpan(0, n), null, present, condition, result, n);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(approx);
        }
    }

    private static void Numbers(ReadOnlySpan<double> approx, decimal[]? exact, ulong[] present, CompiledCondition condition, ulong[] result, int n)
    {
        var missing = condition.Decide(null);
        var operands = condition.Numbers;
        var positive = condition.Positive;
        for (var w = 0; w < result.Length; w++)
        {
            var start = w << 6;
            var end = Math.Min(start + 64, n);
            var word = approx[start..end];
            var holds = positive switch
            {
                SegmentOperator.In => AnyEqual(word, exact, start, operands),
                SegmentOperator.Between => Compare(word, exact, start, operands[0], Comparison.GreaterOrEqual)
                    & Compare(word, exact, start, operands[1], Comparison.LessOrEqual),
                _ when ComparisonOf(positive) is { } comparison => Compare(word, exact, start, operands[0], comparison),
                _ => 0UL,
            };
            result[w] = Combine(condition, missing, present[w], holds) & TailMask(end);
        }
    }

    private static Comparison? ComparisonOf(SegmentOperator positive) => positive switch
    {
        SegmentOperator.EqualTo => Comparison.Equal,
        SegmentOperator.GreaterThan => Comparison.Greater,
        SegmentOperator.GreaterThanOrEqual => Comparison.GreaterOrEqual,
        SegmentOperator.LessThan => Comparison.Less,
        SegmentOperator.LessThanOrEqual => Comparison.LessOrEqual,
        _ => null,
    };

    private static ulong AnyEqual(ReadOnlySpan<double> values, decimal[]? exact, int start, decimal[] operands)
    {
        ulong holds = 0;
        foreach (var operand in operands)
        {
            holds |= Compare(values, exact, start, operand, Comparison.Equal);
        }

        return holds;
    }

    /// <summary>Compares up to 64 values with an operand: on the doubles (monotone in the exact values, so a strict
    /// difference there is a strict difference in the decimals), and on the exact decimals only where the doubles tie.
    /// <paramref name="exact"/> is <see langword="null"/> when every value is a whole number exact in a double; a tie
    /// with an operand that is also such a number is then equality.</summary>
    private static ulong Compare(ReadOnlySpan<double> values, decimal[]? exact, int start, decimal operand, Comparison comparison)
    {
        var x = (double)operand;
        ulong above = 0;
        ulong below = 0;
        ulong tie = 0;
        var j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var vx = Vector256.Create(x);
            for (; j + 4 <= values.Length; j += 4)
            {
                var v = Vector256.Create(values.Slice(j, 4));
                above |= (ulong)Vector256.GreaterThan(v, vx).ExtractMostSignificantBits() << j;
                below |= (ulong)Vector256.LessThan(v, vx).ExtractMostSignificantBits() << j;
                tie |= (ulong)Vector256.Equals(v, vx).ExtractMostSignificantBits() << j;
            }
        }

        for (; j < values.Length; j++)
        {
            above |= (values[j] > x ? 1UL : 0UL) << j;
            below |= (values[j] < x ? 1UL : 0UL) << j;
            tie |= (values[j] == x ? 1UL : 0UL) << j;
        }

        var holds = comparison switch
        {
            Comparison.Greater or Comparison.GreaterOrEqual => above,
            Comparison.Less or Comparison.LessOrEqual => below,
            _ => 0UL,
        };
        if (exact is null && NumberColumn.IsExactInteger(operand))
        {
            return comparison is Comparison.Greater or Comparison.Less ? holds : holds | tie;
        }

        while (tie != 0)
        {
            var k = BitOperations.TrailingZeroCount(tie);
            tie &= tie - 1;
            var sign = (exact is null ? (decimal)values[k] : exact[start + k]).CompareTo(operand);
            var ok = comparison switch
            {
                Comparison.Greater => sign > 0,
                Comparison.GreaterOrEqual => sign >= 0,
                Comparison.Less => sign < 0,
                Comparison.LessOrEqual => sign <= 0,
                _ => sign == 0,
            };
            holds |= (ok ? 1UL : 0UL) << k;
        }

        return holds;
    }

    private enum Comparison
    {
        Equal,
        Greater,
        GreaterOrEqual,
        Less,
        LessOrEqual,
    }
}
