using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Segmentation.Internal;

namespace Crm.Core.Segmentation;

/// <summary>
/// Reads and writes segment definitions as JSON (System.Text.Json, no reflection), so applications can store and edit them.
/// </summary>
/// <example>
/// <code>
/// {
///   "name": "Tehran champions", "description": "Best customers in Tehran", "version": 1,
///   "condition": { "all": [
///     { "field": "city", "op": "equals", "value": "تهران" },
///     { "any": [
///       { "field": "rfmSegment", "op": "in", "value": ["Champions", "Loyal Customers"] },
///       { "field": "birthDate", "op": "anniversaryWithinDays", "value": 7 } ] } ] }
/// }
/// </code>
/// </example>
public static class SegmentDefinitionJson
{
    /// <summary>The deepest JSON nesting read and written: 1,000 levels, System.Text.Json's writer limit, which holds a
    /// condition tree of 498 nested groups (each group is an object and an array). Reader and writer share it, so every
    /// definition that serialises also parses back.</summary>
    public const int MaxJsonDepth = 1000;

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = MaxJsonDepth };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = MaxJsonDepth };

    /// <summary>Writes a definition as JSON; Persian text is written as is, not escaped.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The condition tree nests deeper than <see cref="MaxJsonDepth"/> allows.</exception>
    /// <example><code>SegmentDefinitionJson.Serialize(definition, indented: false) // {"name":"…","version":1,"condition":{…}}</code></example>
    public static string Serialize(SegmentDefinition definition, bool indented = true)
    {
        Guard.Against.Null(definition);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            writer.WriteStartObject();
            writer.WriteString("name", definition.Name);
            if (definition.Description is not null)
            {
                writer.WriteString("description", definition.Description);
            }

            writer.WriteNumber("version", definition.Version);
            writer.WritePropertyName("condition");
            SegmentJsonWriter.WriteNode(writer, definition.Condition);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads and validates a definition, throwing when it is invalid.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The JSON is malformed or the definition invalid; the message lists every problem with its path.</exception>
    /// <example><code>SegmentDefinitionJson.Parse("{\"name\":\"x\",\"version\":1,\"condition\":{\"field\":\"citty\",\"op\":\"equals\",\"value\":\"a\"}}")
    /// // FormatException: At $.condition.field: rule 'segment.unknown-field' failed for value 'citty': …</code></example>
    public static SegmentDefinition Parse(string json)
    {
        Guard.Against.Null(json);
        return TryParse(json, out var definition, out var errors)
            ? definition
            : throw new FormatException(string.Join(" ", errors.Select(e => e.Message)));
    }

    /// <summary>Reads and validates a definition.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="definition">The definition when valid.</param>
    /// <param name="errors">Every problem, each with the JSON path of the offending node in <see cref="ValidationError.Field"/>.</param>
    /// <returns><see langword="true"/> when the JSON holds a valid definition.</returns>
    /// <example><code>SegmentDefinitionJson.TryParse(json, out var definition, out var errors)</code></example>
    public static bool TryParse(string? json, [NotNullWhen(true)] out SegmentDefinition? definition, out IReadOnlyList<ValidationError> errors)
    {
        var found = new List<ValidationError>();
        definition = null;
        errors = found;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json ?? string.Empty, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxJsonDepth });
        }
        catch (ArgumentException ex)
        {
            // A raw lone surrogate in the .NET string cannot be transcoded to UTF-8 for the JSON reader.
            found.Add(SegmentErrors.At("$", "segment.json.text", string.Empty, "the text holds an unpaired surrogate and is not valid Unicode: " + ex.Message));
            return false;
        }
        catch (JsonException ex)
        {
            found.Add(SegmentErrors.At("$", "segment.json", ex.LineNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                "the text is not valid JSON: " + ex.Message));
            return false;
        }

        using (document)
        {
            var parsed = SegmentJsonReader.ReadDefinition(document.RootElement, found);
            if (parsed is null || found.Count > 0)
            {
                return false;
            }

            found.AddRange(parsed.Validate());
            if (found.Count > 0)
            {
                return false;
            }

            definition = parsed;
            return true;
        }
    }
}
