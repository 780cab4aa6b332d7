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
    /// <returns>The errors in English; empty when the options are valid (the <see cref="ToneLintOptionsError.Message"/>
    /// of <see cref="Errors"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Validate(ToneLintOptions options) => [.. Errors(options).Select(e => e.Message)];

    /// <summary>Validates options and returns every error with its setting, rule (<c>tone-options.*</c>), value and
    /// messages in English and Persian (<see cref="ToneLintOptionsError.MessageIn"/>).</summary>
    /// <param name="options">The options to check.</param>
    /// <returns>The errors; empty when the options are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ToneLintOptionsError> Errors(ToneLintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new OptionsErrorList();
        CheckLimits(errors, "Email", options.Email);
        CheckLimits(errors, "Chat", options.Chat);
        CheckLimits(errors, "Sms", options.Sms);
        if (options.RegexTimeout <= TimeSpan.Zero || options.RegexTimeout > MaxTimeout)
        {
            errors.Add("RegexTimeout", "tone-options.regex-timeout", F($"{options.RegexTimeout}"),
                F($"RegexTimeout: must be greater than zero and at most 10 seconds, got {options.RegexTimeout}."),
                "زمان مجاز عبارت باقاعده باید بیشتر از صفر و حداکثر ۱۰ ثانیه باشد");
        }

        var ruleIds = new HashSet<string>(RuleCatalog.BuiltIn.Select(r => r.Info.Id), StringComparer.OrdinalIgnoreCase);
        CheckCustomRules(errors, options, ruleIds);
        foreach (var id in options.DisabledRules)
        {
            if (!ruleIds.Contains(id ?? string.Empty))
            {
                errors.Add("DisabledRules", "tone-options.rule-id", id ?? string.Empty,
                    F($"DisabledRules: '{id}' is not a rule id (built-in ids look like TL0101)."),
                    "این شناسهٔ هیچ قاعده‌ای نیست (شناسهٔ قاعده‌های داخلی مانند TL0101 است)");
            }
        }

        foreach (var category in options.DisabledCategories)
        {
            if (!Enum.IsDefined(category))
            {
                errors.Add("DisabledCategories", "tone-options.category", F($"{(int)category}"),
                    F($"DisabledCategories: {(int)category} is not a tone category."),
                    "این مقدار دسته‌ای از قاعده‌های لحن نیست");
            }
        }

        foreach (var (key, severity) in options.SeverityOverrides)
        {
            if (!ruleIds.Contains(key) && !ToneCategoryIds.TryParse(key, out _))
            {
                errors.Add("SeverityOverrides", "tone-options.severity-key", key,
                    F($"SeverityOverrides: '{key}' is neither a rule id nor a category id."),
                    "این کلید نه شناسهٔ قاعده است و نه شناسهٔ دسته");
            }

            if (!Enum.IsDefined(severity))
            {
                errors.Add(F($"SeverityOverrides['{key}']"), "tone-options.severity", F($"{(int)severity}"),
                    F($"SeverityOverrides['{key}']: {(int)severity} is not a severity."),
                    "این مقدار یکی از شدت‌های تعریف‌شده نیست");
            }
        }

        for (var i = 0; i < options.Glossary.Count; i++)
        {
            var entry = options.Glossary[i];
            if (entry is null || PersianFold.FoldToString(entry.Term ?? string.Empty).Trim().Length == 0)
            {
                errors.Add(F($"Glossary[{i}].Term"), "tone-options.glossary-term", entry?.Term ?? string.Empty,
                    F($"Glossary[{i}].Term: must contain a word, got '{entry?.Term}'."),
                    "واژهٔ واژه‌نامه باید دست‌کم یک کلمه داشته باشد");
            }
        }

        foreach (var (key, phrases) in options.AdditionalPhrases)
        {
            if (!ToneCategoryIds.TryParse(key, out var category) || !Internal.PhraseCategories.TryGroup(category, out _))
            {
                errors.Add("AdditionalPhrases", "tone-options.phrase-category", key,
                    F($"AdditionalPhrases: '{key}' is not a category with a phrase list (negative-phrasing, blaming-language, cliche, robotic-formality, deflecting-apology, over-apology, missing-name, no-closing-offer, passive-voice, unexplained-referral, vague-timeline, policy-hiding)."),
                    "این دسته فهرست عبارت ندارد؛ دسته‌های دارای فهرست: negative-phrasing، blaming-language، cliche، robotic-formality، deflecting-apology، over-apology، missing-name، no-closing-offer، passive-voice، unexplained-referral، vague-timeline، policy-hiding");
            }

            foreach (var phrase in phrases ?? [])
            {
                if (PersianFold.FoldToString(phrase ?? string.Empty).Trim().Length == 0)
                {
                    errors.Add(F($"AdditionalPhrases['{key}']"), "tone-options.phrase-empty", phrase ?? string.Empty,
                        F($"AdditionalPhrases['{key}']: a phrase must contain a word, got '{phrase}'."),
                        "عبارت باید دست‌کم یک کلمه داشته باشد");
                }
            }
        }

        foreach (var word in options.AllowedWords)
        {
            if (PersianFold.FoldToString(word ?? string.Empty).Trim().Length == 0)
            {
                errors.Add("AllowedWords", "tone-options.allowed-word", word ?? string.Empty,
                    F($"AllowedWords: an allowed word must contain a letter or digit, got '{word}'."),
                    "واژهٔ مجاز باید دست‌کم یک حرف یا رقم داشته باشد");
            }
        }

        foreach (var field in options.TemplateFields)
        {
            if (string.IsNullOrEmpty(field) || !field.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                errors.Add("TemplateFields", "tone-options.template-field", field ?? string.Empty,
                    F($"TemplateFields: '{field}' is not a field name (ASCII letters, digits, '_', '.', '-')."),
                    "نام فیلد فقط حرف و رقم لاتین و نویسه‌های _ . - می‌پذیرد");
            }
        }

        return errors.List;
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

    private static void CheckLimits(OptionsErrorList errors, string name, ChannelLengthLimits? limits)
    {
        if (limits is null)
        {
            errors.Add(name, "tone-options.limits-null", string.Empty, $"{name}: length limits must not be null.", "حدهای طول نباید خالی (null) باشند");
            return;
        }

        if (limits.MaxWords < 1 || limits.MaxSentenceWords < 1 || limits.MaxParagraphSentences < 1)
        {
            errors.Add(name, "tone-options.limits", F($"{limits.MaxWords}/{limits.MaxSentenceWords}/{limits.MaxParagraphSentences}"),
                F($"{name}: MaxWords, MaxSentenceWords and MaxParagraphSentences must be at least 1, got {limits.MaxWords}/{limits.MaxSentenceWords}/{limits.MaxParagraphSentences}."),
                "MaxWords، MaxSentenceWords و MaxParagraphSentences باید دست‌کم ۱ باشند");
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

    private static void CheckCustomRules(OptionsErrorList errors, ToneLintOptions options, HashSet<string> ruleIds)
    {
        for (var i = 0; i < options.CustomRules.Count; i++)
        {
            var rule = options.CustomRules[i];
            var at = F($"CustomRules[{i}]");
            if (rule is null)
            {
                errors.Add(at, "tone-options.custom-rule-null", string.Empty, at + ": must not be null.", "قاعدهٔ تیم نباید خالی (null) باشد");
                continue;
            }

            var id = rule.Id ?? string.Empty;
            if (!IsValidId(id) || id.StartsWith("TL", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(at + ".Id", "tone-options.custom-rule-id", id,
                    F($"{at}.Id: '{id}' must start with a letter, contain only letters, digits, '.', '_' or '-', and not start with 'TL' (reserved)."),
                    "شناسه باید با حرف لاتین آغاز شود، فقط حرف، رقم و نویسه‌های . _ - داشته باشد و با TL (ویژهٔ قاعده‌های داخلی) آغاز نشود");
            }
            else if (!ruleIds.Add(id))
            {
                errors.Add(at + ".Id", "tone-options.custom-rule-id-duplicate", id, F($"{at}.Id: '{id}' is used by another rule."),
                    "این شناسه را قاعدهٔ دیگری به کار برده است");
            }

            if (!Enum.IsDefined(rule.Category) || !Enum.IsDefined(rule.Severity))
            {
                errors.Add(at, "tone-options.custom-rule-enum", F($"{(int)rule.Category}/{(int)rule.Severity}"),
                    F($"{at} '{id}': category {(int)rule.Category} or severity {(int)rule.Severity} is not defined."),
                    F($"دسته یا شدت قاعدهٔ «{id}» تعریف‌شده نیست"));
            }

            if (string.IsNullOrWhiteSpace(rule.Message))
            {
                errors.Add(at + ".Message", "tone-options.custom-rule-message-empty", rule.Message ?? string.Empty, F($"{at}.Message '{id}': must not be empty."),
                    F($"پیام قاعدهٔ «{id}» نباید خالی باشد"));
            }
            else if (!IsMessageTemplate(rule.Message))
            {
                errors.Add(at + ".Message", "tone-options.custom-rule-message-template", rule.Message,
                    F($"{at}.Message '{id}': '{rule.Message}' is not a valid message template; {{0}} stands for the offending text, and a literal brace is written twice ({{{{ or }}}})."),
                    F($"پیام قاعدهٔ «{id}» الگوی درستی نیست؛ {{0}} جای متن نادرست است و آکولادِ خودِ متن دوبار نوشته می‌شود ({{{{ یا }}}})"));
            }

            if (rule.Phrases.Count == 0 && string.IsNullOrEmpty(rule.Pattern))
            {
                errors.Add(at, "tone-options.custom-rule-no-match", id, F($"{at} '{id}': needs at least one phrase or a pattern."),
                    "قاعدهٔ تیم دست‌کم یک عبارت یا یک الگو لازم دارد");
            }

            foreach (var phrase in rule.Phrases)
            {
                if (PersianFold.FoldToString(phrase ?? string.Empty).Trim().Length == 0)
                {
                    errors.Add(at + ".Phrases", "tone-options.custom-rule-phrase-empty", phrase ?? string.Empty, F($"{at}.Phrases '{id}': empty phrase '{phrase}'."),
                        F($"عبارت خالی در قاعدهٔ «{id}»"));
                }
            }

            if (!string.IsNullOrEmpty(rule.Pattern))
            {
                CheckPattern(errors, at, id, rule.Pattern, options.RegexTimeout > TimeSpan.Zero ? options.RegexTimeout : TimeSpan.FromSeconds(1));
            }
        }
    }

    private static void CheckPattern(OptionsErrorList errors, string at, string id, string pattern, TimeSpan timeout)
    {
        try
        {
            var regex = CustomRule.Compile(pattern, timeout);
            if (regex.IsMatch(string.Empty))
            {
                errors.Add(at + ".Pattern", "tone-options.pattern-empty-match", pattern,
                    F($"{at}.Pattern '{id}': '{pattern}' matches the empty text, so it would report everywhere."),
                    "الگو متن خالی را هم می‌پذیرد و همه‌جا گزارش می‌کرد");
            }
        }
        catch (NotSupportedException ex)
        {
            errors.Add(at + ".Pattern", "tone-options.pattern-backtracking", pattern,
                F($"{at}.Pattern '{id}': '{pattern}' needs backtracking (backreferences, lookarounds or atomic groups), which could run in exponential time; only linear-time patterns are accepted ({ex.Message})"),
                "الگو به عقب‌گرد (ارجاع به گروه، نگاه به پیش و پس یا گروه اتمی) نیاز دارد که ممکن است زمان نمایی بگیرد؛ فقط الگوهای خطی پذیرفته می‌شوند");
        }
        catch (ArgumentException ex)
        {
            errors.Add(at + ".Pattern", "tone-options.pattern-invalid", pattern, F($"{at}.Pattern '{id}': '{pattern}' does not compile: {ex.Message}"),
                "الگو عبارت باقاعدهٔ درستی نیست و ترجمه نمی‌شود");
        }
    }

    private static bool IsValidId(string id) =>
        id.Length is > 0 and <= 64 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
