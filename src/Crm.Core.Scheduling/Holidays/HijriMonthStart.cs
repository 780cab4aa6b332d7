using Crm.Core.Persian.Internal;
using System.Text;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>The first day of a lunar Hijri month as used in Iran (which can differ from computed Islamic calendars).</summary>
/// <param name="HijriYear">The lunar Hijri year (AH), for example 1447.</param>
/// <param name="HijriMonth">The lunar month, 1 (Muharram) to 12 (Dhu al-Hijja).</param>
/// <param name="Start">The civil date in Iran of day 1 of the month, in any calendar.</param>
/// <param name="Length">The number of days of the month (29 or 30), or <see langword="null"/> when not yet known; a
/// known start of the next month also fixes the length.</param>
public readonly record struct HijriMonthStart(int HijriYear, int HijriMonth, LocalDate Start, int? Length = null)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("HijriYear", HijriYear, first: true)
            .Value("HijriMonth", HijriMonth)
            .Date("Start", Start)
            .Value("Length", Length);
        return true;
    }
}
