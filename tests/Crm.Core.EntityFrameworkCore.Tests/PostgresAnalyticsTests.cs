using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.EntityFrameworkCore.Tests;

public sealed class PostgresAnalyticsTests(PostgresTestDatabase db) : IClassFixture<PostgresTestDatabase>
{
    [PostgresProperty(MaxTest = 50)]
    public Property ScoreRfm_RandomPopulationWithTies_EqualsRfmScorer() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => AnalyticsChecks.Rfm_EqualsInMemoryScorer(db, seed));

    [PostgresProperty(MaxTest = 30)]
    public Property Summarize_RandomPopulation_EqualsPurchaseSummarizer() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Elements(TimeUnit.Days, TimeUnit.Weeks).ToArbitrary(),
            (seed, unit) => AnalyticsChecks.Summaries_EqualInMemorySummarizer(db, seed, unit));

    [PostgresFact]
    public Task Add_AmountWithFiveDecimals_IsRejectedAndNothingIsKept() => AnalyticsChecks.Add_AmountWithFiveDecimals_IsRejectedAndNothingIsKept(db);

    [PostgresFact]
    public Task ScoreRfm_StoredCustomerWithoutPurchases_IsListedWithoutPurchases() => AnalyticsChecks.Rfm_StoredCustomerWithoutPurchases_IsListedWithoutPurchases(db);

    [PostgresProperty(MaxTest = 25)]
    public Property ScoreRfm_TotalsAfterSeveralLoads_EqualRfmScorer() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(),
            (seed, loads) => AnalyticsChecks.Rfm_TotalsAfterSeveralLoads_EqualInMemoryScorer(db, seed, loads));

    [PostgresFact]
    public Task ScoreRfm_PurchasesChangedBehindTheStore_AreNoticedAndRefreshed() => AnalyticsChecks.Rfm_PurchasesChangedBehindTheStore_AreNoticedAndRefreshed(db);
}
