using System.Globalization;
using Crm.Core.Persian;
using Crm.Core.ToneLint.Internal;
using Crm.Core.ToneLint.Internal.Rules;

namespace Crm.Core.ToneLint;

/// <summary>
/// Checks a <see cref="ToneLintOptions"/> and reports every error at once, each naming the setting, the rule broken
/// and the offending value. <see cref="ToneLinter"/> and the DI registration both use it.
/// </summary>
public static class ToneLintOptionsValidator
{
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Validates options.</summary>
    /// <param name="options">The options to check.</param>
    /// <returns>The errors; empty when the options are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Validate(ToneLintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        CheckLimits(errors, "Email", options.Email);
        CheckLimits(errors, "Chat", options.Chat);
        CheckLimits(errors, "Sms", options.Sms);
        if (options.RegexTimeout <= TimeSpan.Zero || options.RegexTimeout > MaxTimeout)
        {
            errors.Add(F($"RegexTimeout: must be greater than zero and at most 10 seconds, got {options.RegexTimeout}."));
        }

        var ruleIds = new HashSet<string>(RuleCatalog.BuiltIn.Select(r => r.Info.Id), StringComparer.OrdinalIgnoreCase);
        CheckCustomRules(errors, options, ruleIds);
        foreach (var id in options.DisabledRules)
        {
            if (!ruleIds.Contains(id ?? string.Empty))
            {
                errors.Add(F($"DisabledRules: '{id}' is not a rule id (built-in ids look like TL0101)."));
            }
        }

        foreach (var category in options.DisabledCategories)
        {
            if (!Enum.IsDefined(category))
            {
                errors.Add(F($"DisabledCategories: {(int)category} is not a tone category."));
            }
        }

        foreach (var (key, severity) in options.SeverityOverrides)
        {
            if (!ruleIds.Contains(key) && !ToneCategoryIds.TryParse(key, out _))
            {
                errors.Add(F($"SeverityOverrides: '{key}' is neither a rule id nor a category id."));
            }

            if (!Enum.IsDefined(severity))
            {
                errors.Add(F($"SeverityOverrides['{key}']: {(int)severity} is not a severity."));
            }
        }

        for (var i = 0; i < options.Glossary.Count; i++)
        {
            var entry = options.Glossary[i];
            if (entry is null || PersianFold.FoldToString(entry.Term ?? string.Empty).Trim().Length == 0)
            {
                errors.Add(F($"Glossary[{i}].Term: must contain a word, got '{entry?.Term}'."));
            }
        }

        foreach (var (key, phrases) in options.AdditionalPhrases)
        {
            if (!ToneCategoryIds.TryParse(key, out var category) || !Internal.PhraseCategories.TryGroup(category, out _))
            {
                errors.Add(F($"AdditionalPhrases: '{key}' is not a category with a phrase list (negative-phrasing, blaming-language, cliche, robotic-formality, deflecting-apology, over-apology, missing-name, no-closing-offer, passive-voice, unexplained-referral, vague-timeline, policy-hiding)."));
            }

            foreach (var phrase in phrases ?? [])
            {
                if (PersianFold.FoldToString(phrase ?? string.Empty).Trim().Length == 0)
                {
                    errors.Add(F($"AdditionalPhrases['{key}']: a phrase must contain a word, got '{phrase}'."));
                }
            }
        }

        foreach (var word in options.AllowedWords)
        {
            if (PersianFold.FoldToString(word ?? string.Empty).Trim().Length == 0)
            {
                errors.Add(F($"AllowedWords: an allowed word must contain a letter or digit, got '{word}'."));
            }
        }

        foreach (var field in options.TemplateFields)
        {
            if (string.IsNullOrEmpty(field) || !field.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                errors.Add(F($"TemplateFields: '{field}' is not a field name (ASCII letters, digits, '_', '.', '-')."));
            }
        }

