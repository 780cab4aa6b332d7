using Crm.Core.Persian.Internal;
using System.Text;
using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>A customer's occasion in a given Persian year, with the day it is congratulated on.</summary>
/// <param name="CustomerId">The customer code.</param>
/// <param name="Kind">Birthday or marriage anniversary.</param>
/// <param name="OriginalDate">The recorded birth or marriage date, as a Persian date.</param>
/// <param name="Date">The day of the occasion in the year, as a Persian date (30 Esfand becomes 29 Esfand in a common year).</param>
/// <param name="Years">The number of years since the original date.</param>
public readonly record struct Occasion(CustomerCode CustomerId, OccasionKind Kind, LocalDate OriginalDate, LocalDate Date, int Years)
{
    /// <summary>Creates the congratulation follow-up for this occasion, due on its day.</summary>
    /// <param name="owner">The member of staff who congratulates.</param>
    /// <param name="priority">1 (most urgent) to 5; 2 by default, so a birthday is not pushed later by routine calls.</param>
    /// <returns>A follow-up of kind <see cref="FollowUpKind.Congratulation"/> whose note says what to congratulate on.</returns>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is blank or the priority is not 1–5.</exception>
    /// <example><code>occasion.ToFollowUp("sara").Note // "تبریک تولد ۳۵ سالگی"</code></example>
    public FollowUp ToFollowUp(string owner, int priority = 2)
    {
        var note = Kind == OccasionKind.Birthday
            ? $"تبریک تولد {PersianDigits.ToPersian(Years.ToString(CultureInfo.InvariantCulture))} سالگی"
            : $"تبریک سالگرد ازدواج ({PersianDigits.ToPersian(Years.ToString(CultureInfo.InvariantCulture))} سال)";
        var id = string.Create(CultureInfo.InvariantCulture, $"{CustomerId.Value}-{(Kind == OccasionKind.Birthday ? "birthday" : "marriage")}-{Date.Year}");
        return new FollowUp(id, CustomerId, owner, Date, FollowUpKind.Congratulation, priority, Duration.FromMinutes(5), note, FollowUpOrigin.Occasion, id);
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("CustomerId", CustomerId.Value, first: true)
            .Value("Kind", Kind)
            .Date("OriginalDate", OriginalDate)
            .Date("Date", Date)
            .Value("Years", Years);
        return true;
    }
}
