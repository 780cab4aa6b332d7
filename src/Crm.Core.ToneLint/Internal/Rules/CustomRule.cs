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

        try
        {
            foreach (Match m in _regex.Matches(context.Folded.Text))
            {
                if (m.Length > 0)
                {
                    var (start, length) = context.Folded.ToOriginalSpan(m.Index, m.Length);
                    Add(sink, start, length);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern that times out on this reply yields no findings; linting the rest goes on.
        }
    }

    private void Add(FindingSink sink, int start, int length) =>
        sink.Add(new Finding(this, start, length, _replacement, _replacement is not null));
}
