using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>An official day off in Iran: its date, its Persian title and where it comes from.</summary>
/// <remarks>The default value has an empty title and is not a real holiday. A day with two occasions (Eid al-Fitr on
/// Nowruz) gives two <see cref="Holiday"/> values with the same date.</remarks>
/// <param name="Date">The day, in the Persian calendar (<see cref="SolarHijri.Calendar"/>).</param>
/// <param name="Title">The Persian title, for example «عاشورای حسینی».</param>
/// <param name="Kind">Solar, lunar or custom.</param>
public readonly record struct Holiday(LocalDate Date, string Title, HolidayKind Kind)
{
    /// <summary>Returns the holiday as <c>yyyy/MM/dd title</c>.</summary>
    /// <returns>For example "1405/01/01 آغاز نوروز".</returns>
    /// <example><code>new Holiday(SolarHijri.Date(1405, 11, 22), "…", HolidayKind.Solar).ToString() // "1405/11/22 …"</code></example>
    public override string ToString() => PersianDateFormat.Format(Date) + " " + Title;
}
