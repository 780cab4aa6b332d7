using Crm.Core.ToneLint.Internal;

namespace Crm.Core.ToneLint;

/// <summary>Reports one tone finding in a reply; findings are data, never exceptions.</summary>
public sealed class ToneDiagnostic
{
    // A linter's diagnostic keeps its rule and finding and words itself on first read (a benign race: every thread
    // computes the same text); a diagnostic made with the public constructor keeps what it was given in a Given.
    // One origin field for both keeps the object small when an adversarial input yields 200,000 of them.
    private readonly object _origin;
    private readonly string? _source;
    private readonly string? _replacement;
    private readonly string? _arg;
    private readonly ToneLanguage _language;
    private readonly bool _fixable;
    private string? _message;
    private IReadOnlyList<ToneSuggestion>? _suggestions;

    /// <summary>Creates a diagnostic.</summary>
    /// <param name="ruleId">The id of the rule that found it, for example <c>TL1401</c>.</param>
    /// <param name="category">The category.</param>
    /// <param name="severity">The effective severity (after overrides).</param>
    /// <param name="span">Where it is in the original text.</param>
    /// <param name="message">A one-line message in the reply's language.</param>
    /// <param name="explanation">Why it matters, citing the guideline (tip number of the source article).</param>
    /// <param name="suggestions">Better wordings; may be empty.</param>
    /// <param name="fix">A mechanical rewrite inside <paramref name="span"/>, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A string or the suggestion list is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="fix"/> lies outside <paramref name="span"/>.</exception>
    public ToneDiagnostic(
        string ruleId,
        ToneCategory category,
        ToneSeverity severity,
        ToneSpan span,
        string message,
        string explanation,
        IReadOnlyList<ToneSuggestion> suggestions,
        ToneFix? fix)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(suggestions);
        if (fix is { } f && (f.Start < span.Start || f.Start + f.Length > span.End))
        {
            throw new ArgumentException("The fix must lie inside the diagnostic span.", nameof(fix));
        }

        Category = category;
        Severity = severity;
        Span = span;
        _message = message;
        _suggestions = suggestions;
        _origin = new Given(ruleId, explanation, fix);
    }

    /// <summary>
    /// Creates a diagnostic of the linter whose message and suggestions are worded on first read, so a caller that
    /// only counts or scores findings does not pay for 100,000 formatted strings.
    /// </summary>
    internal ToneDiagnostic(in Finding finding, ToneSeverity severity, ToneSpan span, string source, ToneLanguage language)
    {
        Category = finding.Rule.Info.Category;
        Severity = severity;
        Span = span;
        _origin = finding.Rule;
        _replacement = finding.Replacement;
        _fixable = finding.Fixable && finding.Replacement is not null;
        _arg = finding.Arg;
        _source = source;
        _language = language;
    }

    /// <summary>Gets the id of the rule, for example <c>TL1401</c> or a custom rule's id.</summary>
    public string RuleId => _origin is ToneRule rule ? rule.Info.Id : ((Given)_origin).RuleId;

    /// <summary>Gets the category.</summary>
    public ToneCategory Category { get; }

    /// <summary>Gets the fixed id of <see cref="Category"/>, for example <c>vague-timeline</c>.</summary>
    public string CategoryId => ToneCategoryIds.ToId(Category);

    /// <summary>Gets the severity.</summary>
    public ToneSeverity Severity { get; }

    /// <summary>Gets the span in the original text.</summary>
    public ToneSpan Span { get; }

    /// <summary>Gets the message in the reply's language.</summary>
    public string Message => _message ??= DiagnosticBuilder.MessageOf((ToneRule)_origin, _arg, _source!, Span, _language);

    /// <summary>Gets the explanation, citing the guideline.</summary>
    public string Explanation => _origin is ToneRule rule ? rule.ExplanationWithGuideline(_language) : ((Given)_origin).Explanation;

    /// <summary>Gets the suggested rewordings.</summary>
    public IReadOnlyList<ToneSuggestion> Suggestions => _suggestions ??= DiagnosticBuilder.SuggestionsOf((ToneRule)_origin, _replacement, _language);

    /// <summary>Gets the mechanical fix, or <see langword="null"/> when the rewrite needs a human.</summary>
    public ToneFix? Fix => _origin is ToneRule ? (_fixable ? new ToneFix(Span.Start, Span.Length, _replacement!) : null) : ((Given)_origin).Fix;

    /// <summary>Returns <c>ruleId category line:column message</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RuleId} {CategoryId} {Span.Line}:{Span.Column} {Message}");

    /// <summary>What the public constructor was given beyond the fields every diagnostic has.</summary>
    private sealed record Given(string RuleId, string Explanation, ToneFix? Fix);
}
