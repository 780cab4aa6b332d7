using Crm.Core.Customers;
using Crm.Core.TestKit;
using NodaTime;

namespace Crm.Core.Customers.Tests.Model;

public class IndividualTests
{
    [Fact]
    public void Create_ArabicLetters_StoresPersianLettersAndRecordsCreation()
    {
        var customer = SomeCustomers.Individual(first: "علي", last: "كريمي");

        Assert.Equal("علی", customer.Profile.FirstName);
        Assert.Equal("کریمی", customer.Profile.LastName);
        Assert.Equal("علی کریمی", customer.DisplayName);
        Assert.Equal(CustomerKind.Individual, customer.Kind);
        var created = Assert.Single(customer.History);
        Assert.Equal("created", created.Field);
        Assert.Equal("tester", created.Stamp.By);
    }

    [Fact]
    public void Create_EmptyLastName_ThrowsNamingProfile()
    {
        var ex = Assert.Throws<ArgumentException>(() => Individual.Create(CustomerCode.Parse("C-9"),
            new IndividualProfile { LastName = "  " }, SomeCustomers.Stamp()));
        Assert.Equal("profile", ex.ParamName);
    }

    [Fact]
    public void Create_DefaultCode_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => Individual.Create(default, new IndividualProfile { LastName = "x" }, SomeCustomers.Stamp()));

    [Fact]
    public void UpdateProfile_TwoFieldsChanged_RecordsOneEntryPerField()
    {
        var customer = SomeCustomers.Individual();
        var marriage = new LocalDate(1400, 2, 3, SomeCustomers.Persian);

        var changed = customer.UpdateProfile(customer.Profile with { LastName = "احمدی", MarriageDate = marriage }, SomeCustomers.Stamp("maryam", 5));

        Assert.Equal(2, changed);
        var last = customer.History.Single(h => h.Field == "lastName");
        Assert.Equal(("محمدی", "احمدی", "maryam"), (last.OldValue, last.NewValue, last.Stamp.By));
        var m = customer.History.Single(h => h.Field == "marriageDate");
        Assert.Null(m.OldValue);
        Assert.Equal("2021-04-23 (SH 1400/02/03)", m.NewValue);
        Assert.Equal(marriage, customer.Profile.MarriageDate);
    }

    [Fact]
    public void UpdateProfile_NothingChanged_RecordsNothing()
    {
        var customer = SomeCustomers.Individual();
        Assert.Equal(0, customer.UpdateProfile(customer.Profile with { }, SomeCustomers.Stamp()));
        Assert.Single(customer.History);
    }

    [Fact]
    public void Create_BirthCertificateWithPersianDigits_StoresAscii()
    {
        var c = Individual.Create(CustomerCode.Parse("C-2"), new IndividualProfile { LastName = "رضایی", BirthCertificateNumber = " ۱۲۳۴۵ " }, SomeCustomers.Stamp());
        Assert.Equal("12345", c.Profile.BirthCertificateNumber);
    }
}
