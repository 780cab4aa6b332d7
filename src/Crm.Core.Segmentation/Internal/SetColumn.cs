namespace Crm.Core.Segmentation.Internal;

/// <summary>Sets of folded text per row, dictionary-encoded: one code array with the row of each element, and one
/// "not empty" bit per row, so that a condition visits elements rather than rows.</summary>
internal sealed class SetColumn(int[] codes, int[] rowOf, ulong[] nonEmpty, string[] values)
{
    public int[] Codes { get; } = codes;

    public int[] RowOf { get; } = rowOf;

    public ulong[] NonEmpty { get; } = nonEmpty;

    public string[] Values { get; } = values;

    public static SetColumn Build(IReadOnlyList<CustomerFacts> facts, Func<CustomerFacts, IEnumerable<string>> read)
    {
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<int>();
        var rows = new List<int>();
        var nonEmpty = new ulong[(facts.Count + 63) >> 6];
        for (var i = 0; i < facts.Count; i++)
        {
            foreach (var element in read(facts[i]))
            {
                var code = TextColumn.Encode(lookup, CompiledCondition.FoldValue(element));
                if (code >= 0)
                {
                    codes.Add(code);
                    rows.Add(i);
                    nonEmpty[i >> 6] |= 1UL << i;
                }
            }
        }

        return new SetColumn([.. codes], [.. rows], nonEmpty, TextColumn.Decode(lookup));
    }
}
