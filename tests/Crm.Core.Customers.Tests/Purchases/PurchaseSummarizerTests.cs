using Crm.Core.Customers;
using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Customers.Tests.Purchases;

public class PurchaseSummarizerTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 31);

    [Fact]
    public void Summarize_SameDayPurchases_CountOnceAsPurchaseDay()
    {
        var purchases = new[]
        {
            SomeCustomers.Purchase("A", 2026, 1, 1, 100),
            SomeCustomers.Purchase("A", 2026, 1, 1, 50),
            SomeCustomers.Purchase("A", 2026, 1, 8, 30),
            SomeCustomers.Purchase("A", 2026, 1, 15, 10),
            SomeCustomers.Purchase("A", 2026, 1, 15, 10),
        };

        var s = Assert.Single(PurchaseSummarizer.Summarize(purchases, AsOf, TimeUnit.Weeks).Customers);

        Assert.Equal(5, s.Purchases);
        Assert.Equal(2, s.RepeatPurchaseDays);
        Assert.Equal(2d, s.Recency, 12);
        Assert.Equal(89d / 7d, s.Age, 12);
        Assert.Equal(75, s.DaysSinceLastPurchase);
        Assert.Equal(Money.FromRials(200), s.TotalSpend);
        Assert.Equal(Money.FromRials(40), s.MeanSpend);
        Assert.Equal(Money.FromRials(25), s.MeanRepeatSpend); // (30 + 20) / 2: first day excluded
        Assert.Equal(new LocalDate(2026, 1, 1), s.FirstPurchase);
    }

    [Fact]
    public void Summarize_PurchaseAfterAsOf_IsCountedSeparately()
    {
        var result = PurchaseSummarizer.Summarize(
            [SomeCustomers.Purchase("A", 2026, 1, 1, 1), SomeCustomers.Purchase("A", 2026, 4, 1, 1), SomeCustomers.Purchase("B", 2026, 5, 1, 1)],
            AsOf);

        Assert.Equal(2, result.PurchasesAfterAsOf);
        Assert.Equal(["A"], result.Customers.Select(c => c.CustomerId.Value));
    }

    [Fact]
    public void Summarize_PersianDates_AreConvertedToIso()
    {
        var p = new Purchase(CustomerCode.Parse("A"), new LocalDate(1405, 1, 1, CalendarSystem.PersianAstronomical), Money.FromRials(10));
        var s = Assert.Single(PurchaseSummarizer.Summarize([p], new LocalDate(2026, 3, 31)).Customers);
        Assert.Equal(10, s.DaysSinceLastPurchase);
        Assert.Equal(new LocalDate(2026, 3, 21), s.FirstPurchase);
    }

    [Fact]
    public void Summarize_MixedCurrencies_ReportsCustomerAndKeepsOthers()
    {
        var result = PurchaseSummarizer.Summarize(
            [SomeCustomers.Purchase("A", 2026, 1, 1, 1), new Purchase(CustomerCode.Parse("A"), new LocalDate(2026, 1, 2), new Money(1, "USD")),
             SomeCustomers.Purchase("B", 2026, 1, 1, 1)],
            AsOf);

        var error = Assert.Single(result.Errors);
        Assert.Equal("purchase.mixed-currency", error.Rule);
        Assert.Contains("'A'", error.Message, StringComparison.Ordinal);
        Assert.Equal(["B"], result.Customers.Select(c => c.CustomerId.Value));
    }

    [Fact]
    public void Summarize_Months_UsesAverageGregorianMonth()
    {
        var s = Assert.Single(PurchaseSummarizer.Summarize([SomeCustomers.Purchase("A", 2025, 3, 31, 1)], AsOf, TimeUnit.Months).Customers);
        Assert.Equal(365d / 30.436875d, s.Age, 9);
    }

    [Property]
    public Property Summarize_EveryPurchaseIsCountedOnce() =>
        Prop.ForAll(PurchasesArb(), purchases =>
        {
            var result = PurchaseSummarizer.Summarize(purchases, AsOf);
            var counted = result.Customers.Sum(c => c.Purchases) + result.PurchasesAfterAsOf;
            var total = result.Customers.Sum(c => c.TotalSpend.Amount);
            var expectedTotal = purchases.Where(p => p.Date <= AsOf).Sum(p => p.Amount.Amount);
            return counted == purchases.Length && total == expectedTotal;
        });

    [Property]
    public Property Summarize_FiguresAreConsistent() =>
        Prop.ForAll(PurchasesArb(), purchases =>
            PurchaseSummarizer.Summarize(purchases, AsOf, TimeUnit.Weeks).Customers.All(c =>
                c.RepeatPurchaseDays >= 0 && c.RepeatPurchaseDays < c.Purchases
                && c.Recency <= c.Age && c.Recency >= 0
                && c.DaysSinceLastPurchase >= 0
                && (c.RepeatPurchaseDays > 0 || c.MeanRepeatSpend.Amount == 0)
                && c.FirstPurchase <= c.LastPurchase));

    [Property]
    public Property Summarize_OrderOfInputDoesNotMatter() =>
        Prop.ForAll(PurchasesArb(), purchases =>
        {
            var a = PurchaseSummarizer.Summarize(purchases, AsOf).Customers;
            var b = PurchaseSummarizer.Summarize(purchases.Reverse().ToArray(), AsOf).Customers;
            return a.SequenceEqual(b);
        });

    private static Arbitrary<Purchase[]> PurchasesArb() =>
        (from customer in Gen.Elements("A", "B", "C", "D")
         from day in Gen.Choose(0, 120)
         from amount in Gen.Choose(1, 1000)
         select new Purchase(CustomerCode.Parse(customer), new LocalDate(2026, 1, 1).PlusDays(day), Money.FromRials(amount)))
        .ArrayOf().ToArbitrary();
}
