using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>The size of a segment at one as-of date.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Count">The number of members.</param>
public sealed record SegmentSizePoint(LocalDate AsOf, int Count);
