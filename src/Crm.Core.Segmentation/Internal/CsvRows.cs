using System.Globalization;
using Crm.Core.Customers;
using nietras.SeparatedValues;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Checks shared by the CSV importers.</summary>
internal static class CsvRows
{
    /// <summary>The <c>csv.encoding</c> error of a row whose bytes were not UTF-8 (the decoder put U+FFFD in their place),
    /// naming the first field they are in; <see langword="null"/> for a clean row.</summary>
    public static ValidationError? EncodingError(SepReader.Row row, string[] names)
    {
        if (!row.Span.Contains('\uFFFD'))
        {
            return null;
        }

        // Name the first field the bytes are in rather than report a bad value, or accept a code that no longer matches
        // the source.
        var column = 0;
        while (column < row.ColCount - 1 && !row[column].Span.Contains('\uFFFD'))
        {
            column++;
        }

        var name = column < names.Length ? names[column] : "row";
        var value = row[column].Span.ToString();
        return new ValidationError(name, "csv.encoding", value, string.Create(CultureInfo.InvariantCulture,
            $"rule 'csv.encoding' failed for value '{value}' in field '{name}': the bytes are not valid UTF-8 (shown as U+FFFD); save the file as UTF-8"));
    }
}
