using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers.Internal;

namespace Crm.Core.Customers;

/// <summary>
/// Describes why one external value (a national code, a phone number, a CSV cell) was rejected: which field, which
/// rule, which value, and a sentence for people, in English (<see cref="Message"/>) and in Persian
/// (<see cref="PersianMessage"/>).
/// </summary>
/// <remarks>
/// Every <c>TryParse</c> overload that reports why returns one of these instead of throwing. Rule ids are stable and
/// machine-readable (for example <c>national-code.checksum</c>); docs/identifiers.md lists every id. A caller that
/// reads a CSV file can replace <see cref="Field"/> with the column name: <c>error with { Field = "national_code" }</c>.
/// The language is never taken from the machine's culture: <see cref="Message"/> is always English, and
/// <see cref="MessageIn(CultureInfo)"/> picks the language from the culture the caller passes.
/// </remarks>
/// <param name="Field">The logical field name, for example <c>nationalCode</c>.</param>
/// <param name="Rule">The stable id of the rule that failed, for example <c>national-code.checksum</c>.</param>
/// <param name="Value">The offending input exactly as typed; empty when the input was <see langword="null"/>.</param>
/// <param name="Message">An English sentence in invariant culture that names the rule and the value.</param>
public sealed record ValidationError(string Field, string Rule, string Value, string Message)
{
    private readonly string? _persianMessage;

    /// <summary>
    /// Gets a Persian sentence for people that names the value and the rule (Persian letters, Persian digits for numbers).
    /// By default it is the library's Persian text of <see cref="Rule"/> with <see cref="Value"/>; the code that reports
    /// the error may give a more specific one (for example with the list of allowed values), and so may a caller with
    /// <c>error with { PersianMessage = … }</c>. A rule id the library does not know gets a general sentence naming it.
    /// </summary>
    public string PersianMessage
    {
        get => _persianMessage ?? ValidationMessages.Persian(Rule, Field, Value);
        init => _persianMessage = Guard.Against.NullOrWhiteSpace(value);
    }

    /// <summary>Returns the message in the language of <paramref name="culture"/>: Persian for a Persian culture
    /// (<c>fa</c>, <c>fa-IR</c>, …), English for any other.</summary>
    /// <param name="culture">The culture of the reader, for example <c>CultureInfo.GetCultureInfo("fa-IR")</c>; pass
    /// <see cref="CultureInfo.CurrentUICulture"/> explicitly to follow the user's interface language.</param>
    /// <returns><see cref="PersianMessage"/> or <see cref="Message"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string MessageIn(CultureInfo culture) => ValidationMessages.IsPersian(Guard.Against.Null(culture)) ? PersianMessage : Message;
}
