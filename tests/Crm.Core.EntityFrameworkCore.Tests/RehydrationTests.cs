using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Tests;

/// <summary>The model's public rehydration API (<see cref="Individual.Rehydrate"/>, <see cref="Company.Rehydrate"/>)
/// and its pending changes, on random aggregates built through the public change methods.</summary>
public class RehydrationTests
{
    [Property(MaxTest = 200)]
    public Property Rehydrate_StateOfARandomCustomer_GivesAnEqualCustomerWithNoPendingChanges() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var original = new RandomCustomers(seed).Create("R-" + seed);
            var copy = Rebuild(original);
            CustomerAssert.Same(original, copy);
            Assert.Empty(copy.PendingChanges);
            Assert.Equal(original.History.Count, original.PendingChanges.Count);   // nothing of a new customer is saved yet
        });

    [Property(MaxTest = 100)]
    public Property PendingChanges_AfterAccept_AreExactlyTheEntriesRecordedSince() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new RandomCustomers(seed);
            var customer = Rebuild(random.Create("P-" + seed));
            var before = customer.History.Count;
            random.Change(customer);
            Assert.Equal(customer.History.Skip(before), customer.PendingChanges);
            customer.AcceptChanges();
            Assert.Empty(customer.PendingChanges);
        });

    [Fact]
    public void Rehydrate_TwoPrimaryPhones_FailsNamingCustomerFieldRuleAndValue()
    {
        var state = new CustomerState
        {
            Code = CustomerCode.Parse("C-9"),
            Created = new ChangeStamp("import", Some.Instant),
            Phones = [new ContactPhone(PhoneKind.Mobile, "+989121111111", true), new ContactPhone(PhoneKind.Mobile, "+989122222222", true)],
        };
        var e = Assert.Throws<ArgumentException>(() => Individual.Rehydrate(new IndividualProfile { LastName = "محمدی" }, state));
        Assert.Contains("'C-9'", e.Message, StringComparison.Ordinal);
        Assert.Contains("phones.one-primary", e.Message, StringComparison.Ordinal);
        Assert.Contains("'2'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rehydrate_DuplicateEmailOrUntrimmedTag_FailsNamingTheValue()
    {
        var state = new CustomerState
        {
            Code = CustomerCode.Parse("C-9"),
            Created = new ChangeStamp("import", Some.Instant),
            Emails = [EmailAddress.Parse("a@example.ir"), EmailAddress.Parse("a@example.ir")],
        };
        var e = Assert.Throws<ArgumentException>(() => Individual.Rehydrate(new IndividualProfile { LastName = "محمدی" }, state));
        Assert.Contains("emails.duplicate", e.Message, StringComparison.Ordinal);
        Assert.Contains("a@example.ir", e.Message, StringComparison.Ordinal);

        var tags = state with { Emails = [], Tags = [" VIP"] };
        e = Assert.Throws<ArgumentException>(() => Individual.Rehydrate(new IndividualProfile { LastName = "محمدی" }, tags));
        Assert.Contains("tags.trimmed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rehydrate_ContactEndingBeforeItStarts_Fails()
    {
        var state = new CustomerState { Code = CustomerCode.Parse("K-1"), Created = new ChangeStamp("import", Some.Instant) };
        var contact = new CompanyContact(CustomerCode.Parse("C-1"), "مدیر خرید", null, new LocalDate(2024, 5, 1), new LocalDate(2024, 4, 30));
        var e = Assert.Throws<ArgumentException>(() => Company.Rehydrate(new CompanyProfile { Name = "آلفا" }, [contact], state));
        Assert.Contains("contacts.ends-before-start", e.Message, StringComparison.Ordinal);
        Assert.Contains("'K-1'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rehydrate_RecordsNoHistoryEntry()
    {
        var created = Individual.Create(CustomerCode.Parse("C-1"), new IndividualProfile { LastName = "محمدی" }, new ChangeStamp("a", Some.Instant));
        var copy = Individual.Rehydrate(created.Profile, created.GetState());
        Assert.Equal(created.History, copy.History);
        Assert.Equal("created", Assert.Single(copy.History).Field);
    }

    private static Customer Rebuild(Customer customer) => customer switch
    {
        Individual i => Individual.Rehydrate(i.Profile, i.GetState()),
        Company c => Company.Rehydrate(c.Profile, c.Contacts, c.GetState()),
        _ => throw new InvalidOperationException(),
    };
}
