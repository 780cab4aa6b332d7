namespace Crm.Sample.Host.Csv;

/// <summary>The file cannot be read as CSV at all (exit code 2).</summary>
internal sealed class CsvUnreadableException(string message) : Exception(message);
