using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.TestKit;
using Microsoft.EntityFrameworkCore;
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

    [PostgresFact]
    public async Task Save_ParallelWritersOnRealConnections_EveryNoteIsKept()
    {
        var code = CustomerCode.Parse("P-" + Guid.NewGuid().ToString("N")[..10]);
        using (var context = _db.CreateContext())
        {
            await new EfCoreCustomerStore(context).TryAddAsync(Individual.Create(code, new IndividualProfile { LastName = "موازی" }, SomeCustomers.Stamp()));
        }

        var expected = new List<string>();
        for (var round = 0; round < 5; round++)
        {
            var texts = await Task.WhenAll(Enumerable.Range(0, 6).Select(writer => Task.Run(async () =>
            {
                using var context = _db.CreateContext();
                var store = new EfCoreCustomerStore(context);
                var customer = (await store.FindAsync(code))!;
                var text = $"round {round} writer {writer}";
                customer.AddNote(text, SomeCustomers.Stamp("w" + writer, round));
                if (writer % 3 == 0)
                {
                    customer.LogInteraction(new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, SomeCustomers.Stamp("w" + writer, round).At, "w" + writer, text));
                }

                await store.SaveAsync(customer);   // appends never conflict, whoever saved first
                return text;
            })));
            expected.AddRange(texts);

            using var read = _db.CreateContext();
            var stored = (await new EfCoreCustomerStore(read).FindAsync(code))!;
            Assert.Equal(expected.Order(StringComparer.Ordinal), stored.Notes.Select(n => n.Text).Order(StringComparer.Ordinal));
            Assert.Equal(2 * (round + 1), stored.Interactions.Count);
            Assert.Equal(1 + stored.Notes.Count + stored.Interactions.Count, stored.History.Count);
        }
    }

    [PostgresFact]
    public Task Save_AppendsByAStaleWriter_AreKeptAlongsideTheOtherWritersChanges() => StoreChecks.Save_AppendsByAStaleWriter_AreKeptAlongsideTheOtherWritersChanges(_db);

    [PostgresFact]
    public Task Save_AppendToARemovedCustomer_FailsNamingTheCustomer() => StoreChecks.Save_AppendToARemovedCustomer_FailsNamingTheCustomer(_db);

    [PostgresProperty(MaxTest = 25)]
    public Property Save_InterleavedWriters_FollowTheModel() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Zip(Gen.Elements(false, true), Gen.Choose(0, 3))).Select(a => a.Take(14).ToArray()).ToArbitrary(),
            steps => StoreChecks.Save_InterleavedWriters_FollowTheModel(_db, steps));

    [PostgresFact]
    public Task Interaction_IdIsStored_AndARowWithoutOneGetsAStableId() => StoreChecks.Interaction_IdIsStored_AndARowWithoutOneGetsAStableId(_db);

    [PostgresFact]
    public Task Find_IdentifierEditedByHand_FailsNamingCustomerAndValueWhileOthersLoad() => StoreChecks.Find_IdentifierEditedByHand_FailsNamingCustomerAndValueWhileOthersLoad(_db);
}
