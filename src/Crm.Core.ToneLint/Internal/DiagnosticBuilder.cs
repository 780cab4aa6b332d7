namespace Crm.Core.ToneLint.Internal;

/// <summary>Turns raw findings into diagnostics: severity overrides, wording, line and column, duplicates removed.</summary>
internal static class DiagnosticBuilder
{
    public static List<ToneDiagnostic> Build(LintContext context, List<Finding> findings)
    {
        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? a.Length.CompareTo(b.Length)
            : string.CompareOrdinal(a.Rule.Info.Id, b.Rule.Info.Id));
        var lines = new LineMap(context.Original);
        var result = new List<ToneDiagnostic>(findings.Count);
        Finding? previous = null;
        foreach (var f in findings)
        {
            if (previous is { } p && p.Rule == f.Rule && p.Start == f.Start && p.Length == f.Length)
            {
                continue;
            }

            previous = f;
            var rule = f.Rule;
            var language = context.Language;
            var arg = f.Arg ?? context.Original.Substring(f.Start, f.Length).Trim();
            if (arg.Length > 60)
            {
                arg = string.Concat(arg.AsSpan(0, 57), "…");
            }

            var suggestions = new List<ToneSuggestion>(2);
            if (f.Replacement is { } r)
            {
                suggestions.Add(new ToneSuggestion(r, rule.Text.Advice(language)));
            }
            else
            {
                suggestions.Add(new ToneSuggestion(string.Empty, rule.Text.Advice(language)));
            }

            result.Add(new ToneDiagnostic(
                rule.Info.Id,
                rule.Info.Category,
                SeverityOf(context.Options, rule.Info),
                lines.Span(f.Start, f.Length),
                rule.Text.Message(language, arg),
                rule.Text.Explanation(language) + " (" + rule.Info.Guideline + ")",
                suggestions,
                f.Fix));
        }

        return result;
    }

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
