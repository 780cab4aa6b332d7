using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.ToneLint;

namespace Crm.Sample.Host.Commands;

/// <summary>
/// Writes a lint result as SARIF 2.1.0 (the static-analysis interchange format code-scanning tools read): one run whose
/// driver lists every rule, and one result per finding with its rule id and index, level (error, warning, note),
/// message, and a region with 1-based line and column and the UTF-16 charOffset and charLength of the span.
/// </summary>
internal static class LintSarif
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ToneLinter linter, ToneLintResult result, string artifact, int maxFindings)
    {
        var rules = linter.Rules;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ruleArray = new JsonArray();
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            index.TryAdd(r.Id, i);
            ruleArray.Add(new JsonObject
            {
                ["id"] = r.Id,
                ["name"] = ToneCategoryIds.ToId(r.Category),
                ["shortDescription"] = new JsonObject { ["text"] = r.Title },
                ["fullDescription"] = new JsonObject { ["text"] = r.Title + " (" + r.Guideline + ")" },
                ["defaultConfiguration"] = new JsonObject { ["level"] = Level(r.DefaultSeverity) },
                ["properties"] = new JsonObject { ["category"] = ToneCategoryIds.ToId(r.Category) },
            });
        }

        var results = new JsonArray();
        foreach (var d in result.Diagnostics.Take(maxFindings))
        {
            var item = new JsonObject
            {
                ["ruleId"] = d.RuleId,
                ["ruleIndex"] = index.TryGetValue(d.RuleId, out var at) ? at : -1,
                ["level"] = Level(d.Severity),
                ["message"] = new JsonObject { ["text"] = d.Message },
                ["locations"] = new JsonArray(new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = artifact },
                        ["region"] = new JsonObject
                        {
                            ["startLine"] = d.Span.Line,
                            ["startColumn"] = d.Span.Column,
                            ["charOffset"] = d.Span.Start,
                            ["charLength"] = d.Span.Length,
                        },
                    },
                }),
            };
            if (d.Fix is { } fix)
            {
                item["fixes"] = new JsonArray(new JsonObject
                {
                    ["description"] = new JsonObject { ["text"] = d.Suggestions.Count > 0 ? d.Suggestions[0].Description : d.Message },
                    ["artifactChanges"] = new JsonArray(new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = artifact },
                        ["replacements"] = new JsonArray(new JsonObject
                        {
                            ["deletedRegion"] = new JsonObject { ["charOffset"] = fix.Start, ["charLength"] = fix.Length },
                            ["insertedContent"] = new JsonObject { ["text"] = fix.Replacement },
                        }),
                    }),
                });
            }

            results.Add(item);
        }

        var sarif = new JsonObject
        {
            ["$schema"] = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject { ["driver"] = new JsonObject { ["name"] = "Crm.Core.ToneLint", ["rules"] = ruleArray } },
                ["results"] = results,
                ["properties"] = new JsonObject { ["score"] = result.Score },
            }),
        };
        return sarif.ToJsonString(Options);
    }

    private static string Level(ToneSeverity severity) => severity switch
    {
        ToneSeverity.Error => "error",
        ToneSeverity.Warning => "warning",
        _ => "note",
    };
}
