using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.TestKit;

namespace Crm.Core.EntityFrameworkCore.Tests;

/// <summary>Saving, loading, summaries and RFM give the same answers under every culture the library supports.</summary>
public sealed class CultureTests(SqliteTestDatabase db) : IClassFixture<SqliteTestDatabase>
{
    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void StoreAndAnalytics_UnderCulture_GiveTheInvariantAnswers(string culture)
    {
        using var scope = new CultureScope(culture);

        Assert.True(StoreChecks.SaveAndLoad_RoundTrips(db, 1234));
        Assert.True(AnalyticsChecks.Rfm_EqualsInMemoryScorer(db, 5678));
        Assert.True(AnalyticsChecks.Summaries_EqualInMemorySummarizer(db, 91011, Customers.TimeUnit.Weeks));
    }
}
