namespace Crm.Core.TestKit;

/// <summary>
/// Locates the real data files of <c>../shared/data</c> relative to the repository root (the folder holding
/// Crm.Core.sln), and fails with a clear message when a file is missing.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The absolute path of the shared data folder.</summary>
    public static string Directory => Root.Value;

    /// <summary>Returns the full path of a file under the shared data folder, e.g. <c>"cdnow/CDNOW_sample.txt"</c>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static string PathOf(string relativePath)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, relativePath));
        if (!File.Exists(full))
        {
            throw new FileNotFoundException(
                $"Shared test data file '{relativePath}' was not found at '{full}'. Tests read ../shared/data relative to the repository root.",
                full);
        }

        return full;
    }

    /// <summary>Reads every line of a shared data file as UTF-8.</summary>
    public static string[] ReadAllLines(string relativePath) => File.ReadAllLines(PathOf(relativePath));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Crm.Core.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new DirectoryNotFoundException($"Could not find Crm.Core.sln above '{AppContext.BaseDirectory}'.");
        }

        var data = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
        if (!System.IO.Directory.Exists(data))
        {
            throw new DirectoryNotFoundException($"Shared test data folder not found at '{data}' (expected ../shared/data next to the repository).");
        }

        return data;
    }
}
