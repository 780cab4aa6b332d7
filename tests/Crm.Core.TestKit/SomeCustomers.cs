using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.TestKit;

/// <summary>Builders for customer test data.</summary>
public static class SomeCustomers
{
    /// <summary>The Solar Hijri calendar of the library.</summary>
    public static CalendarSystem Persian { get; } = CalendarSystem.PersianAstronomical;

    /// <summary>A stamp by <paramref name="by"/> at <see cref="Some.Instant"/> plus <paramref name="minutes"/>.</summary>
    public static ChangeStamp Stamp(string by = "tester", int minutes = 0) => new(by, Some.Instant + Duration.FromMinutes(minutes));

    /// <summary>An individual with a valid national code.</summary>
    public static Individual Individual(string code = "C-1", string first = "سارا", string last = "محمدی") =>
        Crm.Core.Customers.Individual.Create(CustomerCode.Parse(code), new IndividualProfile
        {
            FirstName = first,
            LastName = last,
            NationalCode = NationalCode.Parse("0084575948"),
            BirthDate = new LocalDate(1366, 12, 30, Persian),
        }, Stamp());

    /// <summary>A company with a valid legal-entity ID.</summary>
    public static Company Company(string code = "K-1", string name = "صنایع غذایی آفتاب") =>
        Crm.Core.Customers.Company.Create(CustomerCode.Parse(code), new CompanyProfile
        {
            Name = name,
            LegalEntityId = LegalEntityId.Parse("10101234565"),
        }, Stamp());

    /// <summary>A purchase in rials on an ISO date.</summary>
    public static Purchase Purchase(string customer, int year, int month, int day, decimal amount) =>
        new(CustomerCode.Parse(customer), new LocalDate(year, month, day), Money.FromRials(amount));
}
