namespace Crm.Core.ToneLint;

/// <summary>
/// Configures the tone linter. The defaults lint with every rule; <see cref="ToneLintOptionsValidator"/> checks a
/// configuration and reports every error at once.
/// </summary>
public sealed class ToneLintOptions
{
    /// <summary>Gets the ids of rules to switch off, for example <c>TL2002</c>.</summary>
    public ISet<string> DisabledRules { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the categories to switch off.</summary>
    public ISet<ToneCategory> DisabledCategories { get; } = new HashSet<ToneCategory>();

    /// <summary>Gets severity overrides keyed by rule id or category id (a rule id wins over its category).</summary>
    public IDictionary<string, ToneSeverity> SeverityOverrides { get; } = new Dictionary<string, ToneSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the e-mail length limits.</summary>
    public ChannelLengthLimits Email { get; set; } = ChannelLengthLimits.DefaultFor(ToneChannel.Email);

    /// <summary>Gets or sets the chat length limits.</summary>
    public ChannelLengthLimits Chat { get; set; } = ChannelLengthLimits.DefaultFor(ToneChannel.Chat);

    /// <summary>Gets or sets the SMS length limits.</summary>
    public ChannelLengthLimits Sms { get; set; } = ChannelLengthLimits.DefaultFor(ToneChannel.Sms);

    /// <summary>Gets or sets a value indicating whether the built-in glossary of seed tip 8 («مزاحمت», «متاسفانه», «مراسلات») applies.</summary>
    public bool UseDefaultGlossary { get; set; } = true;

    /// <summary>Gets the team glossary: banned words with preferred replacements.</summary>
    public IList<GlossaryEntry> Glossary { get; } = new List<GlossaryEntry>();

    /// <summary>Gets the custom phrase rules.</summary>
    public IList<CustomPhraseRule> CustomRules { get; } = new List<CustomPhraseRule>();

    /// <summary>
    /// Gets the words and phrases the team allows (matched like the built-in phrases: folded, ZWNJ- and case-insensitive):
    /// a finding of any rule whose span lies inside an occurrence is dropped, without turning the rule off.
    /// </summary>
    public ISet<string> AllowedWords { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets extra phrases for the built-in phrase lists, keyed by category id: negative-phrasing, blaming-language,
    /// cliche, robotic-formality, deflecting-apology, over-apology (apologies), missing-name (generic greetings),
    /// no-closing-offer (phrases that <em>count as</em> a closing offer), passive-voice, unexplained-referral,
    /// vague-timeline and policy-hiding.
    /// </summary>
    public IDictionary<string, IList<string>> AdditionalPhrases { get; } = new Dictionary<string, IList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets a value indicating whether the reply is a template: <c>{{first_name}}</c>-style fields are filled by
    /// the sending system, so they are not reported as unfilled, and a field whose name contains "name" counts as
    /// using the customer's name.
    /// </summary>
    public bool TemplateMode { get; set; }

    /// <summary>Gets the fields expected in template mode; empty allows every <c>{{identifier}}</c> field.</summary>
    public ISet<string> TemplateFields { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the match timeout of custom patterns (they also run on the linear-time engine).</summary>
    public TimeSpan RegexTimeout { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Returns the length limits of a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The configured limits.</returns>
    public ChannelLengthLimits LimitsFor(ToneChannel channel) => channel switch
    {
        ToneChannel.Chat => Chat,
        ToneChannel.Sms => Sms,
        _ => Email,
    };
}
