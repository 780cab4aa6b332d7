using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.Segmentation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.EntityFrameworkCore;

namespace Crm.Core.EntityFrameworkCore.Tests;

public sealed class PostgresTicklerTests : IClassFixture<PostgresTestDatabase>
{
    private readonly TestDatabase _db;

    public PostgresTicklerTests(PostgresTestDatabase db) => _db = db;

    [PostgresProperty(MaxTest = 30)]
    public Property FollowUp_SaveAndLoad_RandomFollowUps_RoundTrip() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => TicklerChecks.FollowUp_SaveAndLoad_RoundTrips(_db, seed));

    [PostgresFact]
    public Task FollowUp_PersianDueDate_ComesBackAsTheSamePersianDate() => TicklerChecks.FollowUp_PersianDueDate_ComesBackAsTheSamePersianDate(_db);

    [PostgresFact]
    public Task ListOpen_OwnersOpenFollowUpsInTheRange_SortedByDueThenPriority() => TicklerChecks.ListOpen_OwnersOpenFollowUpsInTheRange_SortedByDueThenPriority(_db);

    [PostgresProperty(MaxTest = 20)]
    public Property Plan_SavedAndReadPerOwnerAndDay_EqualsForDay() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => TicklerChecks.Plan_SavedAndReadPerOwnerAndDay_EqualsForDay(_db, seed));

    [PostgresFact]
    public Task Plan_Remove_DeletesItsRowsAndLeavesTheFollowUps() => TicklerChecks.Plan_Remove_DeletesItsRowsAndLeavesTheFollowUps(_db);

    [PostgresFact]
    public Task FollowUp_PriorityEditedByHand_FailsNamingTheFollowUpAndTheValue() => TicklerChecks.FollowUp_PriorityEditedByHand_FailsNamingTheFollowUpAndTheValue(_db);

    [PostgresFact]
    public Task FollowUp_CustomerEditedByHand_FailsNamingTheFollowUpFieldRuleAndValue() => TicklerChecks.FollowUp_CustomerEditedByHand_FailsNamingTheFollowUpFieldRuleAndValue(_db);

    [PostgresProperty(MaxTest = 30)]
    public Property WantedList_SaveAndLoad_RandomList_RoundTrips() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => TicklerChecks.WantedList_SaveAndLoad_RoundTrips(_db, seed));

    [PostgresFact]
    public Task WantedList_TwoWritersOfTheSameVersion_SecondFailsNamingTheListAndNoHistoryIsLost() =>
        TicklerChecks.WantedList_TwoWritersOfTheSameVersion_SecondFailsNamingTheListAndNoHistoryIsLost(_db);

    [PostgresFact]
    public Task WantedList_NewObjectUnderAStoredName_FailsAndRemovedListCanBeAddedAgain() =>
        TicklerChecks.WantedList_NewObjectUnderAStoredName_FailsAndRemovedListCanBeAddedAgain(_db);

    /// <summary>Six writers on parallel connections, five rounds: every nomination is either in the stored history or
    /// its writer was told of the conflict; the stored history is never rewritten.</summary>
    [PostgresFact]
    public async Task WantedList_ParallelWritersOnRealConnections_EachNominationIsStoredOrItsWriterToldOfTheConflict()
    {
        var name = "parallel-" + Guid.NewGuid().ToString("N")[..10];
        var stamps = new RandomWantedLists(3);
        using (var context = _db.CreateContext())
        {
            await new EfCoreWantedListStore(context).SaveAsync(new WantedList(name, capacity: 3));
        }

        var previous = Array.Empty<WantedListEvent>();
        for (var round = 0; round < 5; round++)
        {
            var stampsOfRound = Enumerable.Range(0, 6).Select(_ => stamps.Stamp()).ToArray();   // Random is not thread-safe
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(writer => Task.Run(async () =>
            {
                using var context = _db.CreateContext();
                var store = new EfCoreWantedListStore(context);
                var list = (await store.FindAsync(name))!;
                var customer = CustomerCode.Parse($"R{round}-W{writer}");
                list.Nominate(customer, writer, stampsOfRound[writer]);
                try
                {
                    await store.SaveAsync(list);
                    return (customer, saved: true);
                }
                catch (DbUpdateConcurrencyException e) when (e.Message.Contains($"Wanted list '{name}'", StringComparison.Ordinal))
                {
                    return (customer, saved: false);
                }
            })));

            using var read = _db.CreateContext();
            var stored = (await new EfCoreWantedListStore(read).FindAsync(name))!;
            var nominated = stored.History.Where(e => e.Kind == WantedListEventKind.Nominated && e.Customer.Value.StartsWith($"R{round}-", StringComparison.Ordinal))
                .Select(e => e.Customer).Order();
            Assert.Equal(outcomes.Where(o => o.saved).Select(o => o.customer).Order(), nominated);
            Assert.Contains(outcomes, o => o.saved);
            Assert.Equal(previous, stored.History.Take(previous.Length));   // earlier history kept as it was
            previous = [.. stored.History];
        }
    }
}
