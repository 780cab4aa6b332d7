namespace Crm.Core.ToneLint;

/// <summary>
/// Adds a team-specific rule: a list of phrases (matched on the Persian fold, tolerant of spacing and ZWNJ) or a
/// regular expression (matched on the folded text with the linear-time <c>NonBacktracking</c> engine).
/// </summary>
public sealed class CustomPhraseRule
{
    /// <summary>Gets or sets the rule id: a letter, then letters, digits, '.', '_' or '-'; must not start with <c>TL</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the category findings are reported under.</summary>
    public ToneCategory Category { get; set; } = ToneCategory.Glossary;

    /// <summary>Gets or sets the severity.</summary>
    public ToneSeverity Severity { get; set; } = ToneSeverity.Warning;

    /// <summary>Gets the phrases to find.</summary>
    public IList<string> Phrases { get; } = new List<string>();

    /// <summary>Gets or sets a regular expression to find, or <see langword="null"/>; constructs that need backtracking are rejected.</summary>
    public string? Pattern { get; set; }

    /// <summary>Gets or sets the message shown for a finding.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>Gets or sets a replacement; when set, findings carry a fix.</summary>
    public string? Replacement { get; set; }
}
