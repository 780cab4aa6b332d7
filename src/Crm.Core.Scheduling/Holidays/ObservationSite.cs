namespace Crm.Core.Scheduling;

/// <summary>A place from which the young crescent is looked for.</summary>
/// <param name="Name">A name for reports, for example "Tehran".</param>
/// <param name="Latitude">Degrees north, −60 to 60.</param>
/// <param name="Longitude">Degrees east, −180 to 180.</param>
public readonly record struct ObservationSite(string Name, double Latitude, double Longitude)
{
    /// <summary>Gets eight provincial capitals spread over Iran (north-west, north-east, centre, south-west, south,
    /// south-east): Iran's practice accepts a sighting from anywhere in the country, so the crescent counts as seen when
    /// it is visible from any of them.</summary>
    public static IReadOnlyList<ObservationSite> Iran { get; } =
    [
        new("Tehran", 35.69, 51.39),
        new("Ahvaz", 31.32, 48.67),
        new("Bandar Abbas", 27.18, 56.27),
        new("Zahedan", 29.50, 60.85),
        new("Mashhad", 36.30, 59.60),
        new("Tabriz", 38.08, 46.29),
        new("Chabahar", 25.29, 60.64),
        new("Bushehr", 28.97, 50.84),
    ];
}
