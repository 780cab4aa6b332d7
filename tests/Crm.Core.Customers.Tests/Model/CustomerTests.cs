using Crm.Core.Customers;
using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Customers.Tests.Model;

public class CustomerTests
{
    private static ContactPhone Mobile(string n) => ContactPhone.Mobile(IranianMobile.Parse(n));

    [Fact]
    public void AddPhone_FirstPhone_BecomesPrimary()
    {
        var c = SomeCustomers.Individual();
        Assert.True(c.AddPhone(Mobile("09121234567"), SomeCustomers.Stamp()));
        Assert.True(c.AddPhone(Mobile("09351234567"), SomeCustomers.Stamp()));

        Assert.Equal("+989121234567", c.PrimaryPhone!.Number);
        Assert.Single(c.Phones, p => p.IsPrimary);
    }

    [Fact]
    public void AddPhone_SameNumberInAnotherForm_IsNotAddedTwice()
    {
        var c = SomeCustomers.Individual();
        c.AddPhone(Mobile("09121234567"), SomeCustomers.Stamp());
        Assert.False(c.AddPhone(Mobile("+98 912 123 4567"), SomeCustomers.Stamp()));
        Assert.Single(c.Phones);
    }

    [Fact]
    public void AddPhone_NewPrimary_DemotesPrevious()
    {
        var c = SomeCustomers.Individual();
        c.AddPhone(Mobile("09121234567"), SomeCustomers.Stamp());
        c.AddPhone(Mobile("09351234567") with { IsPrimary = true }, SomeCustomers.Stamp());
        Assert.Equal("+989351234567", c.PrimaryPhone!.Number);
        Assert.Single(c.Phones, p => p.IsPrimary);
    }

    [Fact]
    public void RemovePhone_Primary_PromotesFirstRemaining()
    {
        var c = SomeCustomers.Individual();
        c.AddPhone(Mobile("09121234567"), SomeCustomers.Stamp());
        c.AddPhone(Mobile("09351234567"), SomeCustomers.Stamp());
        Assert.True(c.RemovePhone("+989121234567", SomeCustomers.Stamp()));
        Assert.Equal("+989351234567", c.PrimaryPhone!.Number);
        Assert.Equal("+989121234567", c.History[^1].OldValue);
    }

    [Property]
    public Property PhoneOperations_AlwaysExactlyOnePrimaryWhenAny() =>
        Prop.ForAll((from d in Gen.Choose(0, 9) from add in Gen.Elements(true, false) select (d, add)).ListOf().ToArbitrary(), ops =>
        {
            var c = SomeCustomers.Individual();
            foreach (var (digit, add) in ops)
            {
                var number = "0912000000" + digit;
                if (add)
                {
                    c.AddPhone(Mobile(number) with { IsPrimary = digit % 3 == 0 }, SomeCustomers.Stamp());
                }
                else
                {
                    c.RemovePhone(IranianMobile.Parse(number).Value, SomeCustomers.Stamp());
                }
            }

            return c.Phones.Count == 0 ? c.PrimaryPhone is null : c.Phones.Count(p => p.IsPrimary) == 1;
        });

    [Fact]
    public void AddNote_IsAppendOnlyAndNormalised()
    {
        var c = SomeCustomers.Individual();
        c.AddNote("  مشتري   دقیقی است ", SomeCustomers.Stamp("reza", 1));
        c.AddNote("صبح‌ها تماس بگیرید", SomeCustomers.Stamp("maryam", 2));

        Assert.Equal(2, c.Notes.Count);
        Assert.Equal("مشتری دقیقی است", c.Notes[0].Text);
        Assert.Equal("reza", c.Notes[0].Author);
        Assert.Equal(Some.Instant + Duration.FromMinutes(2), c.Notes[1].At);
    }

    [Fact]
    public void AddNote_Empty_Throws() =>
        Assert.Throws<ArgumentException>(() => SomeCustomers.Individual().AddNote(" ", SomeCustomers.Stamp()));

    [Fact]
    public void GroupsTagsRankOwner_ChangesAreAudited()
    {
        var c = SomeCustomers.Company();
        Assert.True(c.AddToGroup(" عمده‌فروشان ", CustomerCatalog.Unrestricted, SomeCustomers.Stamp()));
        Assert.False(c.AddToGroup("عمده‌فروشان", CustomerCatalog.Unrestricted, SomeCustomers.Stamp()));
        Assert.True(c.AddTag("vip", SomeCustomers.Stamp()));
        c.SetRank("طلایی", CustomerCatalog.Unrestricted, SomeCustomers.Stamp());
        c.AssignOwner("reza", SomeCustomers.Stamp());
        c.AssignOwner("reza", SomeCustomers.Stamp());
        Assert.True(c.RemoveTag("vip", SomeCustomers.Stamp()));

        Assert.Equal(["عمده‌فروشان"], c.Groups);
        Assert.Empty(c.Tags);
        Assert.Equal("طلایی", c.Rank);
        Assert.Equal(["created", "groups", "tags", "rank", "owner", "tags"], c.History.Select(h => h.Field));
    }

    [Fact]
    public void LogInteraction_KeepsNextContactAndLastInteraction()
    {
        var c = SomeCustomers.Individual();
        var next = new LocalDate(1405, 9, 10, SomeCustomers.Persian);
        c.LogInteraction(new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, Some.Instant, "reza", "پیگیری سفارش", "راضی", next));
        c.LogInteraction(new Interaction(InteractionChannel.Sms, InteractionDirection.Inbound, Some.Instant - Duration.FromDays(1), "system", "پیامک"));

        Assert.Equal(next, c.Interactions[0].NextContact);
        Assert.Equal(Some.Instant, c.LastInteractionAt);
    }

    [Fact]
    public void Interaction_UndefinedChannel_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new Interaction((InteractionChannel)42, InteractionDirection.Inbound, Some.Instant, "a", "b"));

    [Fact]
    public void SetWebsite_RelativeUri_Throws() =>
        Assert.Throws<ArgumentException>(() => SomeCustomers.Company().SetWebsite(new Uri("/x", UriKind.Relative), SomeCustomers.Stamp()));

    [Fact]
    public void Company_ContactPersonAtTwoCompanies_HasBothLinks()
    {
        var person = SomeCustomers.Individual();
        var a = SomeCustomers.Company("K-1");
        var b = SomeCustomers.Company("K-2", "بازرگانی نور");
        var from = new LocalDate(1401, 1, 15, SomeCustomers.Persian);
        a.AddContact(person, "مدیر خرید", "تدارکات", from, SomeCustomers.Stamp());
        b.AddContact(person, "مشاور", null, from, SomeCustomers.Stamp());

        Assert.Equal(1, a.EndContact(person.Code, new LocalDate(1404, 1, 1, SomeCustomers.Persian), SomeCustomers.Stamp()));
        Assert.False(a.Contacts[0].IsActiveOn(new LocalDate(2026, 1, 1)));
        Assert.True(a.Contacts[0].IsActiveOn(new LocalDate(2023, 1, 1)));
        Assert.True(b.Contacts[0].IsActiveOn(new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void EndContact_BeforeStart_Throws()
    {
        var person = SomeCustomers.Individual();
        var a = SomeCustomers.Company();
        a.AddContact(person, "مدیر", null, new LocalDate(1401, 1, 15, SomeCustomers.Persian), SomeCustomers.Stamp());
        Assert.Throws<ArgumentException>(() => a.EndContact(person.Code, new LocalDate(1400, 1, 1, SomeCustomers.Persian), SomeCustomers.Stamp()));
    }
}
