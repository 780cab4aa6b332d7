using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Crm.Core.Persian;
using Crm.Core.ToneLint.Internal;

namespace Crm.Core.ToneLint;

/// <summary>
/// Reads a team's tone-lint configuration from JSON: severity per rule or category, rules turned off, allowed words,
/// additional phrases, template mode, glossary and length limits. Every error names the setting and the value, and
/// the result is checked by <see cref="ToneLintOptionsValidator"/> as well.
/// </summary>
/// <example>
/// <code>
/// var options = ToneLintOptionsJson.Parse("""
/// {
///   "rules": { "TL2002": "off", "vague-timeline": "error" },
///   "allowedWords": ["STOP"],
///   "additionalPhrases": { "negative-phrasing": ["out of our hands"] },
///   "templateMode": true,
///   "templateFields": ["first_name", "order_id"]
/// }
/// """);
/// var linter = new ToneLinter(options);
/// </code>
/// </example>
public static class ToneLintOptionsJson
{
    private static readonly string[] Settings =
        ["rules", "allowedWords", "additionalPhrases", "templateMode", "templateFields", "glossary", "useDefaultGlossary", "limits"];

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    /// <summary>Reads a configuration.</summary>
    /// <param name="json">The JSON text of the team file.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The JSON is malformed or a setting is invalid; the message lists every error.</exception>
    /// <example><code>ToneLintOptionsJson.Parse("""{"rules":{"TL2002":"off"}}""").DisabledRules // { "TL2002" }</code></example>
    public static ToneLintOptions Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryParse(json, out var options, out var errors)
            ? options
            : throw new FormatException("Invalid tone-lint configuration: " + string.Join(" ", errors));
    }

    /// <summary>Tries to read a configuration; never throws.</summary>
    /// <param name="json">The JSON text of the team file.</param>
    /// <param name="options">The options when the configuration is valid.</param>
    /// <param name="errors">Every error, naming the setting and the value; empty on success. These are the English
    /// <see cref="ToneLintOptionsError.Message"/>s of <see cref="TryRead"/>.</param>
    /// <returns><see langword="true"/> when the configuration is valid.</returns>
    /// <example><code>ToneLintOptionsJson.TryParse("""{"rules":{"TL9999":"off"}}""", out _, out var errors) // false; errors[0] names rules.TL9999</code></example>
    public static bool TryParse(string? json, [NotNullWhen(true)] out ToneLintOptions? options, out IReadOnlyList<string> errors)
    {
        var ok = TryRead(json, out options, out var found);
        errors = [.. found.Select(e => e.Message)];
        return ok;
    }

    /// <summary>Tries to read a configuration and reports each error with its setting, rule id, value and a message in
    /// English and in Persian (<see cref="ToneLintOptionsError.MessageIn"/> picks the language from the culture the caller
    /// passes); never throws. The file's own errors have rule ids <c>tone-config.*</c> (for example
    /// <c>tone-config.rule-unknown</c>); a file that reads well is then checked by
    /// <see cref="ToneLintOptionsValidator.Errors"/> (rule ids <c>tone-options.*</c>).</summary>
    /// <param name="json">The JSON text of the team file.</param>
    /// <param name="options">The options when the configuration is valid.</param>
    /// <param name="errors">Every error; empty on success.</param>
    /// <returns><see langword="true"/> when the configuration is valid.</returns>
    /// <example><code>ToneLintOptionsJson.TryRead("""{"rules":{"TL9999":"off"}}""", out _, out var errors);
    /// errors[0].MessageIn(CultureInfo.GetCultureInfo("fa-IR"))
    /// // "تنظیم rules.TL9999 با مقدار «TL9999» پذیرفته نیست: این کلید نه شناسهٔ قاعده (مانند TL0101) است و نه شناسهٔ دسته (مانند vague-timeline) (قاعدهٔ tone-config.rule-unknown)."</code></example>
    public static bool TryRead(string? json, [NotNullWhen(true)] out ToneLintOptions? options, out IReadOnlyList<ToneLintOptionsError> errors)
    {
        options = null;
        var list = new OptionsErrorList();
        errors = list.List;
        if (json is null)
        {
            list.Add("(json)", "tone-config.null", string.Empty, "The configuration text is null.", "متن پیکربندی خالی (null) است");
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            list.Add("(json)", "tone-config.json-syntax", string.Empty, F($"Not valid JSON at line {line}, byte {position}: {ex.Message}"),
                $"متن پیکربندی در سطر {Fa(line)}، بایت {Fa(position)} JSON درست نیست");
            return false;
        }
        catch (ArgumentException ex)
        {
            list.Add("(json)", "tone-config.json-syntax", string.Empty, "Not valid JSON: " + ex.Message, "متن پیکربندی JSON درست نیست");
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                list.Add("(root)", "tone-config.json-object", Kind(root), F($"The configuration must be a JSON object, got {Kind(root)}."),
                    "پیکربندی باید یک شیء JSON باشد");
                return false;
            }

            var result = new ToneLintOptions();
            foreach (var p in root.EnumerateObject())
            {
                Read(result, p, list);
            }

            if (list.Count == 0)
            {
                list.AddRange(ToneLintOptionsValidator.Errors(result));
            }

            options = list.Count == 0 ? result : null;
            return list.Count == 0;
        }
    }

    private static void Read(ToneLintOptions options, JsonProperty p, OptionsErrorList errors)
    {
        switch (p.Name)
        {
            case "rules":
                if (Expect(p, JsonValueKind.Object, errors))
                {
                    foreach (var rule in p.Value.EnumerateObject())
                    {
                        ReadRule(options, rule, errors);
                    }
                }

                break;
            case "allowedWords":
                foreach (var w in Strings(p, errors))
                {
                    options.AllowedWords.Add(w);
                }

                break;
            case "templateFields":
                foreach (var w in Strings(p, errors))
                {
                    options.TemplateFields.Add(w);
                }

                break;
            case "additionalPhrases":
                if (Expect(p, JsonValueKind.Object, errors))
                {
                    foreach (var c in p.Value.EnumerateObject())
                    {
                        var phrases = Strings(c, errors, "additionalPhrases." + c.Name);
                        options.AdditionalPhrases[c.Name] = [.. phrases];
                    }
                }

                break;
            case "templateMode":
            case "useDefaultGlossary":
                if (p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    if (p.Name == "templateMode")
                    {
                        options.TemplateMode = p.Value.GetBoolean();
                    }
                    else
                    {
                        options.UseDefaultGlossary = p.Value.GetBoolean();
                    }
                }
                else
                {
                    errors.Add(p.Name, "tone-config.boolean", Raw(p.Value), F($"{p.Name}: expected true or false, got {Shown(p.Value)}."),
                        "مقدار باید true یا false باشد");
                }

                break;
            case "glossary":
                ReadGlossary(options, p, errors);
                break;
            case "limits":
                ReadLimits(options, p, errors);
                break;
            default:
                errors.Add(p.Name, "tone-config.setting-unknown", p.Name, F($"'{p.Name}' is not a setting (known: {string.Join(", ", Settings)})."),
                    "این تنظیم شناخته نیست؛ تنظیم‌های پیکربندی تیم: " + string.Join("، ", Settings));
                break;
        }
    }

    private static void ReadRule(ToneLintOptions options, JsonProperty rule, OptionsErrorList errors)
    {
        var at = "rules." + rule.Name;
        var isRule = RuleCatalog.BuiltIn.Any(r => string.Equals(r.Info.Id, rule.Name, StringComparison.OrdinalIgnoreCase));
        var isCategory = ToneCategoryIds.TryParse(rule.Name, out var category);
        if (!isRule && !isCategory)
        {
            errors.Add(at, "tone-config.rule-unknown", rule.Name,
                F($"{at}: '{rule.Name}' is neither a rule id (such as TL0101) nor a category id (such as vague-timeline)."),
                "این کلید نه شناسهٔ قاعده (مانند TL0101) است و نه شناسهٔ دسته (مانند vague-timeline)");
            return;
        }

        var value = rule.Value.ValueKind == JsonValueKind.String ? rule.Value.GetString() : null;
        switch (value?.ToLowerInvariant())
        {
            case "off":
                if (isRule)
                {
                    options.DisabledRules.Add(rule.Name);
                }
                else
                {
                    options.DisabledCategories.Add(category);
                }

                break;
            case "error":
                options.SeverityOverrides[rule.Name] = ToneSeverity.Error;
                break;
            case "warning":
                options.SeverityOverrides[rule.Name] = ToneSeverity.Warning;
                break;
            case "suggestion":
                options.SeverityOverrides[rule.Name] = ToneSeverity.Suggestion;
                break;
            default:
                errors.Add(at, "tone-config.rule-severity", Raw(rule.Value),
                    F($"{at}: must be \"off\", \"error\", \"warning\" or \"suggestion\", got {Shown(rule.Value)}."),
                    "مقدار باید یکی از off، error، warning یا suggestion باشد");
                break;
        }
    }

    private static void ReadGlossary(ToneLintOptions options, JsonProperty p, OptionsErrorList errors)
    {
        if (!Expect(p, JsonValueKind.Array, errors))
        {
            return;
        }

        var i = 0;
        foreach (var e in p.Value.EnumerateArray())
        {
            var at = F($"glossary[{i++}]");
            if (e.ValueKind != JsonValueKind.Object)
            {
                errors.Add(at, "tone-config.glossary-entry", Raw(e), F($"{at}: expected an object with \"term\" and \"preferred\", got {Shown(e)}."),
                    "هر مدخل واژه‌نامه باید شیئی با term و preferred باشد");
                continue;
            }

            var entry = new GlossaryEntry();
            foreach (var f in e.EnumerateObject())
            {
                if (f.Value.ValueKind != JsonValueKind.String || f.Name is not ("term" or "preferred" or "reason"))
                {
                    errors.Add($"{at}.{f.Name}", "tone-config.glossary-field", Raw(f.Value),
                        F($"{at}.{f.Name}: expected one of term, preferred, reason with a string value, got {Shown(f.Value)}."),
                        "فیلد مدخل واژه‌نامه باید term، preferred یا reason با مقدار رشته باشد");
                    continue;
                }

                var v = f.Value.GetString();
                _ = f.Name switch { "term" => entry.Term = v ?? string.Empty, "preferred" => entry.Preferred = v, _ => entry.Reason = v };
            }

            options.Glossary.Add(entry);
        }
    }

    private static void ReadLimits(ToneLintOptions options, JsonProperty p, OptionsErrorList errors)
    {
        if (!Expect(p, JsonValueKind.Object, errors))
        {
            return;
        }

        foreach (var channel in p.Value.EnumerateObject())
        {
            var limits = channel.Name switch { "email" => options.Email, "chat" => options.Chat, "sms" => options.Sms, _ => null };
            var at = "limits." + channel.Name;
            if (limits is null || channel.Value.ValueKind != JsonValueKind.Object)
            {
                errors.Add(at, "tone-config.limits-channel", Raw(channel.Value), F($"{at}: expected email, chat or sms with an object value, got {Shown(channel.Value)}."),
                    "کانال باید email، chat یا sms با مقدار شیء باشد");
                continue;
            }

            foreach (var f in channel.Value.EnumerateObject())
            {
                if (f.Value.ValueKind != JsonValueKind.Number || !f.Value.TryGetInt32(out var n) || f.Name is not ("maxWords" or "maxSentenceWords" or "maxParagraphSentences"))
                {
                    errors.Add($"{at}.{f.Name}", "tone-config.limits-field", Raw(f.Value),
                        F($"{at}.{f.Name}: expected maxWords, maxSentenceWords or maxParagraphSentences with a whole number, got {Shown(f.Value)}."),
                        "حد طول باید maxWords، maxSentenceWords یا maxParagraphSentences با یک عدد صحیح باشد");
                    continue;
                }

                _ = f.Name switch { "maxWords" => limits.MaxWords = n, "maxSentenceWords" => limits.MaxSentenceWords = n, _ => limits.MaxParagraphSentences = n };
            }
        }
    }

    private static List<string> Strings(JsonProperty p, OptionsErrorList errors, string? at = null)
    {
        var result = new List<string>();
        var setting = at ?? p.Name;
        if (p.Value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(setting, "tone-config.string-array", Raw(p.Value), F($"{setting}: expected an array of strings, got {Shown(p.Value)}."),
                "مقدار باید آرایه‌ای از رشته‌ها باشد");
            return result;
        }

        var i = 0;
        foreach (var e in p.Value.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString()))
            {
                result.Add(e.GetString()!);
            }
            else
            {
                errors.Add(F($"{setting}[{i}]"), "tone-config.string-empty", Raw(e), F($"{setting}[{i}]: expected a non-empty string, got {Shown(e)}."),
                    "هر عضو باید رشته‌ای ناخالی باشد");
            }

            i++;
        }

        return result;
    }

    private static bool Expect(JsonProperty p, JsonValueKind kind, OptionsErrorList errors)
    {
        if (p.Value.ValueKind == kind)
        {
            return true;
        }

        var isObject = kind == JsonValueKind.Object;
        errors.Add(p.Name, isObject ? "tone-config.expected-object" : "tone-config.expected-array", Raw(p.Value),
            F($"{p.Name}: expected {(isObject ? "an object" : "an array")}, got {Shown(p.Value)}."),
            isObject ? "مقدار باید یک شیء JSON باشد" : "مقدار باید آرایهٔ JSON باشد");
        return false;
    }

    private static string Raw(JsonElement e) => e.GetRawText();

    private static string Fa(long value) => PersianDigits.ToPersian(value.ToString(CultureInfo.InvariantCulture));

    private static string Kind(JsonElement e) => e.ValueKind.ToString().ToLowerInvariant();

    private static string Shown(JsonElement e)
    {
        var raw = e.GetRawText();
        return Kind(e) + " " + (raw.Length > 40 ? raw[..37] + "..." : raw);
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
