using System.Globalization;

namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>The <see cref="IFormattable"/> and <see cref="ISpanFormattable"/> implementation shared by every identifier.</summary>
internal static class IdentifierFormat
{
    /// <summary>Returns the form a format string names: <c>G</c> or empty (canonical), <c>D</c> (display), <c>M</c> (masked).</summary>
    /// <typeparam name="T">The identifier type.</typeparam>
    /// <param name="value">The identifier.</param>
    /// <param name="format">The format string; case-insensitive.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of G, D, M.</exception>
    public static string ToString<T>(in T value, ReadOnlySpan<char> format)
        where T : struct, IIdentifierForms => format switch
        {
            [] or "G" or "g" => value.Value,
            "D" or "d" => value.Format(),
            "M" or "m" => value.ToMaskedString(),
            _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The format '{format}' is not supported for {typeof(T).Name}: use G (canonical), D (display) or M (masked).")),
        };

    /// <summary>Writes the form a format string names into a buffer.</summary>
    /// <typeparam name="T">The identifier type.</typeparam>
    /// <param name="value">The identifier.</param>
    /// <param name="destination">The buffer.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the buffer is too small.</param>
    /// <param name="format">The format string, as for <see cref="ToString{T}(in T, ReadOnlySpan{char})"/>.</param>
    /// <returns><see langword="true"/> when the text fits.</returns>
    public static bool TryFormat<T>(in T value, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format)
        where T : struct, IIdentifierForms
    {
        var text = ToString(value, format);
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }
}
