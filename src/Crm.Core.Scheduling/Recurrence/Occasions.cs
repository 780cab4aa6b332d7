using Crm.Core.Scheduling.Internal;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// Finds customers' birthdays and marriage anniversaries in Persian terms: the occasion falls on the same Persian
/// month and day each year. A date of 30 Esfand (a leap-year day) is congratulated on 29 Esfand in common years, so
/// the customer is never skipped.
/// </summary>
public static class Occasions
{
    /// <summary>Returns the occasion of a recorded date in a Persian year.</summary>
    /// <param name="customerId">The customer code; not <c>default</c>.</param>
    /// <param name="date">The birth or marriage date, in any calendar.</param>
    /// <param name="kind">Birthday or marriage anniversary.</param>
    /// <param name="persianYear">The year to look in.</param>
    /// <returns>The occasion, or <see langword="null"/> when the year is not after the original date's year.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default(CustomerCode)</c>.</exception>
    /// <example><code>Occasions.InYear(CustomerCode.Parse("C-1"), SolarHijri.Date(1375, 12, 30), OccasionKind.Birthday, 1405)!.Value.Date // 1405/12/29</code></example>
    public static Occasion? InYear(CustomerCode customerId, LocalDate date, OccasionKind kind, int persianYear)
    {
        Guard.Against.Default(customerId);
        var original = PersianDates.Checked(date, nameof(date));
        if (persianYear <= original.Year || persianYear > SolarHijri.MaxYear)
        {
            return null;
        }

        var day = Math.Min(original.Day, SolarHijri.DaysInMonth(persianYear, original.Month));
        return new Occasion(customerId, kind, original, SolarHijri.Date(persianYear, original.Month, day), persianYear - original.Year);
    }

    /// <summary>Lists the occasions of a recorded date between two dates (both included).</summary>
    /// <param name="customerId">The customer code; not <c>default</c>.</param>
    /// <param name="date">The birth or marriage date, in any calendar.</param>
    /// <param name="kind">Birthday or marriage anniversary.</param>
    /// <param name="from">The first day to look at, in any calendar.</param>
    /// <param name="to">The last day to look at, in any calendar.</param>
    /// <returns>The occasions in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default(CustomerCode)</c>.</exception>
    public static IEnumerable<Occasion> Between(CustomerCode customerId, LocalDate date, OccasionKind kind, LocalDate from, LocalDate to)
    {
        Guard.Against.Default(customerId);
        var start = PersianDates.Checked(from, nameof(from));
        var end = PersianDates.Checked(to, nameof(to));
        for (var year = start.Year; year <= end.Year; year++)
        {
            if (InYear(customerId, date, kind, year) is { } occasion && occasion.Date >= start && occasion.Date <= end)
            {
                yield return occasion;
            }
        }
    }

    /// <summary>Returns an individual customer's birthday and marriage anniversary in a Persian year, from the customer record.</summary>
    /// <param name="individual">The customer; a missing birth or marriage date gives no occasion.</param>
    /// <param name="persianYear">The year to look in.</param>
    /// <returns>Zero, one or two occasions, birthday first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="individual"/> is <see langword="null"/>.</exception>
    /// <example><code>Occasions.InYear(customer, 1405).Select(o => o.ToFollowUp("sara"))</code></example>
    public static IReadOnlyList<Occasion> InYear(Individual individual, int persianYear)
    {
        Guard.Against.Null(individual);
        var result = new List<Occasion>(2);
        var code = individual.Code;
        if (individual.Profile.BirthDate is { } birth && InYear(code, birth, OccasionKind.Birthday, persianYear) is { } birthday)
        {
            result.Add(birthday);
        }

        if (individual.Profile.MarriageDate is { } marriage && InYear(code, marriage, OccasionKind.MarriageAnniversary, persianYear) is { } anniversary)
        {
            result.Add(anniversary);
        }

        return result;
    }
}
