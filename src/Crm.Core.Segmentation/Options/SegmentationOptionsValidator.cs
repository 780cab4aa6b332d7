using Ardalis.GuardClauses;
using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>Checks <see cref="SegmentationOptions"/> and reports every problem at once (also usable without DI).</summary>
public static class SegmentationOptionsValidator
{
    /// <summary>Validates options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>Every problem in English; empty when the options are valid (the <see cref="ValidationError.Message"/> of
    /// <see cref="Errors"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Validate(SegmentationOptions options) => [.. Errors(options).Select(e => e.Message)];

    /// <summary>Returns every problem as <see cref="ValidationError"/>s: the setting as field, the rule
    /// (<c>options.wanted-list-capacity</c>, <c>options.time-zone</c>, or the <c>rfm-map.*</c> rule of the segment map),
    /// the value, and the message in English and Persian (<see cref="ValidationError.MessageIn"/>).</summary>
    /// <param name="options">The options.</param>
    /// <returns>The problems; empty when the options are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ValidationError> Errors(SegmentationOptions options)
    {
        Guard.Against.Null(options);
        var errors = new List<ValidationError>();
        if (options.WantedListCapacity < 1)
        {
            errors.Add(new ValidationError("SegmentationOptions.WantedListCapacity", "options.wanted-list-capacity",
                options.WantedListCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"SegmentationOptions.WantedListCapacity must be at least 1, not {options.WantedListCapacity}."));
        }

        if (string.IsNullOrWhiteSpace(options.TimeZoneId) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            errors.Add(new ValidationError("SegmentationOptions.TimeZoneId", "options.time-zone", options.TimeZoneId ?? string.Empty,
                $"SegmentationOptions.TimeZoneId '{options.TimeZoneId}' is not a TZDB time zone (for example Asia/Tehran)."));
        }

        if (options.SegmentMap.Count > 0 && !RfmSegmentMap.TryCreate(options.SegmentMap, out _, out var mapErrors))
        {
            errors.AddRange(mapErrors.Select(e => e with { Field = "SegmentationOptions.SegmentMap." + e.Field, Message = "SegmentationOptions.SegmentMap: " + e.Message }));
        }

        return errors;
    }
}
