using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Customers.Tests.Model;

public class RecordTextTests
{
    private static readonly LocalDate Dey3 = new(1405, 10, 3, CalendarSystem.PersianAstronomical);

    public static TheoryData<string, object> Records() => new()
    {
        // A Persian LocalDate's own text is "Thursday, 03 October 1405": Gregorian month names on a Persian date.
        { "NextContact = 1405/10/03", new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, Instant.FromUtc(2026, 12, 1, 8, 0), "reza", "call", null, Dey3) },
        { "BirthDate = 1405/10/03", new IndividualProfile { LastName = "محمدی", BirthDate = Dey3, MarriageDate = null } },
        { "EstablishmentDate = 1405/10/03", new CompanyProfile { Name = "نمونه", EstablishmentDate = Dey3 } },
        { "From = 1405/10/03, To = null", new CompanyContact(CustomerCode.Parse("C-1"), "مدیر خرید", null, Dey3, null) },
        // ISO dates print in the same Persian style: 2026-12-24 is 1405/10/03.
        { "Date = 1405/10/03", new AcquisitionChannel("instagram", new LocalDate(2026, 12, 24)) },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void ToString_PrintsDatesAsPersianDates(string expected, object record)
    {
        var text = record.ToString()!;

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("October", text, StringComparison.Ordinal);
        Assert.DoesNotContain("December", text, StringComparison.Ordinal);
    }
}
