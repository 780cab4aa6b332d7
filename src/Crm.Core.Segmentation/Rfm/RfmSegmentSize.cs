namespace Crm.Core.Segmentation;

/// <summary>How many scored customers fall in one segment.</summary>
/// <param name="Segment">The segment.</param>
/// <param name="Count">The number of customers in it.</param>
public sealed record RfmSegmentSize(RfmSegmentRule Segment, int Count);
