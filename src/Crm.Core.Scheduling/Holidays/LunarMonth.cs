using Crm.Core.Persian.Internal;
using System.Text;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>A lunar Hijri month as the holiday calendar uses it: its first day, its length and where the start comes from.</summary>
/// <param name="HijriYear">The lunar Hijri year (AH).</param>
/// <param name="HijriMonth">The month, 1 (Muharram) to 12 (Dhu al-Hijja).</param>
/// <param name="Start">The civil date in Iran of day 1, in the Persian calendar.</param>
/// <param name="Length">29 or 30 days.</param>
/// <param name="Source">Official or predicted.</param>
/// <param name="LengthIsOfficial"><see langword="true"/> when the length is official too (stated, or fixed by an official
/// start of the next month); a holiday on the last day of a month whose length is predicted is provisional.</param>
public readonly record struct LunarMonth(int HijriYear, int HijriMonth, LocalDate Start, int Length, LunarMonthSource Source, bool LengthIsOfficial)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("HijriYear", HijriYear, first: true)
            .Value("HijriMonth", HijriMonth)
            .Date("Start", Start)
            .Value("Length", Length)
            .Value("Source", Source)
            .Value("LengthIsOfficial", LengthIsOfficial);
        return true;
    }
}
