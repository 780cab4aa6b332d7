using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Scheduling.Internal;

namespace Crm.Core.Scheduling;

/// <summary>One problem in a holiday feed, with a sentence for people in English (<see cref="Message"/>) and in Persian
/// (<see cref="PersianMessage"/>).</summary>
/// <remarks>The language is never taken from the machine's culture: <see cref="Message"/> is always English, and
/// <see cref="MessageIn(CultureInfo)"/> picks the language from the culture the caller passes.</remarks>
/// <param name="Line">The 1-based line of the entry in the feed's text.</param>
/// <param name="Field">The field, for example <c>date</c> or <c>hijri_month</c>.</param>
/// <param name="Rule">The rule broken, for example <c>date-format</c>, <c>month-length</c> or <c>overlap</c>.</param>
/// <param name="Value">The offending value as written (cut to 100 characters).</param>
/// <param name="Message">A sentence that says what is wrong, in invariant English.</param>
public sealed record HolidayFeedError(int Line, string Field, string Rule, string Value, string Message)
{
    private readonly string? _persianMessage;

    /// <summary>
    /// Gets a Persian sentence for people (Persian letters, Persian digits for numbers) naming the line, the field, the
    /// value as written and the rule, for example «سطر ۳، date: مقدار «1405/13/01» پذیرفته نیست: … (قاعدهٔ date).».
    /// By default it is the library's Persian text of <see cref="Rule"/>; the feed reader gives a more specific one
    /// where the English message has details (the line of a duplicate, the days of a month), and so may a caller with
    /// <c>error with { PersianMessage = … }</c>. A rule id the library does not know gets a general sentence naming it.
    /// </summary>
    /// <example><code>error.PersianMessage // "سطر ۲، hijri_month: مقدار «13» پذیرفته نیست: عدد باید از ۱ تا ۱۲ باشد (قاعدهٔ range)."</code></example>
    public string PersianMessage
    {
        get => _persianMessage ?? HolidayFeedMessages.Sentence(Line, Field, Rule, Value, null);
        init => _persianMessage = Guard.Against.NullOrWhiteSpace(value);
    }

    /// <summary>Returns the message in the language of <paramref name="culture"/>: Persian for a Persian culture
    /// (<c>fa</c>, <c>fa-IR</c>), English for any other; never the thread's culture implicitly.</summary>
    /// <param name="culture">The reader's culture, for example <c>CultureInfo.GetCultureInfo("fa-IR")</c>; pass
    /// <see cref="CultureInfo.CurrentUICulture"/> explicitly to follow the user's interface language.</param>
    /// <returns><see cref="PersianMessage"/> or <see cref="Message"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    /// <example><code>error.MessageIn(CultureInfo.GetCultureInfo("fa-IR")) // the Persian sentence</code></example>
    public string MessageIn(CultureInfo culture) => HolidayFeedMessages.IsPersian(Guard.Against.Null(culture)) ? PersianMessage : Message;

    /// <summary>Returns the error as <c>line N, field: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"line {Line.ToString(CultureInfo.InvariantCulture)}, {Field}: {Message}";
}
