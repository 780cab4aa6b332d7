using Crm.Core.EntityFrameworkCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.EntityFrameworkCore.Tests;

public sealed class SqliteQueryTests(SqliteTestDatabase db) : IClassFixture<SqliteTestDatabase>
{
    [Property(MaxTest = 40)]
    public Property Search_RandomQueries_EqualInMemorySearch() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => QueryChecks.Search_EqualsInMemorySearch(db, seed));

    [Property(MaxTest = 40)]
    public Property AddRange_RandomAggregate_WritesTheSameRowsAsTryAdd() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => QueryChecks.AddRange_WritesTheSameRowsAsTryAdd(db, seed));

    [Fact]
    public Task List_PagesInOrdinalOrder() => QueryChecks.List_PagesInOrdinalOrder(db);

    [Fact]
    public Task AddRange_SkipsStoredAndRepeatedCodes_StoresTheRest() => QueryChecks.AddRange_SkipsStoredAndRepeatedCodes_StoresTheRest(db);
}
