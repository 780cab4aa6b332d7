using Ardalis.GuardClauses;
using NodaTime;

namespace Crm.Core.Customers;

/// <summary>Who made a change to a customer record, and when.</summary>
public readonly record struct ChangeStamp
{
    /// <summary>Creates a stamp.</summary>
    /// <param name="by">The user or system that made the change; not empty.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is null, empty or white space.</exception>
    public ChangeStamp(string by, Instant at)
    {
        By = Guard.Against.NullOrWhiteSpace(by).Trim();
        At = at;
    }

    /// <summary>Gets who made the change. Empty for <c>default</c>.</summary>
    public string By { get => field ?? string.Empty; }

    /// <summary>Gets when the change was made.</summary>
    public Instant At { get; }

    /// <summary>Creates a stamp at the current instant of a clock.</summary>
    /// <param name="by">The user or system that made the change.</param>
    /// <param name="clock">The clock to read.</param>
    /// <returns>The stamp.</returns>
    public static ChangeStamp Now(string by, IClock clock) => new(by, Guard.Against.Null(clock).GetCurrentInstant());
}
