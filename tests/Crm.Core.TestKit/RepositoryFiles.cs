namespace Crm.Core.TestKit;

/// <summary>Reads files of the repository itself (docs, README), found from the folder that holds Crm.Core.sln.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The absolute path of the repository root.</summary>
    public static string Directory => Root.Value;

    /// <summary>Reads a repository file as text with <c>\n</c> line endings, e.g. <c>"docs/scheduling.md"</c>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static string ReadText(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Directory, relativePath));
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"Repository file '{relativePath}' was not found at '{full}'.", full);
        }

        return File.ReadAllText(full).ReplaceLineEndings("\n");
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Crm.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException($"Could not find Crm.Core.sln above '{AppContext.BaseDirectory}'.");
    }
}
