using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Sample.Host.DemoData;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Sample.Host.Tests;

public class SyntheticDataTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 1);

    [Property(MaxTest = 20)]
    public Property Customers_SameSeed_SameRowsAndEveryIdentifierParses() =>
        Prop.ForAll(Gen.Choose(0, 200).ToArbitrary(), Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary(), (count, seed) =>
        {
            var first = SyntheticData.Customers(count, seed).ToList();
            var second = SyntheticData.Customers(count, seed).ToList();
            return first.Count == count
                && first.SequenceEqual(second)
                && first.All(c => IranianMobile.TryParse(c.Mobile, out _)
                    && CustomerCode.TryParse(c.Code, out _)
                    && PostalCode.TryParse(c.PostalCode, out _)
                    && (c.Phone.Length == 0 || (IranianLandline.TryParse(c.Phone, out var landline) && landline.Province.PersianName == c.Province))
                    && IranianProvince.All.Any(p => p.PersianName == c.Province)
                    && c.City.Length > 0
                    && SyntheticData.Owners.Contains(c.Owner)
                    && (c.IsCompany
                        ? LegalEntityId.TryParse(c.LegalEntityId, out _) && EconomicCode.TryParse(c.EconomicCode, out _) && Sheba.TryParse(c.Sheba, out _)
                            && c.Phone.Length > 0 && c.CompanyName.Length > 0 && c.NationalCode.Length == 0
                            && first.Any(p => p.Code == c.ContactPerson && !p.IsCompany && string.CompareOrdinal(p.Code, c.Code) != 0) && c.ContactRole.Length > 0
                        : NationalCode.TryParse(c.NationalCode, out _) && c.LastName.Length > 0 && c.LegalEntityId.Length == 0 && c.BirthDate.Length == 10
                            && c.Gender is "female" or "male")
                    && (c.NextContactInDays == 0 || c.LastContactDaysAgo > 0));
        });

    [Fact]
    public void Customers_DifferentSeeds_DifferentRows() =>
        Assert.NotEqual(SyntheticData.Customers(50, 1), SyntheticData.Customers(50, 2));

    [Property(MaxTest = 20)]
    public Property Purchases_AnySeed_ReproducibleWithinTwoYearsForEveryCustomer() =>
        Prop.ForAll(Gen.Choose(1, 100).ToArbitrary(), Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary(), (count, seed) =>
        {
            var first = SyntheticData.Purchases(count, AsOf, seed).ToList();
            return first.SequenceEqual(SyntheticData.Purchases(count, AsOf, seed))
                && first.All(p => p.Date <= AsOf && p.Date > AsOf.PlusYears(-2) && p.Amount.Amount > 0)
                && first.Select(p => p.CustomerId).Distinct().Count() == count;
        });

    [Fact]
    public void Customers_ManyOfThem_CompaniesAndIndividualsWithNotesAndConversations()
    {
        var customers = SyntheticData.Customers(2_000, 5).ToList();

        Assert.InRange(customers.Count(c => c.IsCompany), 150, 350);   // about one in eight
        Assert.InRange(customers.Count(c => c.Note.Length > 0), 350, 650);
        Assert.InRange(customers.Count(c => c.LastContactDaysAgo > 0), 500, 830);
        Assert.InRange(customers.Count(c => c.NextContactInDays > 0), 200, 470);
        Assert.Equal(SyntheticData.Owners.Count, customers.Select(c => c.Owner).Distinct().Count());
    }

    [Fact]
    public void SeasonWeight_Ramadan_QuietThenBusyBeforeEid()
    {
        // Ramadan 1446 began on 1403/12/12 (2 March 2025) by the official calendar the Scheduling package embeds; its
        // last week fell in Farvardin 1404, after the end-of-year sales.
        var ramadan = Crm.Core.Scheduling.IranHolidayCalendar.Default.LunarMonths(1446, 1446).Single(m => m.HijriMonth == 9);
        Assert.Equal(new LocalDate(2025, 3, 2), ramadan.Start.WithCalendar(CalendarSystem.Iso));
        var start = ramadan.Start.WithCalendar(CalendarSystem.Iso);

        Assert.Equal(0.7, SyntheticData.SeasonWeight(start.PlusDays(3)));
        Assert.Equal(2, SyntheticData.SeasonWeight(start.PlusDays(ramadan.Length - 2)));
        Assert.Equal(1, SyntheticData.SeasonWeight(start.PlusDays(-20)));
        Assert.Equal(1, SyntheticData.SeasonWeight(new LocalDate(2025, 10, 1)));   // Mehr: an ordinary day
    }

    [Fact]
    public void Purchases_LateEsfand_BusierThanAnOrdinaryMonth()
    {
        var purchases = SyntheticData.Purchases(5_000, AsOf, 7).ToList();
        double PerDay(Func<LocalDate, bool> inWindow, int days) => purchases.Count(p => inWindow(p.Date.WithCalendar(SolarHijri.Calendar))) / (double)days;
        var lateEsfand = PerDay(d => d.Year == 1403 && d.Month == 12 && d.Day >= 17, 14);
        var mehr = PerDay(d => d.Year == 1403 && d.Month == 7, 30);
        Assert.True(lateEsfand > 2 * mehr, $"late Esfand {lateEsfand:F1}/day, Mehr {mehr:F1}/day");
    }
}
