using System.Reflection;
using Crm.Core.Customers.Internal.Identifiers;

namespace Crm.Core.Customers.Tests.Identifiers;

public class IdentifierRulesDocsTests
{
    private static IEnumerable<IdentifierRule> AllRules()
    {
        foreach (var type in typeof(IdentifierRules).GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public))
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public))
            {
                if (field.GetValue(null) is IdentifierRule rule)
                {
                    yield return rule;
                }
                else if (field.GetValue(null) is IdentifierSpec spec)
                {
                    yield return spec.Empty;
                    yield return spec.InvalidCharacter;
                }
            }
        }
    }

    [Fact]
    public void EveryRuleId_IsDocumentedWithItsReason()
    {
        var rules = AllRules().ToList();
        Assert.Equal(43, rules.Count);
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());

        var docs = File.ReadAllText(DocsPath("identifiers.md"));
        foreach (var rule in rules)
        {
            Assert.Contains($"| `{rule.Id}` | {rule.Reason} |", docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MobileBlockTable_IsListedInTheDocs()
    {
        var docs = File.ReadAllText(DocsPath("identifiers.md"));
        foreach (var row in MobileBlockTable.Rows)
        {
            var blocks = row.First == row.Last ? $"09{row.First:00}" : $"09{row.First:00}–09{row.Last:00}";
            Assert.Contains($"| {blocks} | {row.Operator} | {(row.Assigned ? "yes" : "no")} |", docs, StringComparison.Ordinal);
        }
    }

    internal static string DocsPath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Crm.Core.sln")))
        {
            dir = dir.Parent;
        }

        Assert.True(dir is not null, "Crm.Core.sln not found above " + AppContext.BaseDirectory);
        var path = Path.Combine(dir.FullName, "docs", name);
        Assert.True(File.Exists(path), "Missing " + path);
        return path;
    }
}
