using System.Globalization;
using System.Text.Json;
using Crm.Core.Customers;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Reads the JSON shape of a definition, reporting structural problems with their JSON path.</summary>
internal static class SegmentJsonReader
{
    public static SegmentDefinition? ReadDefinition(JsonElement root, List<ValidationError> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(SegmentErrors.At("$", "segment.json.shape", root.ValueKind.ToString(), "a definition is a JSON object"));
            return null;
        }

        CheckProperties(root, "$", errors, "name", "description", "version", "condition");
        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? Text(n, "$.name", errors) : null;
        if (name is null)
        {
            errors.Add(SegmentErrors.At("$.name", "segment.name", string.Empty, "a definition needs a string name"));
        }

        var description = root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? Text(d, "$.description", errors) : null;
        var version = 1;
        if (root.TryGetProperty("version", out var v) && (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out version)))
        {
            errors.Add(SegmentErrors.At("$.version", "segment.version", v.GetRawText(), "the version is a whole number"));
        }

        if (!root.TryGetProperty("condition", out var condition))
        {
            errors.Add(SegmentErrors.At("$.condition", "segment.condition", string.Empty, "a definition needs a condition"));
            return null;
        }

        var node = ReadNode(condition, "$.condition", errors);
        return node is null || name is null ? null : new SegmentDefinition(name, description, version, node);
    }

    private static SegmentNode? ReadNode(JsonElement e, string path, List<ValidationError> errors)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add(SegmentErrors.At(path, "segment.json.shape", e.ValueKind.ToString(), "a node is a JSON object"));
            return null;
        }

        var isAll = e.TryGetProperty("all", out var all);
        var isAny = e.TryGetProperty("any", out var any);
        if (isAll || isAny)
        {
            CheckProperties(e, path, errors, "all", "any");
            if (isAll && isAny)
            {
                errors.Add(SegmentErrors.At(path, "segment.json.shape", "all+any", "a group has either all or any, not both"));
                return null;
            }

            var key = isAll ? "all" : "any";
            var items = isAll ? all : any;
            if (items.ValueKind != JsonValueKind.Array)
            {
                errors.Add(SegmentErrors.At($"{path}.{key}", "segment.json.shape", items.ValueKind.ToString(), "a group holds an array of nodes"));
                return null;
            }

            var children = new List<SegmentNode>();
            var i = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (ReadNode(item, $"{path}.{key}[{i++}]", errors) is { } child)
                {
                    children.Add(child);
                }
            }

            return new SegmentGroup(isAll ? SegmentCombinator.All : SegmentCombinator.Any, children);
        }

        CheckProperties(e, path, errors, "field", "op", "value");
        var field = e.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? Text(f, path + ".field", errors) : null;
        if (field is null)
        {
            errors.Add(SegmentErrors.At(path + ".field", "segment.unknown-field", string.Empty, "a condition needs a field name, or the node needs all/any"));
            return null;
        }

        var opName = e.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.String ? Text(o, path + ".op", errors) : null;
        if (!SegmentOperatorNames.TryParse(opName, out var op))
        {
            errors.Add(SegmentErrors.At(path + ".op", "segment.operator", opName ?? string.Empty, "unknown operator"));
            return null;
        }

        var values = new List<string>();
        if (e.TryGetProperty("value", out var value))
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    ReadScalar(item, $"{path}.value[{i++}]", values, errors);
                }
            }
            else
            {
                ReadScalar(value, path + ".value", values, errors);
            }
        }

        return new SegmentCondition(field, op, values);
    }

    private static void ReadScalar(JsonElement e, string path, List<string> values, List<ValidationError> errors)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                if (Text(e, path, errors) is { } text)
                {
                    values.Add(text);
                }

                break;
            case JsonValueKind.Number:
                values.Add(e.TryGetDecimal(out var d) ? d.ToString(CultureInfo.InvariantCulture) : e.GetRawText());
                break;
            default:
                errors.Add(SegmentErrors.At(path, "segment.json.shape", e.ValueKind.ToString(), "a value is a string or a number"));
                break;
        }
    }

    /// <summary>Reads a JSON string; an escaped lone surrogate (<c>"\ud800"</c>) is reported, not thrown.</summary>
    private static string? Text(JsonElement e, string path, List<ValidationError> errors)
    {
        try
        {
            return e.GetString();
        }
        catch (InvalidOperationException)
        {
            errors.Add(SegmentErrors.At(path, "segment.json.text", e.GetRawText().Length > 40 ? e.GetRawText()[..40] + "…" : e.GetRawText(),
                "the string holds an unpaired surrogate (\\uD800-\\uDFFF escape without its pair)"));
            return null;
        }
    }

    private static void CheckProperties(JsonElement e, string path, List<ValidationError> errors, params string[] allowed)
    {
        foreach (var p in e.EnumerateObject())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
            {
                errors.Add(SegmentErrors.At($"{path}.{p.Name}", "segment.json.property", p.Name,
                    "unknown property; expected " + string.Join(", ", allowed)));
            }
        }
    }
}
