namespace Crm.Core.Segmentation;

/// <summary>Settings of the segmentation package; the defaults work without configuration.</summary>
public sealed class SegmentationOptions
{
    /// <summary>Gets or sets the number of places on a wanted list; 10 by default (seed 001).</summary>
    public int WantedListCapacity { get; set; } = WantedList.DefaultCapacity;

    /// <summary>Gets the custom R/F segment map rules; empty means <see cref="RfmSegmentMap.Default"/>.</summary>
    public IList<RfmSegmentRule> SegmentMap { get; } = [];

    /// <summary>Gets or sets the TZDB time zone in which interaction instants become dates; <c>Asia/Tehran</c> by default.</summary>
    public string TimeZoneId { get; set; } = "Asia/Tehran";

    /// <summary>Builds the segment map these options describe.</summary>
    /// <returns><see cref="RfmSegmentMap.Default"/> when <see cref="SegmentMap"/> is empty, else the custom map.</returns>
    /// <exception cref="ArgumentException">The custom map is invalid.</exception>
    public RfmSegmentMap BuildSegmentMap() => SegmentMap.Count == 0 ? RfmSegmentMap.Default : RfmSegmentMap.Create(SegmentMap);
}
