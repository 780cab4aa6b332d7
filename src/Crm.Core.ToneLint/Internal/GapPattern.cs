namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// A phrase whose parts may stand apart: "sorry if … confusing", «قابل … نیست». Each part is a set of alternatives
/// ("{a|b}"); consecutive parts match when at most <see cref="MaxGap"/> words, and no sentence end, lie between them.
/// The parts are found by the shared automaton (so the Persian fold and the position map apply to them as to every
/// phrase), then <see cref="GapMatcher"/> joins them into one hit of <see cref="Target"/>. A different word order is
/// written as its own pattern.
/// </summary>
internal sealed record GapPattern(LexiconGroup Target, string Text, string[][] Parts, int MaxGap)
{
    public const string Gap = " … ";

    /// <summary>
    /// Parses "{a|b} … c" with a maximum gap in words. A part may hold several groups and plain words ("به {واحد|بخش}",
    /// "{هر|اگر} {سوالی|کاری}"); its alternatives are every combination of them.
    /// </summary>
    public static GapPattern Parse(LexiconGroup target, string text, int maxGap = 4) => new(
        target,
        text,
        [.. text.Split(Gap).Select(p => Expand(p).Select(a => a.Trim()).ToArray())],
        maxGap);

    private static IEnumerable<string> Expand(string part)
    {
        var open = part.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return [part];
        }

        var close = part.IndexOf('}', open);
        var head = part[..open];
        var tail = part[(close + 1)..];
        return from alternative in part[(open + 1)..close].Split('|')
               from rest in Expand(tail)
               select head + alternative.Trim() + rest;
    }
}
