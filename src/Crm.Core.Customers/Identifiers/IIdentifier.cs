using System.Diagnostics.CodeAnalysis;

namespace Crm.Core.Customers;

/// <summary>
/// Describes an identifier value object of this package (<see cref="NationalCode"/>, <see cref="BankCardNumber"/>,
/// <see cref="IranianMobile"/>, …): text in, canonical text out, and the .NET parsing and formatting interfaces.
/// </summary>
/// <typeparam name="TSelf">The identifier type.</typeparam>
/// <remarks>
/// <para>Every identifier parses through <see cref="IParsable{TSelf}"/> and <see cref="ISpanParsable{TSelf}"/> (so it
/// binds in ASP.NET Core routes and queries and works in generic code), formats through <see cref="IFormattable"/> and
/// <see cref="ISpanFormattable"/> with the formats <c>G</c> (canonical <see cref="Value"/>), <c>D</c> (display) and
/// <c>M</c> (masked for logs), and carries a <see cref="System.ComponentModel.TypeConverter"/> and a
/// System.Text.Json converter. The format provider is ignored: results never depend on culture.</para>
/// <para>Use it as a generic constraint, for example with <see cref="IdentifierAttribute{T}"/>.</para>
/// </remarks>
public interface IIdentifier<TSelf> : ISpanParsable<TSelf>, ISpanFormattable
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>Gets the canonical text of the identifier; empty for <c>default(TSelf)</c>.</summary>
    string Value { get; }

    /// <summary>Tries to parse the identifier and says which rule failed; never throws.</summary>
    /// <param name="text">The text as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The identifier when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="error"><see langword="null"/> when the text is valid; otherwise the failed rule.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    static abstract bool TryParse([NotNullWhen(true)] string? text, out TSelf result, [NotNullWhen(false)] out ValidationError? error);

    /// <summary>Parses the identifier; the format provider is ignored.</summary>
    /// <param name="s">The text as typed.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not valid; the message is the <see cref="ValidationError.Message"/>.</exception>
    static TSelf IParsable<TSelf>.Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TSelf.TryParse(s, out var result, out var error) ? result : throw new FormatException(error.Message);
    }

    /// <summary>Tries to parse the identifier; the format provider is ignored; never throws.</summary>
    /// <param name="s">The text as typed; may be <see langword="null"/>.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The identifier when the text is valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    static bool IParsable<TSelf>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TSelf result) =>
        TSelf.TryParse(s, out result, out _);

    /// <summary>Parses the identifier from characters; the format provider is ignored.</summary>
    /// <param name="s">The characters as typed.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not valid; the message is the <see cref="ValidationError.Message"/>.</exception>
    static TSelf ISpanParsable<TSelf>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TSelf.TryParse(s.ToString(), out var result, out var error) ? result : throw new FormatException(error.Message);

    /// <summary>Tries to parse the identifier from characters; the format provider is ignored; never throws.</summary>
    /// <param name="s">The characters as typed.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The identifier when the text is valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    static bool ISpanParsable<TSelf>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TSelf result) =>
        TSelf.TryParse(s.ToString(), out result, out _);
}
