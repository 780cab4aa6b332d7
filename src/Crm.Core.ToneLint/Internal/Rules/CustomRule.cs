using System.Text.RegularExpressions;

namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>A rule from <see cref="ToneLintOptions.CustomRules"/>: its phrases (shared automaton) and optional pattern.</summary>
internal sealed class CustomRule : ToneRule
{
    private readonly int _owner;
    private readonly Regex? _regex;
    private readonly string? _replacement;

    public CustomRule(CustomPhraseRule rule, int owner, TimeSpan timeout)
        : base(
            Ex.Info(rule.Id, rule.Category, rule.Severity, rule.Message, "team rule", [], []),
            new RuleText(rule.Message, rule.Message, "قاعده تیم: " + rule.Message, "Team rule: " + rule.Message,
                rule.Replacement ?? string.Empty, rule.Replacement ?? string.Empty))
    {
        _owner = owner;
        _replacement = rule.Replacement;
        _regex = rule.Pattern is { Length: > 0 } p ? Compile(p, timeout) : null;
    }

    /// <summary>Compiles a custom pattern on the linear-time engine; throws for constructs that need backtracking.</summary>
    public static Regex Compile(string pattern, TimeSpan timeout) =>
        new(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, timeout);

    public override void Check(LintContext context, FindingSink sink)
    {
        foreach (var hit in context.HitsOf(LexiconGroup.Custom))
        {
            if (hit.Entry.Owner == _owner)
            {
                Add(sink, hit.Start, hit.Length);
            }
        }

        if (_regex is null)
        {
            return;
        }

        // The timeout is wall-clock time, and the linear-time engine builds its automaton lazily on first use: a cold
        // start on a busy machine (a thread descheduled mid-match) can exceed it once. The matches are collected first and
        // the match is tried a second time before giving up, so a hiccup neither drops nor duplicates findings.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var found = new List<(int Start, int Length)>();
            try
            {
                foreach (Match m in _regex.Matches(context.Folded.Text))
                {
                    if (m.Length > 0)
                    {
                        found.Add(context.Folded.ToOriginalSpan(m.Index, m.Length));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern that times out twice on this reply yields no findings; linting the rest goes on.
                continue;
            }

            foreach (var (start, length) in found)
            {
                Add(sink, start, length);
            }

            return;
        }
    }

    private void Add(FindingSink sink, int start, int length) =>
        sink.Add(new Finding(this, start, length, _replacement, _replacement is not null));
}
