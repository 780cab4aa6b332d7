using Crm.Core.EntityFrameworkCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.EntityFrameworkCore.Tests;

public sealed class SqliteStoreTests : IClassFixture<SqliteTestDatabase>
{
    private readonly TestDatabase _db;

    public SqliteStoreTests(SqliteTestDatabase db) => _db = db;

    [Property(MaxTest = 60)]
    public Property SaveAndLoad_RandomAggregate_RoundTrips() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => StoreChecks.SaveAndLoad_RoundTrips(_db, seed));

    [Fact]
    public Task TryAdd_TakenCode_ReturnsFalseAndKeepsTheFirst() => StoreChecks.TryAdd_TakenCode_ReturnsFalseAndKeepsTheFirst(_db);

    [Fact]
    public Task SolarHijriBirthDate_ComesBackAsTheSameSolarHijriDate() => StoreChecks.SolarHijriBirthDate_ComesBackAsTheSameSolarHijriDate(_db);

    [Fact]
    public Task Instant_IsStoredToTheMicrosecond() => StoreChecks.Instant_IsStoredToTheMicrosecond(_db);

    [Fact]
    public Task Remove_DeletesTheCustomerAndItsRows() => StoreChecks.Remove_DeletesTheCustomerAndItsRows(_db);

    [Fact]
    public void ReadyMadeContext_StoresCustomersInItsOwnTables() => StoreChecks.ReadyMadeContext_StoresCustomersInItsOwnTables(_db);

    [Fact]
    public Task Save_SecondWriterOfTheSameVersion_FailsNamingTheCustomerAndKeepsTheFirst() => StoreChecks.Save_SecondWriterOfTheSameVersion_FailsNamingTheCustomerAndKeepsTheFirst(_db);

    [Fact]
    public Task Save_AppendsByAStaleWriter_AreKeptAlongsideTheOtherWritersChanges() => StoreChecks.Save_AppendsByAStaleWriter_AreKeptAlongsideTheOtherWritersChanges(_db);

    [Fact]
    public Task Save_AppendToARemovedCustomer_FailsNamingTheCustomer() => StoreChecks.Save_AppendToARemovedCustomer_FailsNamingTheCustomer(_db);

    [Property(MaxTest = 60)]
    public Property Save_InterleavedWriters_FollowTheModel() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Zip(Gen.Elements(false, true), Gen.Choose(0, 3))).Select(a => a.Take(14).ToArray()).ToArbitrary(),
            steps => StoreChecks.Save_InterleavedWriters_FollowTheModel(_db, steps));

    [Fact]
    public Task Interaction_IdIsStored_AndARowWithoutOneGetsAStableId() => StoreChecks.Interaction_IdIsStored_AndARowWithoutOneGetsAStableId(_db);

    [Fact]
    public Task Find_IdentifierEditedByHand_FailsNamingCustomerAndValueWhileOthersLoad() => StoreChecks.Find_IdentifierEditedByHand_FailsNamingCustomerAndValueWhileOthersLoad(_db);
}
