using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
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
    /// <param name="errors">Every error, naming the setting and the value; empty on success.</param>
    /// <returns><see langword="true"/> when the configuration is valid.</returns>
    /// <example><code>ToneLintOptionsJson.TryParse("""{"rules":{"TL9999":"off"}}""", out _, out var errors) // false; errors[0] names rules.TL9999</code></example>
    public static bool TryParse(string? json, [NotNullWhen(true)] out ToneLintOptions? options, out IReadOnlyList<string> errors)
    {
        options = null;
        var list = new List<string>();
        errors = list;
        if (json is null)
        {
            list.Add("The configuration text is null.");
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            list.Add(F($"Not valid JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}: {ex.Message}"));
            return false;
        }
        catch (ArgumentException ex)
        {
            list.Add("Not valid JSON: " + ex.Message);
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                list.Add(F($"The configuration must be a JSON object, got {Kind(root)}."));
                return false;
            }

            var result = new ToneLintOptions();
            foreach (var p in root.EnumerateObject())
            {
                Read(result, p, list);
            }

            if (list.Count == 0)
            {
                list.AddRange(ToneLintOptionsValidator.Validate(result));
            }

            options = list.Count == 0 ? result : null;
            return list.Count == 0;
        }
    }

    private static void Read(ToneLintOptions options, JsonProperty p, List<string> errors)
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
                    errors.Add(F($"{p.Name}: expected true or false, got {Shown(p.Value)}."));
                }

                break;
            case "glossary":
                ReadGlossary(options, p, errors);
                break;
            case "limits":
                ReadLimits(options, p, errors);
                break;
            default:
                errors.Add(F($"'{p.Name}' is not a setting (known: {string.Join(", ", Settings)})."));
                break;
        }
    }

    private static void ReadRule(ToneLintOptions options, JsonProperty rule, List<string> errors)
    {
        var at = "rules." + rule.Name;
        var isRule = RuleCatalog.BuiltIn.Any(r => string.Equals(r.Info.Id, rule.Name, StringComparison.OrdinalIgnoreCase));
        var isCategory = ToneCategoryIds.TryParse(rule.Name, out var category);
        if (!isRule && !isCategory)
        {
            errors.Add(F($"{at}: '{rule.Name}' is neither a rule id (such as TL0101) nor a category id (such as vague-timeline)."));
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
                errors.Add(F($"{at}: must be \"off\", \"error\", \"warning\" or \"suggestion\", got {Shown(rule.Value)}."));
                break;
        }
    }

    private static void ReadGlossary(ToneLintOptions options, JsonProperty p, List<string> errors)
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
                errors.Add(F($"{at}: expected an object with \"term\" and \"preferred\", got {Shown(e)}."));
                continue;
            }

            var entry = new GlossaryEntry();
            foreach (var f in e.EnumerateObject())
            {
                if (f.Value.ValueKind != JsonValueKind.String || f.Name is not ("term" or "preferred" or "reason"))
                {
                    errors.Add(F($"{at}.{f.Name}: expected one of term, preferred, reason with a string value, got {Shown(f.Value)}."));
                    continue;
                }

                var v = f.Value.GetString();
                _ = f.Name switch { "term" => entry.Term = v ?? string.Empty, "preferred" => entry.Preferred = v, _ => entry.Reason = v };
            }

            options.Glossary.Add(entry);
        }
    }

    private static void ReadLimits(ToneLintOptions options, JsonProperty p, List<string> errors)
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
                errors.Add(F($"{at}: expected email, chat or sms with an object value, got {Shown(channel.Value)}."));
                continue;
            }

            foreach (var f in channel.Value.EnumerateObject())
            {
                if (f.Value.ValueKind != JsonValueKind.Number || !f.Value.TryGetInt32(out var n) || f.Name is not ("maxWords" or "maxSentenceWords" or "maxParagraphSentences"))
                {
                    errors.Add(F($"{at}.{f.Name}: expected maxWords, maxSentenceWords or maxParagraphSentences with a whole number, got {Shown(f.Value)}."));
                    continue;
                }

                _ = f.Name switch { "maxWords" => limits.MaxWords = n, "maxSentenceWords" => limits.MaxSentenceWords = n, _ => limits.MaxParagraphSentences = n };
            }
        }
    }

    private static List<string> Strings(JsonProperty p, List<string> errors, string? at = null)
    {
        var result = new List<string>();
        if (p.Value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(F($"{at ?? p.Name}: expected an array of strings, got {Shown(p.Value)}."));
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
                errors.Add(F($"{at ?? p.Name}[{i}]: expected a non-empty string, got {Shown(e)}."));
            }

            i++;
        }

        return result;
    }

    private static bool Expect(JsonProperty p, JsonValueKind kind, List<string> errors)
    {
        if (p.Value.ValueKind == kind)
        {
            return true;
        }

        errors.Add(F($"{p.Name}: expected {(kind == JsonValueKind.Object ? "an object" : "an array")}, got {Shown(p.Value)}."));
        return false;
    }

    private static string Kind(JsonElement e) => e.ValueKind.ToString().ToLowerInvariant();

    private static string Shown(JsonElement e)
    {
        var raw = e.GetRawText();
        return Kind(e) + " " + (raw.Length > 40 ? raw[..37] + "..." : raw);
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
