using Crm.Core.Customers;
using Crm.Core.Segmentation;
using Crm.Sample.Host.Csv;

namespace Crm.Sample.Host.Terminal;

/// <summary>The host's file reads with a progress bar of the bytes read, on stderr when stderr is a terminal (stdout may be
/// data); with no terminal they are the plain reads, and write nothing.</summary>
internal static class TerminalFiles
{
    /// <summary>Reads a purchases CSV with the library's streaming importer (which reports rows and bytes).</summary>
    public static PurchaseImportResult ReadPurchases(HostTerminal? terminal, string path, CancellationToken cancellationToken = default) =>
        terminal?.Error is not { } console
            ? PurchaseCsvImporter.ReadFile(path, null, null, cancellationToken)
            : TerminalProgress.Run(terminal, console, Describe(path), Length(path),
                bytes => PurchaseCsvImporter.ReadFile(path, null, bytes is null ? null : new ImportBytes(bytes), cancellationToken));

    /// <summary>Reads a customers CSV with the library's streaming importer (<see cref="CustomersCsv"/>), handing the open
    /// file to <paramref name="read"/>, which enumerates its records.</summary>
    /// <exception cref="CsvUnreadableException">The file cannot be read as a customers CSV at all.</exception>
    public static T ReadCustomers<T>(HostTerminal? terminal, string path, CustomerRecordImporter importer, ChangeStamp stamp, Func<CustomersCsv, T> read)
    {
        T Open(IProgress<long>? bytes)
        {
            using var file = CustomersCsv.Open(path, importer, stamp, bytes);
            return read(file);
        }

        return terminal?.Error is not { } console ? Open(null) : TerminalProgress.Run(terminal, console, Describe(path), Length(path), Open);
    }

    /// <summary>Reads a text file (UTF-8, byte order mark detected) with <paramref name="read"/>.</summary>
    public static T ReadText<T>(HostTerminal? terminal, string path, Func<TextReader, T> read)
    {
        T Open(IProgress<long>? bytes)
        {
            var file = File.OpenRead(path);
            using var reader = new StreamReader(bytes is null ? file : new ProgressStream(file, bytes));
            return read(reader);
        }

        return terminal?.Error is not { } console ? Open(null) : TerminalProgress.Run(terminal, console, Describe(path), Length(path), Open);
    }

    /// <summary>Runs a read of <paramref name="path"/> that reports no bytes (a spinning bar while it lasts).</summary>
    public static T Read<T>(HostTerminal? terminal, string path, Func<T> read) =>
        terminal?.Error is not { } console ? read() : TerminalProgress.Run(terminal, console, Describe(path), 0, _ => read());

    private static string Describe(string path) => "reading " + Path.GetFileName(path);

    private static long Length(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The read itself reports the problem; the bar only spins.
            return 0;
        }
    }
}
