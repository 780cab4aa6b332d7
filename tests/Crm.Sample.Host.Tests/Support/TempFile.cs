using System.Text;

namespace Crm.Sample.Host.Tests.Support;

/// <summary>A uniquely named file under the temp folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private TempFile(string path) => Path = path;

    public string Path { get; }

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte-order mark.</summary>
    public static TempFile With(string content, string extension = ".txt")
    {
        var file = Reserve(extension);
        File.WriteAllText(file.Path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return file;
    }

    /// <summary>Writes the lines joined by '\n' and ending with one.</summary>
    public static TempFile WithLines(string extension, params string[] lines) => With(string.Join('\n', lines) + "\n", extension);

    /// <summary>A unique path that does not exist yet (for outputs and for "missing file" cases).</summary>
    public static TempFile Reserve(string extension = ".txt") =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crm-host-tests-" + Guid.NewGuid().ToString("N") + extension));

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
