namespace Crm.Core.ToneLint.Internal;

/// <summary>Turns raw findings into diagnostics: severity overrides, wording, line and column, duplicates removed.</summary>
internal static class DiagnosticBuilder
{
    private const int MaxArgLength = 60;

    /// <summary>Builds the diagnostics in order and sums their tone score (<see cref="ToneScore"/>) on the way.</summary>
    public static List<ToneDiagnostic> Build(LintContext context, FindingSink findings, out int score)
    {
        Span<int> perCategory = stackalloc int[ToneScore.CategoryCount];
        var items = findings.AsSpan();
        FindingOrder.Sort(items);
        var lines = new LineMap(context.Original);
        var result = new List<ToneDiagnostic>(findings.Count);
        var language = context.Language;
        var options = context.Options;
        ToneRule? lastRule = null;
        var lastSeverity = default(ToneSeverity);
        Finding? previous = null;
        var suppressions = Suppressions.Parse(context.Original);
        var allowed = context.HitsOf(LexiconGroup.Allowed);
        foreach (ref readonly var f in items)
        {
            if ((allowed.Count > 0 && context.AnyHitCovering(LexiconGroup.Allowed, f.Start, f.Start + f.Length))
                || (suppressions is not null && suppressions.Suppresses(f.Rule.Info, lines.Span(f.Start, f.Length).Line)))
            {
                continue;
            }

            if (previous is { } p && p.Rule == f.Rule && p.Start == f.Start && p.Length == f.Length)
            {
                continue;
            }

            previous = f;
            if (f.Rule != lastRule)
            {
                lastRule = f.Rule;
                lastSeverity = SeverityOf(options, f.Rule.Info);
            }

            var g = OnCharacterBoundaries(f, context.Original);
            result.Add(new ToneDiagnostic(g, lastSeverity, lines.Span(g.Start, g.Length), context.Original, language));
            ToneScore.Add(perCategory, f.Rule.Info.Category, lastSeverity);
        }

        score = ToneScore.FromCategoryPenalties(perCategory);
        return result;
    }

    /// <summary>
    /// Widens a finding that would start or end inside a surrogate pair to the whole pair (clamped to the text); a fix
    /// keeps the widened characters, so it still rewrites only what it rewrote before.
    /// </summary>
    public static Finding OnCharacterBoundaries(in Finding f, string text)
    {
        var start = Math.Clamp(f.Start, 0, text.Length);
        var end = Math.Clamp(f.Start + f.Length, start, text.Length);
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
        {
            start--;
        }

        if (end > 0 && end < text.Length && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        if (start == f.Start && end == f.Start + f.Length)
        {
            return f;
        }

        var replacement = f.Replacement is { } r && f.Fixable
            ? string.Concat(text.AsSpan(start, Math.Max(0, f.Start - start)), r, text.AsSpan(Math.Min(end, f.Start + f.Length), Math.Max(0, end - f.Start - f.Length)))
            : f.Replacement;
        return f with { Start = start, Length = end - start, Replacement = replacement };
    }

    /// <summary>Words the message of a finding: the rule's template with the offending text (trimmed, at most 60 characters).</summary>
    public static string MessageOf(ToneRule rule, string? arg, string source, ToneSpan span, ToneLanguage language)
    {
        var text = arg is null ? source.AsSpan(span.Start, span.Length).Trim() : arg.AsSpan();
        return text.Length > MaxArgLength
            ? rule.Text.Message(language, string.Concat(text[..(MaxArgLength - 3)], "…"))
            : rule.Text.Message(language, text);
    }

    /// <summary>The one suggestion of a finding: its replacement (or none) with the rule's advice, as a read-only one-element list.</summary>
    public static IReadOnlyList<ToneSuggestion> SuggestionsOf(ToneRule rule, string? replacement, ToneLanguage language) =>
        [new ToneSuggestion(replacement ?? string.Empty, rule.Text.Advice(language))];

    private static ToneSeverity SeverityOf(ToneLintOptions options, ToneRuleInfo info)
    {
        var overrides = options.SeverityOverrides;
        if (overrides.Count == 0)
        {
            return info.DefaultSeverity;
        }

        return overrides.TryGetValue(info.Id, out var s) ? s
            : overrides.TryGetValue(ToneCategoryIds.ToId(info.Category), out s) ? s
            : info.DefaultSeverity;
    }
}
