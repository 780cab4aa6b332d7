using System.Text.RegularExpressions;

namespace Crm.Core.EntityFrameworkCore.Tests.Support;

/// <summary>Checks that every C# block of a page under docs/ equals a <c>begin-snippet</c> … <c>end-snippet</c> region
/// of a compiled test file (indentation removed), the way mdsnippets keeps Polly's docs compiling.</summary>
public static partial class DocsSnippets
{
    public static void AssertEveryBlockIsCompiled(string page, string testFile)
    {
        var root = RepositoryRoot();
        var doc = File.ReadAllText(Path.Combine(root, "docs", page)).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(root, "tests", "Crm.Core.EntityFrameworkCore.Tests", testFile)).ReplaceLineEndings("\n");
        var snippets = Snippet().Matches(source).Select(m => Dedent(m.Groups["body"].Value)).ToHashSet(StringComparer.Ordinal);
        var blocks = CSharpBlock().Matches(doc).Select(m => Dedent(m.Groups["body"].Value)).ToList();

        Assert.NotEmpty(blocks);
        foreach (var block in blocks)
        {
            Assert.True(snippets.Contains(block), $"This C# block of docs/{page} is not a snippet of {testFile}:\n{block}");
        }
    }

    private static string Dedent(string text)
    {
        var lines = text.TrimEnd().Split('\n').SkipWhile(string.IsNullOrWhiteSpace).ToList();
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..].TrimEnd() : l.Trim()));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Crm.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Crm.Core.sln was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"// begin-snippet: [\w-]+\n(?<body>.*?)\n[ \t]*// end-snippet", RegexOptions.Singleline)]
    private static partial Regex Snippet();

    [GeneratedRegex(@"```csharp\n(?<body>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
