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
}
