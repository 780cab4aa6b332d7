using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Scheduling;

/// <summary>The office hours of a working day, in local time (Asia/Tehran by default).</summary>
/// <remarks>The default value (midnight to midnight) is empty and is rejected by the options validator.</remarks>
public readonly record struct WorkingHours
{
    /// <summary>Creates working hours.</summary>
    /// <param name="start">The opening time.</param>
    /// <param name="end">The closing time, after <paramref name="start"/> on the same day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public WorkingHours(LocalTime start, LocalTime end)
    {
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"working hours must end after they start ({start:HH:mm})");
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the office hours 08:00–16:00, the default.</summary>
    public static WorkingHours Default { get; } = new(new LocalTime(8, 0), new LocalTime(16, 0));

    /// <summary>Gets the opening time.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the closing time.</summary>
    public LocalTime End { get; }

    /// <summary>Gets the length of the working day.</summary>
    public Duration Length => Period.Between(Start, End).ToDuration();

    /// <summary>Writes the hours as <c>HH:mm–HH:mm</c>.</summary>
    /// <returns>For example "08:00–16:00".</returns>
    /// <example><code>WorkingHours.Default.ToString() // "08:00–16:00"</code></example>
    public override string ToString() => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(Start) + "–"
        + LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(End);
}