        return errors;
    }

    /// <summary>Throws when options are invalid.</summary>
    /// <param name="options">The options to check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every error.</exception>
    public static void ThrowIfInvalid(ToneLintOptions options)
    {
        var errors = Validate(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid tone-lint options: " + string.Join(" ", errors), nameof(options));
        }
    }

    private static void CheckLimits(List<string> errors, string name, ChannelLengthLimits? limits)
    {
        if (limits is null)
        {
            errors.Add($"{name}: length limits must not be null.");
            return;
        }

        if (limits.MaxWords < 1 || limits.MaxSentenceWords < 1 || limits.MaxParagraphSentences < 1)
        {
            errors.Add(F($"{name}: MaxWords, MaxSentenceWords and MaxParagraphSentences must be at least 1, got {limits.MaxWords}/{limits.MaxSentenceWords}/{limits.MaxParagraphSentences}."));
        }
    }

    /// <summary>Tells whether a custom rule's message is a composite format whose only placeholder is {0}.</summary>
    private static bool IsMessageTemplate(string message)
    {
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, message, "x");
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static void CheckCustomRules(List<string> errors, ToneLintOptions options, HashSet<string> ruleIds)
    {
        for (var i = 0; i < options.CustomRules.Count; i++)
        {
            var rule = options.CustomRules[i];
            var at = F($"CustomRules[{i}]");
            if (rule is null)
            {
                errors.Add(at + ": must not be null.");
                continue;
            }

            var id = rule.Id ?? string.Empty;
            if (!IsValidId(id) || id.StartsWith("TL", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(F($"{at}.Id: '{id}' must start with a letter, contain only letters, digits, '.', '_' or '-', and not start with 'TL' (reserved)."));
            }
            else if (!ruleIds.Add(id))
            {
                errors.Add(F($"{at}.Id: '{id}' is used by another rule."));
            }

            if (!Enum.IsDefined(rule.Category) || !Enum.IsDefined(rule.Severity))
            {
                errors.Add(F($"{at} '{id}': category {(int)rule.Category} or severity {(int)rule.Severity} is not defined."));
            }

            if (string.IsNullOrWhiteSpace(rule.Message))
            {
                errors.Add(F($"{at}.Message '{id}': must not be empty."));
            }
            else if (!IsMessageTemplate(rule.Message))
            {
                errors.Add(F($"{at}.Message '{id}': '{rule.Message}' is not a valid message template; {{0}} stands for the offending text, and a literal brace is written twice ({{{{ or }}}})."));
            }

            if (rule.Phrases.Count == 0 && string.IsNullOrEmpty(rule.Pattern))
            {
                errors.Add(F($"{at} '{id}': needs at least one phrase or a pattern."));
            }

            foreach (var phrase in rule.Phrases)
            {
                if (PersianFold.FoldToString(phrase ?? string.Empty).Trim().Length == 0)
                {
                    errors.Add(F($"{at}.Phrases '{id}': empty phrase '{phrase}'."));
                }
            }

            if (!string.IsNullOrEmpty(rule.Pattern))
            {
                CheckPattern(errors, at, id, rule.Pattern, options.RegexTimeout > TimeSpan.Zero ? options.RegexTimeout : TimeSpan.FromSeconds(1));
            }
        }
    }

    private static void CheckPattern(List<string> errors, string at, string id, string pattern, TimeSpan timeout)
    {
        try
        {
            var regex = CustomRule.Compile(pattern, timeout);
            if (regex.IsMatch(string.Empty))
            {
                errors.Add(F($"{at}.Pattern '{id}': '{pattern}' matches the empty text, so it would report everywhere."));
            }
        }
        catch (NotSupportedException ex)
        {
            errors.Add(F($"{at}.Pattern '{id}': '{pattern}' needs backtracking (backreferences, lookarounds or atomic groups), which could run in exponential time; only linear-time patterns are accepted ({ex.Message})"));
        }
        catch (ArgumentException ex)
        {
            errors.Add(F($"{at}.Pattern '{id}': '{pattern}' does not compile: {ex.Message}"));
        }
    }

    private static bool IsValidId(string id) =>
        id.Length is > 0 and <= 64 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
