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
    public async Task Save_ParallelWritersOnRealConnections_EachNoteIsStoredOrItsWriterToldOfTheConflict()
    {
        var code = CustomerCode.Parse("P-" + Guid.NewGuid().ToString("N")[..10]);
        using (var context = _db.CreateContext())
        {
            await new EfCoreCustomerStore(context).TryAddAsync(Individual.Create(code, new IndividualProfile { LastName = "موازی" }, SomeCustomers.Stamp()));
        }

        for (var round = 0; round < 5; round++)
        {
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(writer => Task.Run(async () =>
            {
                using var context = _db.CreateContext();
                var store = new EfCoreCustomerStore(context);
                var customer = (await store.FindAsync(code))!;
                var text = $"round {round} writer {writer}";
                customer.AddNote(text, SomeCustomers.Stamp("w" + writer, round));
                try
                {
                    await store.SaveAsync(customer);
                    return (text, saved: true);
                }
                catch (DbUpdateConcurrencyException e) when (e.Message.Contains($"'{code}'", StringComparison.Ordinal))
                {
                    return (text, saved: false);
                }
            })));

            using var read = _db.CreateContext();
            var stored = (await new EfCoreCustomerStore(read).FindAsync(code))!;
            var roundNotes = stored.Notes.Select(n => n.Text).Where(t => t.StartsWith($"round {round} ", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Assert.Equal(outcomes.Where(o => o.saved).Select(o => o.text).Order(StringComparer.Ordinal), roundNotes);
            Assert.Contains(outcomes, o => o.saved);
            Assert.Equal(stored.Notes.Count + 1, stored.History.Count);   // created + one entry per stored note
        }
    }

    [PostgresFact]
    public Task Find_IdentifierEditedByHand_FailsNamingCustomerAndValueWhileOthersLoad() => StoreChecks.Find_IdentifierEditedByHand_FailsNamingCustomerAndValueWhileOthersLoad(_db);
}
