using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Core.ToneLint;

namespace Crm.Sample.Host.Serve;

/// <summary>
/// The JSON contract of <c>POST /api/lint</c>: reads a request body into a <see cref="ToneLintRequest"/> (or one error
/// line naming the field and the value) and turns a <see cref="ToneLintResult"/> into the response.
/// </summary>
internal static class LintApi
{
    /// <summary>Largest request body accepted, in bytes (256 KiB: a reply of some 50,000 words plus the customer's message).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Most findings returned per reply (as <c>lint --max-findings</c>' default); <c>total</c> says how many there were.</summary>
    public const int MaxFindings = 200;

    /// <summary>The response's JSON: camelCase names, readable Persian, absent values left out.</summary>
    public static JsonSerializerOptions Json { get; } = new(HostJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The fields of a request, in the order the docs list them.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["text", "customerName", "customerMessage", "channel", "language"];

    /// <summary>Reads a request body. Returns <see langword="null"/> and one error line (naming the field and the value) when it is not a valid request.</summary>
    public static ToneLintRequest? TryParse(ReadOnlySpan<byte> body, out string? error)
    {
        LintRequestBody input;
        try
        {
            using var document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = $"body must be a JSON object with the fields {string.Join(", ", Fields)} (got {Kind(document.RootElement)})";
                return null;
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!Fields.Contains(property.Name, StringComparer.Ordinal))
                {
                    error = $"field '{Cut(property.Name)}' is not part of a lint request (expected {string.Join(", ", Fields)})";
                    return null;
                }

                if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    error = $"field '{property.Name}' must be a string (got {Kind(property.Value)} {Cut(property.Value.GetRawText())})";
                    return null;
                }

                values[property.Name] = property.Value.GetString();
            }

            input = new LintRequestBody(
                values.GetValueOrDefault("text"), values.GetValueOrDefault("customerName"), values.GetValueOrDefault("customerMessage"),
                values.GetValueOrDefault("channel"), values.GetValueOrDefault("language"));
        }
        catch (JsonException ex)
        {
            error = "body is not valid JSON: " + Cut(ex.Message.ReplaceLineEndings(" "));
            return null;
        }

        if (input.Text is null)
        {
            error = "field 'text' is required (the draft reply, a string)";
            return null;
        }

        if (!TryChannel(input.Channel, out var channel))
        {
            error = $"field 'channel': unknown value '{Cut(input.Channel ?? string.Empty)}' (expected email, chat or sms)";
            return null;
        }

        if (!TryLanguage(input.Language, out var language))
        {
            error = $"field 'language': unknown value '{Cut(input.Language ?? string.Empty)}' (expected fa, en or auto)";
            return null;
        }

        error = null;
        return new ToneLintRequest(input.Text)
        {
            CustomerName = string.IsNullOrWhiteSpace(input.CustomerName) ? null : input.CustomerName,
            CustomerMessage = string.IsNullOrWhiteSpace(input.CustomerMessage) ? null : input.CustomerMessage,
            Channel = channel,
            Language = language,
        };
    }

    /// <summary>The response for <paramref name="result"/>: at most <see cref="MaxFindings"/> findings, each with its
    /// message, explanation, span, the text under the span and the mechanical fix (if any).</summary>
    /// <param name="result">The lint result.</param>
    /// <param name="elapsedMs">Time spent in the library (lint and wording of the findings), in milliseconds.</param>
    public static LintResponse Respond(ToneLintResult result, double elapsedMs) => new(
        result.Language switch { ToneLanguage.Persian => "fa", ToneLanguage.English => "en", _ => "auto" },
        result.Score,
        Math.Round(elapsedMs, 3),
        result.Diagnostics.Count,
        [.. result.Diagnostics.Take(MaxFindings).Select(d => ToFinding(result.Text, d))]);

    /// <summary>Reads every finding's message, explanation and advice (the library words a finding on first read), so
    /// the time measured around the lint includes what the response shows.</summary>
    public static void Materialise(ToneLintResult result)
    {
        foreach (var d in result.Diagnostics.Take(MaxFindings))
        {
            _ = d.Message.Length + d.Explanation.Length + d.Suggestions.Count;
        }
    }

    private static LintFinding ToFinding(string text, ToneDiagnostic d)
    {
        var advice = d.Suggestions.Count > 0 && d.Suggestions[0].Description.Length > 0 ? d.Suggestions[0].Description : null;
        LintFix[] fixes = d.Fix is { } f && f.Start >= 0 && f.Length >= 0 && f.Start + f.Length <= text.Length
            ? [new LintFix(f.Start, f.Length, f.Replacement, advice ?? d.Message)]
            : [];
        var quoted = d.Span.Start >= 0 && d.Span.End <= text.Length ? d.Span.Slice(text) : string.Empty;
        return new LintFinding(
            d.RuleId, d.CategoryId, d.Severity.ToString().ToLowerInvariant(), d.Message, d.Explanation, advice,
            d.Span.Start, d.Span.Length, d.Span.Line, d.Span.Column, quoted, fixes);
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a string",
    };

    /// <summary>At most 80 characters of a value quoted in an error, so a huge value does not make a huge message.</summary>
    private static string Cut(string value) => value.Length > 80 ? value[..80] + "…" : value;

    private static bool TryChannel(string? value, out ToneChannel channel)
    {
        (var ok, channel) = value switch
        {
            null or "email" => (true, ToneChannel.Email),
            "chat" => (true, ToneChannel.Chat),
            "sms" => (true, ToneChannel.Sms),
            _ => (false, ToneChannel.Email),
        };
        return ok;
    }

    private static bool TryLanguage(string? value, out ToneLanguage language)
    {
        (var ok, language) = value switch
        {
            null or "auto" => (true, ToneLanguage.Auto),
            "fa" => (true, ToneLanguage.Persian),
            "en" => (true, ToneLanguage.English),
            _ => (false, ToneLanguage.Auto),
        };
        return ok;
    }
}

/// <summary>The body of <c>POST /api/lint</c>. <c>channel</c> defaults to email and <c>language</c> to auto.</summary>
internal sealed record LintRequestBody(string? Text, string? CustomerName, string? CustomerMessage, string? Channel, string? Language);

/// <summary>The response of <c>POST /api/lint</c>. <c>elapsedMs</c> is the server's time in the library; <c>total</c>
/// counts every finding, <c>findings</c> holds at most <see cref="LintApi.MaxFindings"/>.</summary>
internal sealed record LintResponse(string Language, int Score, double ElapsedMs, int Total, IReadOnlyList<LintFinding> Findings);

/// <summary>One finding: span in UTF-16 code units of the posted text (as JavaScript strings count), 1-based line and column.</summary>
internal sealed record LintFinding(
    string RuleId, string Category, string Severity, string Message, string Explanation, string? Advice,
    int Start, int Length, int Line, int Column, string Text, IReadOnlyList<LintFix> Fixes);

/// <summary>A mechanical fix: replace <c>length</c> code units at <c>start</c> with <c>replacement</c>.</summary>
internal sealed record LintFix(int Start, int Length, string Replacement, string Description);

/// <summary>The body of an error response (400, 413, 415).</summary>
internal sealed record ApiError(string Error);
