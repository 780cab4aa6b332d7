using Crm.Core.Persian;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Scheduling.Internal;

/// <summary>Converts dates to the Persian calendar with an error in the library's words when a date lies outside it.</summary>
internal static class PersianDates
{
    /// <summary>The date in the Persian calendar.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 622-03-22 or after 9999-03-20 CE; the message names
    /// the parameter and the date.</exception>
    public static LocalDate Checked(LocalDate date, string parameterName)
    {
        try
        {
            return SolarHijri.From(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException(parameterName, date,
                $"{parameterName}: the date {LocalDatePattern.Iso.Format(date)} ({date.Calendar.Id}) is outside the Persian calendar (622-03-22 to 9999-03-20 CE).");
        }
    }
}
