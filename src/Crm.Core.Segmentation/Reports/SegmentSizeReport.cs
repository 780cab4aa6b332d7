using Ardalis.GuardClauses;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>Tracks a segment's size over time.</summary>
public static class SegmentSizeReport
{
    /// <summary>Evaluates a segment at each date, over the population as it stood then.</summary>
    /// <param name="segment">The compiled segment.</param>
    /// <param name="populationAt">Returns the customers and their figures at a date (for example RFM recomputed at that date).</param>
    /// <param name="dates">The as-of dates.</param>
    /// <param name="zone">The time zone of interaction dates; Tehran when <see langword="null"/>.</param>
    /// <returns>One point per date, in the order given.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<SegmentSizePoint> OverTime(
        CompiledSegment segment, Func<LocalDate, IEnumerable<CustomerFacts>> populationAt, IEnumerable<LocalDate> dates, DateTimeZone? zone = null)
    {
        Guard.Against.Null(segment);
        Guard.Against.Null(populationAt);
        Guard.Against.Null(dates);
        return dates.Select(d => new SegmentSizePoint(d, segment.Evaluate(populationAt(d), new SegmentContext(d, zone)).Count)).ToArray();
    }
}
