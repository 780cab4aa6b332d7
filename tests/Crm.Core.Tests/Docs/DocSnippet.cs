using System.Text.RegularExpressions;
using Crm.Core.TestKit;

namespace Crm.Core.Tests.Docs;

/// <summary>One ```csharp block of a Markdown file of the repository, with where it starts.</summary>
public sealed record DocSnippet(string File, int Line, string Code)
{

    /// <summary>Lists every C# block of README.md, docs/*.md and src/*/README.md.</summary>
    public static IReadOnlyList<DocSnippet> All()
    {
        var root = RepositoryFiles.Directory;
        var paths = new List<string> { "README.md" };
        paths.AddRange(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(p => Path.GetRelativePath(root, p)));
        paths.AddRange(Directory.GetDirectories(Path.Combine(root, "src")).Select(d => Path.Combine(d, "README.md"))
            .Where(System.IO.File.Exists).Select(p => Path.GetRelativePath(root, p)));
        var snippets = new List<DocSnippet>();
        foreach (var path in paths.Select(p => p.Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            var lines = RepositoryFiles.ReadText(path).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (!Regex.IsMatch(lines[i], @"^\s*```csharp\s*$"))
                {
                    continue;
                }

                var start = i + 1;
                var end = start;
                while (end < lines.Length && !Regex.IsMatch(lines[end], @"^\s*```\s*$"))
                {
                    end++;
                }

                snippets.Add(new DocSnippet(path, start + 1, string.Join('\n', lines[start..end])));
                i = end;
            }
        }

        return snippets;
    }

    /// <summary>Names the block for test output: <c>docs/scheduling.md:57</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}
