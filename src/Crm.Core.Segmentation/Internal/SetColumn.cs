namespace Crm.Core.Segmentation.Internal;

/// <summary>Sets of folded text per row, dictionary-encoded in compressed rows (offsets into one code array).</summary>
internal sealed class SetColumn(int[] offsets, int[] codes, string[] values)
{
    public int[] Offsets { get; } = offsets;

    public int[] Codes { get; } = codes;

    public string[] Values { get; } = values;

    public static SetColumn Build(IReadOnlyList<CustomerFacts> facts, Func<CustomerFacts, IEnumerable<string>> read)
    {
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        var offsets = new int[facts.Count + 1];
        var codes = new List<int>();
        for (var i = 0; i < facts.Count; i++)
        {
            foreach (var element in read(facts[i]))
            {
                var code = TextColumn.Encode(lookup, CompiledCondition.FoldValue(element));
                if (code >= 0)
                {
                    codes.Add(code);
                }
            }

            offsets[i + 1] = codes.Count;
        }

        return new SetColumn(offsets, [.. codes], TextColumn.Decode(lookup));
    }
}
