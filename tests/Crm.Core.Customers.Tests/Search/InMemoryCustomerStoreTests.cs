using Crm.Core.Customers;
using Crm.Core.TestKit;
using NodaTime;

namespace Crm.Core.Customers.Tests.Search;

public class InMemoryCustomerStoreTests
{
    private static InMemoryCustomerStore Store()
    {
        var store = new InMemoryCustomerStore();
        var sara = SomeCustomers.Individual("C-1", "سارا", "محمدی");
        sara.AddPhone(ContactPhone.Mobile(IranianMobile.Parse("09121234567")), SomeCustomers.Stamp());
        sara.AddAddress(new PostalAddress("تهران", "تهران", null), SomeCustomers.Stamp());
        sara.AddToGroup("عمده‌فروشان", CustomerCatalog.Unrestricted, SomeCustomers.Stamp());
        sara.AssignOwner("reza", SomeCustomers.Stamp());
        sara.SetAcquisition(new AcquisitionChannel("اینستاگرام", new LocalDate(2025, 1, 1)), CustomerCatalog.Unrestricted, SomeCustomers.Stamp());
        var ali = SomeCustomers.Individual("C-2", "علي", "كريمي");
        ali.AddTag("VIP", SomeCustomers.Stamp());
        ali.AddAddress(new PostalAddress("اصفهان", "كاشان", null), SomeCustomers.Stamp());
        var company = SomeCustomers.Company("K-1", "شرکت کتاب‌های نو");
        company.AddPhone(ContactPhone.Landline(IranianLandline.Parse("02188776655")), SomeCustomers.Stamp());
        Assert.True(store.TryAdd(sara));
        Assert.True(store.TryAdd(ali));
        Assert.True(store.TryAdd(company));
        return store;
    }

    private static string[] Codes(IReadOnlyList<Customer> found) => [.. found.Select(c => c.Code.Value)];

    [Theory]
    [InlineData("علی", "C-2")]
    [InlineData("علي كريمي", "C-2")]
    [InlineData("محمدی", "C-1")]
    [InlineData("کتابهای", "K-1")]
    [InlineData("کتاب های", "K-1")]
    public void Search_Text_MatchesAfterPersianFold(string text, string expected) =>
        Assert.Equal([expected], Codes(Store().Search(new CustomerQuery { Text = text })));

    [Theory]
    [InlineData("09121234567")]
    [InlineData("۰۹۱۲۱۲۳۴۵۶۷")]
    [InlineData("+98 912 123 4567")]
    [InlineData("00989121234567")]
    public void Search_MobileInAnyForm_FindsCustomer(string phone) =>
        Assert.Equal(["C-1"], Codes(Store().Search(new CustomerQuery { Phone = phone })));

    [Fact]
    public void Search_LandlineInPersianDigits_FindsCompany() =>
        Assert.Equal(["K-1"], Codes(Store().Search(new CustomerQuery { Phone = "۰۲۱-۸۸۷۷۶۶۵۵" })));

    [Fact]
    public void Search_InvalidPhone_MatchesNothing() =>
        Assert.Empty(Store().Search(new CustomerQuery { Phone = "12" }));

    [Fact]
    public void Search_Identifiers_MatchCanonicalForm()
    {
        var store = Store();
        Assert.Equal(["C-1", "C-2"], Codes(store.Search(new CustomerQuery { NationalCode = "۰۰۸۴۵۷۵۹۴۸" })));
        Assert.Equal(["K-1"], Codes(store.Search(new CustomerQuery { LegalEntityId = "10101234565" })));
        Assert.Equal(["C-2"], Codes(store.Search(new CustomerQuery { Code = "C-2" })));
    }

    [Fact]
    public void Search_FieldsCombineWithAnd()
    {
        var store = Store();
        Assert.Equal(["C-2"], Codes(store.Search(new CustomerQuery { City = "کاشان", Tag = "VIP" })));
        Assert.Empty(store.Search(new CustomerQuery { City = "کاشان", Group = "عمده‌فروشان" }));
        Assert.Equal(["C-1"], Codes(store.Search(new CustomerQuery { Owner = "reza", Channel = "اینستاگرام", Province = "تهران" })));
        Assert.Equal(["K-1"], Codes(store.Search(new CustomerQuery { Kind = CustomerKind.Company })));
    }

    [Fact]
    public void Search_EmptyQuery_ReturnsAllSortedByCode() =>
        Assert.Equal(["C-1", "C-2", "K-1"], Codes(Store().Search(new CustomerQuery())));

    [Fact]
    public void TryAdd_SameCodeForCompanyAndIndividual_IsRejected()
    {
        var store = new InMemoryCustomerStore();
        Assert.True(store.TryAdd(SomeCustomers.Individual("X-1")));
        Assert.False(store.TryAdd(SomeCustomers.Company("X-1")));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void CompaniesOf_PersonWithRoles_ReturnsCompanies()
    {
        var store = Store();
        var person = store.Find(CustomerCode.Parse("C-1"))!;
        ((Company)store.Find(CustomerCode.Parse("K-1"))!).AddContact((Individual)person, "مدیر خرید", null, new LocalDate(2024, 1, 1), SomeCustomers.Stamp());
        Assert.Equal(["K-1"], store.CompaniesOf(person.Code).Select(c => c.Code.Value));
    }
}

public class InMemoryCustomerStoreConcurrencyTests
{
    [Fact]
    public async Task Search_WhileEightThreadsChangeCustomersThroughTryUpdate_NeverFailsAndLosesNothing()
    {
        // Before, Search threw "Collection was modified" when other threads added tags, phones or notes.
        const int Customers = 50;
        const int Rounds = 400;
        var store = new InMemoryCustomerStore();
        for (var i = 0; i < Customers; i++)
        {
            Assert.True(store.TryAdd(SomeCustomers.Individual($"C-{i}", "سارا", "محمدی")));
        }

        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var r = 0; r < Rounds; r++)
            {
                var code = CustomerCode.Parse($"C-{(r * 7 + w) % Customers}");
                Assert.True(store.TryUpdate(code, c =>
                {
                    c.AddTag($"t{w}-{r}", SomeCustomers.Stamp());
                    c.AddNote($"note {w}-{r}", SomeCustomers.Stamp());
                }));
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            var found = 0;
            for (var r = 0; r < Rounds; r++)
            {
                found += store.Search(new CustomerQuery { Tag = $"t{w}-{r}" }).Count + store.Search(new CustomerQuery { Text = "سارا" }).Count;
            }

            return found;
        }));

        await Task.WhenAll(writers);
        var counts = await Task.WhenAll(readers);

        Assert.All(counts, c => Assert.True(c >= Rounds * Customers, $"every text search finds all {Customers} customers: {c}"));
        Assert.Equal(4 * Rounds, store.All().Sum(c => c.Tags.Count));
        Assert.Equal(4 * Rounds, store.All().Sum(c => c.Notes.Count));
        Assert.False(store.TryUpdate(CustomerCode.Parse("nobody"), _ => throw new InvalidOperationException("not called")));
    }
}
