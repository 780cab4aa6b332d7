namespace Crm.Core.Segmentation.Internal;

/// <summary>Evaluates a compiled condition tree over a <see cref="CustomerSnapshot"/>, one bit per row.</summary>
internal static class SnapshotEvaluator
{
    public static ulong[] Evaluate(CompiledNode node, CustomerSnapshot snapshot, DateEnv env)
    {
        var n = snapshot.Count;
        if (node is CompiledGroup group)
        {
            var all = group.Combinator == SegmentCombinator.All;
            var bits = new ulong[(n + 63) >> 6];
            if (all)
            {
                Array.Fill(bits, ulong.MaxValue);
            }

            foreach (var child in group.Children)
            {
                var c = Evaluate(child, snapshot, env);
                for (var w = 0; w < bits.Length; w++)
                {
                    bits[w] = all ? bits[w] & c[w] : bits[w] | c[w];
                }
            }

            if (all && (n & 63) != 0)
            {
                bits[^1] &= (1UL << (n & 63)) - 1;
            }

            return bits;
        }

        var condition = (CompiledCondition)node;
        var result = new ulong[(n + 63) >> 6];
        var missing = condition.Decide(null);
        var column = snapshot.Column(condition.Field);
        switch (column)
        {
            case TextColumn text:
                var table = text.Values.Select(v => condition.Decide(ValueOps.Text(v, condition.Positive, condition.Texts))).ToArray();
                var codes = text.Codes;
                for (var i = 0; i < n; i++)
                {
                    var code = codes[i];
                    Set(result, i, code < 0 ? missing : table[code]);
                }

                break;
            case SetColumn set:
                var hit = set.Values.Select(v => ValueOps.Text(v, condition.Positive, condition.Texts)).ToArray();
                for (var i = 0; i < n; i++)
                {
                    var from = set.Offsets[i];
                    var to = set.Offsets[i + 1];
                    bool value;
                    if (condition.Operator is SegmentOperator.IsEmpty or SegmentOperator.IsNotEmpty)
                    {
                        value = (from == to) == (condition.Operator == SegmentOperator.IsEmpty);
                    }
                    else
                    {
                        var any = false;
                        for (var k = from; k < to && !any; k++)
                        {
                            any = hit[set.Codes[k]];
                        }

                        value = condition.Negated ? !any : any;
                    }

                    Set(result, i, value);
                }

                break;
            case NumberColumn numbers:
                Numbers(numbers, condition, missing, result, n);
                break;
            case DateColumn dates when condition.Field.DaysSinceDate:
                Numbers(NumberColumn.DaysSince(dates, env.AsOfDay), condition, missing, result, n);
                break;
            case DateColumn dates:
                for (var i = 0; i < n; i++)
                {
                    var d = dates.Days[i];
                    Set(result, i, d == DateColumn.Missing
                        ? missing
                        : condition.Decide(ValueOps.Date(d, dates.PersianYear[i], dates.PersianMonth[i], dates.PersianDay[i], condition, env)));
                }

                break;
        }

        return result;
    }

    private static void Numbers(NumberColumn column, CompiledCondition condition, bool missing, ulong[] result, int n)
    {
        var operands = condition.Numbers;
        var approx = operands.Select(o => (double)o).ToArray();
        var op = condition.Positive;
        var present = column.Present;
        for (var i = 0; i < n; i++)
        {
            if (!present[i])
            {
                Set(result, i, missing);
                continue;
            }

            var pos = op switch
            {
                SegmentOperator.EqualTo => column.Compare(i, operands[0], approx[0]) == 0,
                SegmentOperator.In => AnyEqual(column, i, operands, approx),
                SegmentOperator.GreaterThan => column.Compare(i, operands[0], approx[0]) > 0,
                SegmentOperator.GreaterThanOrEqual => column.Compare(i, operands[0], approx[0]) >= 0,
                SegmentOperator.LessThan => column.Compare(i, operands[0], approx[0]) < 0,
                SegmentOperator.LessThanOrEqual => column.Compare(i, operands[0], approx[0]) <= 0,
                SegmentOperator.Between => column.Compare(i, operands[0], approx[0]) >= 0 && column.Compare(i, operands[1], approx[1]) <= 0,
                _ => false,
            };
            Set(result, i, condition.Decide(pos));
        }
    }

    private static bool AnyEqual(NumberColumn column, int i, decimal[] operands, double[] approx)
    {
        for (var k = 0; k < operands.Length; k++)
        {
            if (column.Compare(i, operands[k], approx[k]) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Set(ulong[] bits, int i, bool value) => bits[i >> 6] |= (value ? 1UL : 0UL) << i;
}
