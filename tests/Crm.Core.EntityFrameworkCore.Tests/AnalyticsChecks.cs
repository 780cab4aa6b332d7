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
        Clear(context);
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

    /// <summary>
    /// Purchases loaded in several <c>AddAsync</c> calls (so the per-customer totals are folded in more than once, a
    /// customer's purchases split across loads) are scored from the totals as of the last purchase date or later, and
    /// from the purchases as of an earlier date: both equal <see cref="RfmScorer.FromPurchases"/>.
    /// </summary>
    public static bool Rfm_TotalsAfterSeveralLoads_EqualInMemoryScorer(TestDatabase db, int seed, int loads)
    {
        Gate.Wait();
        try
        {
            var purchases = RandomPurchases.Generate(seed);
            using (var context = db.CreateContext())
            {
                Clear(context);
                var store = new EfCorePurchaseStore(context);
                var size = (purchases.Count + loads - 1) / loads;
                foreach (var chunk in purchases.Chunk(Math.Max(1, size)))
                {
                    store.AddAsync(chunk).GetAwaiter().GetResult();
                }
            }

            var last = purchases.Max(p => p.Date.WithCalendar(NodaTime.CalendarSystem.Iso));
            foreach (var (asOf, totals) in new[] { (last, true), (last.PlusDays(seed % 40), true), (last.PlusDays(-1 - (seed % 5)), false) })
            {
                using var context = db.CreateContext();
                var store = new EfCorePurchaseStore(context);
                var actual = store.ScoreRfmAsync(asOf).GetAwaiter().GetResult();
                Assert.Equal(totals, store.LastRfmUsedTotals);
                var population = new EfCoreCustomerStore(context).AllAsync().GetAwaiter().GetResult().Select(c => c.Code);
                AssertSame(RfmScorer.FromPurchases(purchases, asOf, population), actual);
            }

            return true;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A purchase deleted, or added, by raw SQL makes the totals stale: RFM notices and aggregates the purchases
    /// (still right); <c>RefreshTotalsAsync</c> brings the totals back.</summary>
    public static async Task Rfm_PurchasesChangedBehindTheStore_AreNoticedAndRefreshed(TestDatabase db)
    {
        await Gate.WaitAsync();
        try
        {
            var purchases = RandomPurchases.Generate(7).Where(p => p.Amount.Currency == Money.Rial).ToList();
            var last = purchases.Max(p => p.Date.WithCalendar(NodaTime.CalendarSystem.Iso));
            using (var context = db.CreateContext())
            {
                Clear(context);
                await new EfCorePurchaseStore(context).AddAsync(purchases);
            }

            var gone = purchases[0];
            using (var context = db.CreateContext())
            {
                var code = gone.CustomerId;
                var row = context.Set<PurchaseRow>().Where(p => p.CustomerCode == code).OrderBy(p => p.Id).First();
                Assert.Equal(1, context.Set<PurchaseRow>().Where(p => p.Id == row.Id).ExecuteDelete());
                purchases.RemoveAt(purchases.FindIndex(p => p.CustomerId == code));   // the first of that customer's purchases
            }

            foreach (var refresh in new[] { false, true })
            {
                using var context = db.CreateContext();
                var store = new EfCorePurchaseStore(context);
                if (refresh)
                {
                    await store.RefreshTotalsAsync();
                }

                var actual = await store.ScoreRfmAsync(last);
                Assert.Equal(refresh, store.LastRfmUsedTotals);
                var population = (await new EfCoreCustomerStore(context).AllAsync()).Select(c => c.Code);
                AssertSame(RfmScorer.FromPurchases(purchases, last, population), actual);
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void Clear(DbContext context)
    {
        context.Set<PurchaseRow>().ExecuteDelete();
        context.Set<PurchaseTotalRow>().ExecuteDelete();
        context.Set<PurchaseTotalsState>().ExecuteDelete();
    }

    private static void AssertSame(RfmResult expected, RfmResult actual)
    {
        Assert.Equal(expected.AsOf, actual.AsOf);
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal(expected.WithoutPurchases, actual.WithoutPurchases);
        Assert.Equal(Sorted(expected.Errors), Sorted(actual.Errors));
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
