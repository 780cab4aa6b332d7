using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>The moment a segment is evaluated at: the as-of date for relative date conditions, and the time zone in
/// which interaction instants become dates.</summary>
/// <param name="AsOf">The as-of date (any calendar).</param>
/// <param name="Zone">The time zone of interaction dates; <see cref="Tehran"/> when <see langword="null"/>.</param>
public sealed record SegmentContext(LocalDate AsOf, DateTimeZone? Zone = null)
{
    /// <summary>Gets the Asia/Tehran time zone from the TZDB provider.</summary>
    public static DateTimeZone Tehran { get; } = DateTimeZoneProviders.Tzdb["Asia/Tehran"];

    /// <summary>Gets the effective time zone.</summary>
    public DateTimeZone EffectiveZone => Zone ?? Tehran;

    /// <summary>Creates a context for today's date in the given zone.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The zone; <see cref="Tehran"/> when <see langword="null"/>.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public static SegmentContext Today(IClock clock, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var z = zone ?? Tehran;
        return new SegmentContext(clock.GetCurrentInstant().InZone(z).Date, z);
    }
}
