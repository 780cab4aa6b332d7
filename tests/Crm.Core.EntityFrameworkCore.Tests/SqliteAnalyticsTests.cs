using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.EntityFrameworkCore.Tests;

public sealed class SqliteAnalyticsTests(SqliteTestDatabase db) : IClassFixture<SqliteTestDatabase>
{
    [Property(MaxTest = 100)]
    public Property ScoreRfm_RandomPopulationWithTies_EqualsRfmScorer() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => AnalyticsChecks.Rfm_EqualsInMemoryScorer(db, seed));

    [Property(MaxTest = 60)]
    public Property Summarize_RandomPopulation_EqualsPurchaseSummarizer() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Elements(TimeUnit.Days, TimeUnit.Weeks).ToArbitrary(),
            (seed, unit) => AnalyticsChecks.Summaries_EqualInMemorySummarizer(db, seed, unit));

    [Fact]
    public Task Add_AmountWithFiveDecimals_IsRejectedAndNothingIsKept() => AnalyticsChecks.Add_AmountWithFiveDecimals_IsRejectedAndNothingIsKept(db);

    [Fact]
    public Task ScoreRfm_StoredCustomerWithoutPurchases_IsListedWithoutPurchases() => AnalyticsChecks.Rfm_StoredCustomerWithoutPurchases_IsListedWithoutPurchases(db);

    [Property(MaxTest = 60)]
    public Property ScoreRfm_TotalsAfterSeveralLoads_EqualRfmScorer() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(),
            (seed, loads) => AnalyticsChecks.Rfm_TotalsAfterSeveralLoads_EqualInMemoryScorer(db, seed, loads));

    [Fact]
    public Task ScoreRfm_PurchasesChangedBehindTheStore_AreNoticedAndRefreshed() => AnalyticsChecks.Rfm_PurchasesChangedBehindTheStore_AreNoticedAndRefreshed(db);
}
