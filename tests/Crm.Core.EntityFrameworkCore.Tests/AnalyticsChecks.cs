using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Internal;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.Segmentation;
using Microsoft.EntityFrameworkCore;

namespace Crm.Core.EntityFrameworkCore.Tests;

/// <summary>The in-database analytics against the in-memory code, run on every provider.</summary>
public static class AnalyticsChecks
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Replaces the stored purchases with a random population and returns it.</summary>
    public static List<Purchase> Load(TestDatabase db, int seed)
    {
        var purchases = RandomPurchases.Generate(seed);
        using var context = db.CreateContext();
        context.Set<PurchaseRow>().ExecuteDelete();
        var added = new EfCorePurchaseStore(context).AddAsync(purchases).GetAwaiter().GetResult();
        Assert.Equal(purchases.Count, added);
        return purchases;
    }

    public static bool Rfm_EqualsInMemoryScorer(TestDatabase db, int seed)
    {
        Gate.Wait();
        try
        {
            var purchases = Load(db, seed);
            using var context = db.CreateContext();
            var actual = new EfCorePurchaseStore(context).ScoreRfmAsync(RandomPurchases.AsOf).GetAwaiter().GetResult();
            var population = new EfCoreCustomerStore(context).AllAsync().GetAwaiter().GetResult().Select(c => c.Code);   // stored customers count as known
            var expected = RfmScorer.FromPurchases(purchases, RandomPurchases.AsOf, population);
            Assert.Equal(expected.AsOf, actual.AsOf);
            Assert.Equal(expected.Rows, actual.Rows);
            Assert.Equal(expected.WithoutPurchases, actual.WithoutPurchases);
            Assert.Equal(Sorted(expected.Errors), Sorted(actual.Errors));
            return true;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static bool Summaries_EqualInMemorySummarizer(TestDatabase db, int seed, TimeUnit unit)
    {
        Gate.Wait();
        try
        {
            var purchases = Load(db, seed);
            using var context = db.CreateContext();
            var actual = new EfCorePurchaseStore(context).SummarizeAsync(RandomPurchases.AsOf, unit).GetAwaiter().GetResult();
            var expected = PurchaseSummarizer.Summarize(purchases, RandomPurchases.AsOf, unit);
            Assert.Equal(expected.Customers, actual.Customers);
            Assert.Equal(expected.PurchasesAfterAsOf, actual.PurchasesAfterAsOf);
            Assert.Equal(expected.Errors.Count, actual.Errors.Count);
            Assert.All(actual.Errors, e => Assert.Equal("purchase.mixed-currency", e.Rule));
            return true;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task Add_AmountWithFiveDecimals_IsRejectedAndNothingIsKept(TestDatabase db)
    {
        await Gate.WaitAsync();
        try
        {
            using var context = db.CreateContext();
            await context.Set<PurchaseRow>().ExecuteDeleteAsync();
            var store = new EfCorePurchaseStore(context);
            var good = Enumerable.Range(0, 1500).Select(i => new Purchase(CustomerCode.Parse("G-" + i), RandomPurchases.AsOf, Money.FromRials(i)));
            var bad = new Purchase(CustomerCode.Parse("B-1"), RandomPurchases.AsOf, Money.FromRials(1.00001m));
            var error = await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(good.Append(bad)));
            Assert.Contains("1.00001", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, await context.Set<PurchaseRow>().CountAsync());
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task Rfm_StoredCustomerWithoutPurchases_IsListedWithoutPurchases(TestDatabase db)
    {
        await Gate.WaitAsync();
        try
        {
            using var context = db.CreateContext();
            await context.Set<PurchaseRow>().ExecuteDeleteAsync();
            var code = "W-" + Guid.NewGuid().ToString("N")[..8];
            await new EfCoreCustomerStore(context).TryAddAsync(Crm.Core.TestKit.SomeCustomers.Individual(code));
            await new EfCorePurchaseStore(context).AddAsync([Crm.Core.TestKit.SomeCustomers.Purchase("A-1", 2026, 2, 1, 1000)]);

            var result = await new EfCorePurchaseStore(context).ScoreRfmAsync(RandomPurchases.AsOf);

            Assert.Contains(CustomerCode.Parse(code), result.WithoutPurchases);
            var row = Assert.Single(result.Rows);
            Assert.Equal((28, 1, Money.FromRials(1000), new RfmScore(1, 1, 1)), (row.RecencyDays, row.Frequency, row.Monetary, row.Score));
        }
        finally
        {
            Gate.Release();
        }
    }

    private static List<string> Sorted(IEnumerable<ValidationError> errors) =>
        [.. errors.Select(e => $"{e.Field}|{e.Rule}|{e.Value}|{e.Message}").Order(StringComparer.Ordinal)];
}
