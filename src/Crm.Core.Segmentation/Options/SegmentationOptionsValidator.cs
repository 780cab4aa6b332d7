using Ardalis.GuardClauses;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>Checks <see cref="SegmentationOptions"/> and reports every problem at once (also usable without DI).</summary>
public static class SegmentationOptionsValidator
{
    /// <summary>Validates options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>Every problem; empty when the options are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Validate(SegmentationOptions options)
    {
        Guard.Against.Null(options);
        var errors = new List<string>();
        if (options.WantedListCapacity < 1)
        {
            errors.Add($"SegmentationOptions.WantedListCapacity must be at least 1, not {options.WantedListCapacity}.");
        }

        if (string.IsNullOrWhiteSpace(options.TimeZoneId) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            errors.Add($"SegmentationOptions.TimeZoneId '{options.TimeZoneId}' is not a TZDB time zone (for example Asia/Tehran).");
        }

        if (options.SegmentMap.Count > 0 && !RfmSegmentMap.TryCreate(options.SegmentMap, out _, out var mapErrors))
        {
            errors.AddRange(mapErrors.Select(e => "SegmentationOptions.SegmentMap: " + e.Message));
        }

        return errors;
    }
}
