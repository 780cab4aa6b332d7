using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>A day off in Iran: its date, its Persian title, where it comes from, whether it is final, and where it applies.</summary>
/// <remarks>The default value has an empty title and is not a real holiday. A day with two occasions (Eid al-Fitr on
/// Nowruz) gives two <see cref="Holiday"/> values with the same date.</remarks>
/// <param name="Date">The day, in the Persian calendar (<see cref="SolarHijri.Calendar"/>).</param>
/// <param name="Title">The Persian title, for example «عاشورای حسینی».</param>
/// <param name="Kind">Solar, lunar or custom.</param>
/// <param name="Provisional"><see langword="true"/> for a lunar holiday placed by a predicted month start (see
/// <see cref="LunarMonthPredictor"/>): the official date may differ by a day. Solar and custom holidays are never provisional.</param>
/// <param name="Province">The province a closure applies to, for example «تهران»; <see langword="null"/> for the whole country.</param>
public readonly record struct Holiday(LocalDate Date, string Title, HolidayKind Kind, bool Provisional = false, string? Province = null)
{
    /// <summary>Returns the holiday as <c>yyyy/MM/dd title</c>, followed by <c> (provisional)</c> and <c> [province]</c> when they apply.</summary>
    /// <returns>For example "1405/01/01 آغاز نوروز" or "1406/04/25 تاسوعای حسینی (provisional)".</returns>
    /// <example><code>new Holiday(SolarHijri.Date(1405, 11, 22), "…", HolidayKind.Solar).ToString() // "1405/11/22 …"</code></example>
    public override string ToString() =>
        PersianDateFormat.Format(Date) + " " + Title + (Provisional ? " (provisional)" : "") + (Province is null ? "" : " [" + Province + "]");
}
