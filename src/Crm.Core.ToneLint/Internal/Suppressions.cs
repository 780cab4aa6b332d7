namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// Inline suppressions written as HTML comments, which a help desk's rich-text reply keeps out of what the customer
/// sees: <c>&lt;!-- tone-lint-disable IDS --&gt;</c> (the whole reply), <c>&lt;!-- tone-lint-disable-line IDS --&gt;</c>
/// (its own line) and <c>&lt;!-- tone-lint-disable-next-line IDS --&gt;</c> (the next line). IDS are rule or category
/// ids separated by spaces or commas; none means every rule.
/// </summary>
internal sealed class Suppressions
{
    public const string Marker = "tone-lint-disable";

    private readonly List<(int FromLine, int ToLine, HashSet<string>? Ids)> _entries;

    private Suppressions(List<(int, int, HashSet<string>?)> entries) => _entries = entries;

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>Finds the suppression comments; returns <see langword="null"/> when there is none (the common case).</summary>
    public static Suppressions? Parse(string text)
    {
        if (!text.Contains(Marker, StringComparison.Ordinal))
        {
            return null;
        }

        var entries = new List<(int, int, HashSet<string>?)>();
        var line = 1;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            for (var at = text.IndexOf("<!--", lineStart, lineEnd - lineStart, StringComparison.Ordinal); at >= 0;)
            {
                var close = text.IndexOf("-->", at + 4, lineEnd - at - 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                var body = text.AsSpan(at + 4, close - at - 4).Trim();
                if (body.StartsWith(Marker, StringComparison.Ordinal))
                {
                    var rest = body[Marker.Length..];
                    var (from, to) = rest.StartsWith("-next-line", StringComparison.Ordinal) ? (line + 1, line + 1)
                        : rest.StartsWith("-line", StringComparison.Ordinal) ? (line, line)
                        : (1, int.MaxValue);
                    var idsText = rest.StartsWith("-next-line", StringComparison.Ordinal) ? rest[10..] : rest.StartsWith("-line", StringComparison.Ordinal) ? rest[5..] : rest;
                    if (idsText.IsEmpty || idsText[0] is ' ' or '\t' or ',')
                    {
                        var ids = idsText.ToString().Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
                        entries.Add((from, to, ids.Length == 0 ? null : new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase)));
                    }
                }

                var next = close + 3 < lineEnd ? text.IndexOf("<!--", close + 3, lineEnd - close - 3, StringComparison.Ordinal) : -1;
                at = next;
            }

            line++;
            lineStart = lineEnd + 1;
        }

        return entries.Count == 0 ? null : new Suppressions(entries);
    }

    /// <summary>Whether a finding of the rule on the line is suppressed.</summary>
    public bool Suppresses(ToneRuleInfo rule, int line)
    {
        foreach (var (from, to, ids) in _entries)
        {
            if (line >= from && line <= to && (ids is null || ids.Contains(rule.Id) || ids.Contains(ToneCategoryIds.ToId(rule.Category))))
            {
                return true;
            }
        }

        return false;
    }
}
