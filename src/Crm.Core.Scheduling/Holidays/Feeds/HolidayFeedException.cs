using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Scheduling.Internal;

namespace Crm.Core.Scheduling;

/// <summary>Thrown when a holiday feed is rejected; <see cref="Errors"/> lists every problem. The calendar in use is unchanged.</summary>
public sealed class HolidayFeedException : FormatException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">Every problem, at least one.</param>
    public HolidayFeedException(IReadOnlyList<HolidayFeedError> errors)
        : base("The holiday feed was rejected: " + string.Join("; ", errors ?? []))
    {
        Errors = errors ?? [];
    }

    /// <summary>Creates the exception with no listed problems (for serializers and tests).</summary>
    public HolidayFeedException()
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public HolidayFeedException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HolidayFeedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<HolidayFeedError> Errors { get; }

    /// <summary>Returns the message in the language of <paramref name="culture"/>: for a Persian culture (<c>fa</c>,
    /// <c>fa-IR</c>) «فید تعطیلات پذیرفته نشد:» and each error's <see cref="HolidayFeedError.PersianMessage"/> (the
    /// English <see cref="Exception.Message"/> when no error is listed), otherwise <see cref="Exception.Message"/>; never
    /// the thread's culture implicitly.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string MessageIn(CultureInfo culture) =>
        HolidayFeedMessages.IsPersian(Guard.Against.Null(culture)) && Errors.Count > 0
            ? "فید تعطیلات پذیرفته نشد: " + string.Join(" ", Errors.Select(e => e.PersianMessage))
            : Message;
}
