using Crm.Core.Customers;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Recurrence;

public class OccasionsTests
{
    [Fact]
    public void InYear_BornOnEsfand30_IsCongratulatedOnEsfand29InCommonYears()
    {
        var birth = new LocalDate(2025, 3, 20); // 1403/12/30, a leap-year day
        Assert.Equal(SolarHijri.Date(1404, 12, 29), Occasions.InYear(CustomerCode.Parse("C-1"), birth, OccasionKind.Birthday, 1404)!.Value.Date);
        Assert.Equal(SolarHijri.Date(1408, 12, 30), Occasions.InYear(CustomerCode.Parse("C-1"), birth, OccasionKind.Birthday, 1408)!.Value.Date);
        Assert.Null(Occasions.InYear(CustomerCode.Parse("C-1"), birth, OccasionKind.Birthday, 1403));
    }

    [Fact]
    public void Between_MarriageDate_ListsEachAnniversaryWithYears()
    {
        var occasions = Occasions.Between(CustomerCode.Parse("C-2"), SolarHijri.Date(1390, 7, 14), OccasionKind.MarriageAnniversary,
            SolarHijri.Date(1404, 1, 1), SolarHijri.Date(1405, 12, 29)).ToList();
        Assert.Equal([SolarHijri.Date(1404, 7, 14), SolarHijri.Date(1405, 7, 14)], occasions.Select(o => o.Date));
        Assert.Equal([14, 15], occasions.Select(o => o.Years));
    }

    [Fact]
    public void ToFollowUp_Birthday_IsACongratulationWithPersianNote()
    {
        var occasion = Occasions.InYear(CustomerCode.Parse("C-3"), SolarHijri.Date(1370, 2, 10), OccasionKind.Birthday, 1405)!.Value;
        var followUp = occasion.ToFollowUp("sara");
        Assert.Equal(FollowUpKind.Congratulation, followUp.Kind);
        Assert.Equal(FollowUpOrigin.Occasion, followUp.Origin);
        Assert.Equal("تبریک تولد ۳۵ سالگی", followUp.Note);
        Assert.Equal(SolarHijri.Date(1405, 2, 10), followUp.Due);
        Assert.Equal("C-3-birthday-1405", followUp.Id);
    }

    [Fact]
    public void InYear_IndividualBornOnEsfand30_GivesBirthdayOnEsfand29OfCommonYear()
    {
        var customer = Crm.Core.TestKit.SomeCustomers.Individual(); // born 1366/12/30, no marriage date
        var occasion = Assert.Single(Occasions.InYear(customer, 1405));
        Assert.Equal((OccasionKind.Birthday, CustomerCode.Parse("C-1"), 39), (occasion.Kind, occasion.CustomerId, occasion.Years));
        Assert.Equal(SolarHijri.Date(1405, 12, 29), occasion.Date);
    }

    [Fact]
    public void InYear_IndividualWithMarriageDate_GivesBothOccasions()
    {
        var customer = Crm.Core.Customers.Individual.Create(Crm.Core.Customers.CustomerCode.Parse("C-9"),
            new Crm.Core.Customers.IndividualProfile { LastName = "رضایی", BirthDate = new LocalDate(1990, 5, 1), MarriageDate = new LocalDate(2015, 9, 1) },
            Crm.Core.TestKit.SomeCustomers.Stamp());
        var occasions = Occasions.InYear(customer, 1405);
        Assert.Equal([OccasionKind.Birthday, OccasionKind.MarriageAnniversary], occasions.Select(o => o.Kind));
        Assert.Equal(SolarHijri.From(new LocalDate(2015, 9, 1)).Month, occasions[1].Date.Month);
    }

    [Property]
    public Property InYear_AnyRecordedDate_FallsInTheSameMonthEveryYear() =>
        Prop.ForAll(Gen.Choose(0, 40000).ToArbitrary(), Gen.Choose(1, 60).ToArbitrary(), (offset, years) =>
        {
            var recorded = SolarHijri.Date(1300, 1, 1).PlusDays(offset);
            var occasion = Occasions.InYear(CustomerCode.Parse("C"), recorded, OccasionKind.Birthday, recorded.Year + years)!.Value;
            return occasion.Date.Month == recorded.Month && occasion.Years == years
                && (occasion.Date.Day == recorded.Day || (recorded.Month == 12 && recorded.Day == 30 && occasion.Date.Day == 29));
        });
}
