using Crm.Core.EntityFrameworkCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.EntityFrameworkCore.Tests;

public sealed class PostgresStoreTests : IClassFixture<PostgresTestDatabase>
{
    private readonly TestDatabase _db;

    public PostgresStoreTests(PostgresTestDatabase db) => _db = db;

    [PostgresProperty(MaxTest = 30)]
    public Property SaveAndLoad_RandomAggregate_RoundTrips() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => StoreChecks.SaveAndLoad_RoundTrips(_db, seed));

    [PostgresFact]
    public Task TryAdd_TakenCode_ReturnsFalseAndKeepsTheFirst() => StoreChecks.TryAdd_TakenCode_ReturnsFalseAndKeepsTheFirst(_db);

    [PostgresFact]
    public Task SolarHijriBirthDate_ComesBackAsTheSameSolarHijriDate() => StoreChecks.SolarHijriBirthDate_ComesBackAsTheSameSolarHijriDate(_db);

    [PostgresFact]
    public Task Instant_IsStoredToTheMicrosecond() => StoreChecks.Instant_IsStoredToTheMicrosecond(_db);

    [PostgresFact]
    public Task Remove_DeletesTheCustomerAndItsRows() => StoreChecks.Remove_DeletesTheCustomerAndItsRows(_db);

    [PostgresFact]
    public void ReadyMadeContext_StoresCustomersInItsOwnTables() => StoreChecks.ReadyMadeContext_StoresCustomersInItsOwnTables(_db);

    [PostgresFact]
    public Task Save_SecondWriterOfTheSameVersion_FailsNamingTheCustomerAndKeepsTheFirst() => StoreChecks.Save_SecondWriterOfTheSameVersion_FailsNamingTheCustomerAndKeepsTheFirst(_db);
}
