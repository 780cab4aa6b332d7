namespace Crm.Core.Segmentation.Internal;

/// <summary>Dictionary-encoded folded text: a code per row (-1 = missing) and the distinct values.</summary>
internal sealed class TextColumn(int[] codes, string[] values)
{
    public int[] Codes { get; } = codes;

    public string[] Values { get; } = values;

    public static TextColumn Build(IReadOnlyList<CustomerFacts> facts, Func<CustomerFacts, string?> read)
    {
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new int[facts.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = Encode(lookup, CompiledCondition.FoldValue(read(facts[i])));
        }

        return new TextColumn(codes, Decode(lookup));
    }

    public static int Encode(Dictionary<string, int> lookup, string? folded)
    {
        if (folded is null)
        {
            return -1;
        }

        if (!lookup.TryGetValue(folded, out var code))
        {
            code = lookup.Count;
            lookup.Add(folded, code);
        }

        return code;
    }

    public static string[] Decode(Dictionary<string, int> lookup)
    {
        var values = new string[lookup.Count];
        foreach (var (value, code) in lookup)
        {
            values[code] = value;
        }

        return values;
    }
}
