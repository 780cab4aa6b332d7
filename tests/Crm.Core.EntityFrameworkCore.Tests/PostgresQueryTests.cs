using Crm.Core.EntityFrameworkCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Crm.Core.EntityFrameworkCore.Tests;

public sealed class PostgresQueryTests(PostgresTestDatabase db) : IClassFixture<PostgresTestDatabase>
{
    [PostgresProperty(MaxTest = 25)]
    public Property Search_RandomQueries_EqualInMemorySearch() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => QueryChecks.Search_EqualsInMemorySearch(db, seed));

    [PostgresFact]
    public Task List_PagesInOrdinalOrder() => QueryChecks.List_PagesInOrdinalOrder(db);

    [PostgresFact]
    public Task AddRange_SkipsStoredAndRepeatedCodes_StoresTheRest() => QueryChecks.AddRange_SkipsStoredAndRepeatedCodes_StoresTheRest(db);
}
