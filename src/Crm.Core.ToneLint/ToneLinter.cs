using Crm.Core.Persian;
using Crm.Core.ToneLint.Internal;
using Crm.Core.ToneLint.Internal.Lexicon;
using Crm.Core.ToneLint.Internal.Rules;

namespace Crm.Core.ToneLint;

/// <summary>
/// Lints a draft reply against the customer-service language guide (seed 004's tips, seeds 001 and 003) in Persian
/// and English. Thread-safe; create one per configuration and reuse it. Linear in the size of the input.
/// </summary>
/// <example>
/// <code>
/// var linter = new ToneLinter();
/// var result = linter.Lint(new ToneLintRequest("ما از صبر شما سپاسگزاریم.") { CustomerName = "سارا" });
/// // result.Diagnostics: TL0401 robotic-formality (fix «ممنون که منتظر بودید»), TL0701 missing-name, ...
/// </code>
/// </example>
public sealed class ToneLinter
{
    private static readonly int GroupCount = Enum.GetValues<LexiconGroup>().Length;
    private readonly ToneLintOptions _options;
    private readonly ToneRule[] _rules;
    private readonly PhraseSet? _extra;

    /// <summary>Creates a linter with the default options.</summary>
    public ToneLinter()
        : this(new ToneLintOptions())
    {
    }

    /// <summary>Creates a linter; the options are validated and copied into the compiled rule set.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid (see <see cref="ToneLintOptionsValidator"/>).</exception>
    public ToneLinter(ToneLintOptions options)
    {
        ToneLintOptionsValidator.ThrowIfInvalid(options);
        _options = options;
        var rules = new List<ToneRule>();
        var extra = new List<PhraseEntry>();
        if (options.UseDefaultGlossary)
        {
            extra.AddRange(RuleCatalog.Entries(LexiconGroup.Glossary, RegisterLexicon.DefaultGlossary));
        }

        foreach (var g in options.Glossary)
        {
            extra.Add(new PhraseEntry(LexiconGroup.Glossary, g.Term, g.Preferred, false, -1));
        }

        foreach (var (categoryId, phrases) in options.AdditionalPhrases)
        {
            if (ToneCategoryIds.TryParse(categoryId, out var category) && PhraseCategories.TryGroup(category, out var group))
            {
                extra.AddRange(phrases.Select(p => new PhraseEntry(group, p, null, false, -1)));
            }
        }

        extra.AddRange(options.AllowedWords.Select(w => new PhraseEntry(LexiconGroup.Allowed, w, null, false, -1)));
        for (var i = 0; i < options.CustomRules.Count; i++)
        {
            var custom = options.CustomRules[i];
            extra.AddRange(custom.Phrases.Select(p => new PhraseEntry(LexiconGroup.Custom, p, null, false, i)));
            rules.Add(new CustomRule(custom, i, options.RegexTimeout));
        }

        rules.InsertRange(0, RuleCatalog.BuiltIn);
        _rules = [.. rules.Where(r => !options.DisabledRules.Contains(r.Info.Id) && !options.DisabledCategories.Contains(r.Info.Category))];
        _extra = extra.Count > 0 ? new PhraseSet(extra) : null;
        Rules = [.. rules.Select(r => r.Info)];
    }

    /// <summary>Gets every rule (built-in and custom, enabled or not) with its examples.</summary>
    public IReadOnlyList<ToneRuleInfo> Rules { get; }

    /// <summary>Lints a reply with no customer context.</summary>
    /// <param name="text">The draft reply.</param>
    /// <returns>The findings and the tone score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ToneLintResult Lint(string text) => Lint(new ToneLintRequest(text));

    /// <summary>Lints a reply.</summary>
    /// <param name="request">The reply and what is known about the customer.</param>
    /// <returns>The findings ordered by position, and the tone score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public ToneLintResult Lint(ToneLintRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var code = new List<(int Start, int End)>();
        var masked = TextMasker.Mask(request.Text, code);
        var folded = PersianFold.Fold(masked);
        using var squeeze = Squeeze.Of(folded.Text);
        var hits = FindHits(folded, squeeze);
        var language = request.Language != ToneLanguage.Auto ? request.Language : LanguageOf(masked);
        var context = new LintContext(request, masked, folded, squeeze, hits, language, ProfileOf(request.CustomerMessage), _options, code);

        using var findings = new FindingSink();
        foreach (var rule in _rules)
        {
            rule.Check(context, findings);
        }

        var diagnostics = DiagnosticBuilder.Build(context, findings, out var score);
        return new ToneLintResult(request.Text, language, diagnostics, score);
    }

    private List<PhraseHit>[] FindHits(FoldedText folded, Squeeze squeeze)
    {
        var hits = new List<PhraseHit>[GroupCount];
        for (var g = 0; g < hits.Length; g++)
        {
            hits[g] = [];
        }

        RuleCatalog.Phrases.FindAll(folded, squeeze, hits);
        _extra?.FindAll(folded, squeeze, hits);
        GapMatcher.Combine(folded, hits, GapLexicon.All, RuleCatalog.GapTargets);
        foreach (var list in hits)
        {
            HitResolver.Resolve(list);
        }

        return hits;
    }

    private CustomerProfile ProfileOf(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return default;
        }

        var masked = TextMasker.Mask(message);
        var folded = PersianFold.Fold(masked);
        using var squeeze = Squeeze.Of(folded.Text);
        var hits = FindHits(folded, squeeze);
        int Count(LexiconGroup g) => hits[(int)g].Count;
        return CustomerProfile.Of(message, Segmenter.CountWords(masked, 0, masked.Length), Count(LexiconGroup.Formal), Count(LexiconGroup.Colloquial),
            Count(LexiconGroup.Anger), Count(LexiconGroup.Complaint), Count(LexiconGroup.Positive), Emoji.Any(masked));
    }

    private static ToneLanguage LanguageOf(string text)
    {
        var persian = 0;
        var latin = 0;
        var table = CharClass.Table;
        foreach (var c in text)
        {
            // The table answers both tests for every character below U+0700; above it no character is either.
            if (c < CharClass.TableSize)
            {
                var flags = table[c];
                persian += flags & CharClass.PersianLetter;
                latin += (flags & CharClass.AsciiLetter) >> 1;
            }
        }

        return persian >= latin && persian > 0 ? ToneLanguage.Persian : latin > 0 ? ToneLanguage.English : ToneLanguage.Persian;
    }
}
