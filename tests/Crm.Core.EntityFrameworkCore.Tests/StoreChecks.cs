using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.TestKit;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Tests;

/// <summary>The store's checks, run on every provider by <see cref="SqliteStoreTests"/> and <see cref="PostgresStoreTests"/>.</summary>
public static class StoreChecks
{
    private static int _counter;

    /// <summary>A random aggregate is added, loaded in a fresh context, changed, saved and loaded again: both loads
    /// equal what was saved.</summary>
    public static bool SaveAndLoad_RoundTrips(TestDatabase db, int seed)
    {
        var random = new RandomCustomers(seed);
        var code = $"C-{seed}-{Interlocked.Increment(ref _counter)}";
        var original = random.Create(code);
        using (var context = db.CreateContext())
        {
            Assert.True(new EfCoreCustomerStore(context).TryAddAsync(original).GetAwaiter().GetResult());
        }

        Customer loaded;
        using (var context = db.CreateContext())
        {
            var store = new EfCoreCustomerStore(context);
            loaded = store.FindAsync(original.Code).GetAwaiter().GetResult() ?? throw new InvalidOperationException("not found");
            CustomerAssert.Same(original, loaded);
            random.Change(loaded);
            store.SaveAsync(loaded).GetAwaiter().GetResult();
        }

        using (var context = db.CreateContext())
        {
            var again = new EfCoreCustomerStore(context).FindAsync(original.Code).GetAwaiter().GetResult()!;
            CustomerAssert.Same(loaded, again);
        }

        return true;
    }

    public static async Task TryAdd_TakenCode_ReturnsFalseAndKeepsTheFirst(TestDatabase db)
    {
        var code = "D-" + Interlocked.Increment(ref _counter);
        using (var context = db.CreateContext())
        {
            Assert.True(await new EfCoreCustomerStore(context).TryAddAsync(SomeCustomers.Individual(code, last: "اول")));
        }

        using (var context = db.CreateContext())
        {
            var store = new EfCoreCustomerStore(context);
            Assert.False(await store.TryAddAsync(SomeCustomers.Company(code, "دوم")));
            Assert.Equal("سارا اول", (await store.FindAsync(CustomerCode.Parse(code)))!.DisplayName);
        }
    }

    public static async Task SolarHijriBirthDate_ComesBackAsTheSameSolarHijriDate(TestDatabase db)
    {
        var code = "H-" + Interlocked.Increment(ref _counter);
        using (var context = db.CreateContext())
        {
            await new EfCoreCustomerStore(context).TryAddAsync(SomeCustomers.Individual(code));
        }

        using var read = db.CreateContext();
        var sara = (Individual)(await new EfCoreCustomerStore(read).FindAsync(CustomerCode.Parse(code)))!;
        Assert.Equal(new LocalDate(1366, 12, 30, CalendarSystem.PersianAstronomical), sara.Profile.BirthDate);
        Assert.Equal(CalendarSystem.PersianAstronomical, sara.Profile.BirthDate!.Value.Calendar);
        Assert.Equal(NationalCode.Parse("0084575948"), sara.Profile.NationalCode);
        Assert.Equal(["created"], sara.History.Select(h => h.Field));
    }

    public static async Task Instant_IsStoredToTheMicrosecond(TestDatabase db)
    {
        var code = CustomerCode.Parse("T-" + Interlocked.Increment(ref _counter));
        var at = Instant.FromUtc(2026, 3, 21, 6, 30) + Duration.FromNanoseconds(123_456_789);
        using (var context = db.CreateContext())
        {
            await new EfCoreCustomerStore(context).TryAddAsync(Individual.Create(code, new IndividualProfile { LastName = "زمان" }, new ChangeStamp("t", at)));
        }

        using var read = db.CreateContext();
        var loaded = (await new EfCoreCustomerStore(read).FindAsync(code))!;
        Assert.Equal(Instant.FromUtc(2026, 3, 21, 6, 30) + Duration.FromNanoseconds(123_456_000), loaded.Created.At);
    }

    public static async Task Remove_DeletesTheCustomerAndItsRows(TestDatabase db)
    {
        var code = "R-" + Interlocked.Increment(ref _counter);
        var customer = new RandomCustomers(7).Create(code);
        customer.AddNote("یادداشت", SomeCustomers.Stamp());
        using (var context = db.CreateContext())
        {
            await new EfCoreCustomerStore(context).TryAddAsync(customer);
        }

        using (var context = db.CreateContext())
        {
            var store = new EfCoreCustomerStore(context);
            var before = await store.CountAsync();
            Assert.True(await store.RemoveAsync(customer.Code));
            Assert.False(await store.RemoveAsync(customer.Code));
            Assert.Equal(before - 1, await store.CountAsync());
            Assert.Null(await store.FindAsync(customer.Code));
        }

        await using var connection = db.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM app_crm_customer_notes WHERE customer_code = @code";
        var p = command.CreateParameter();
        p.ParameterName = "code";
        p.Value = code;
        command.Parameters.Add(p);
        Assert.Equal(0L, Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public static void ReadyMadeContext_StoresCustomersInItsOwnTables(TestDatabase db)
    {
        var code = "K-" + Interlocked.Increment(ref _counter);
        using (var context = db.CreateCrmContext())
        {
            ICustomerStore store = new EfCoreCustomerStore(context);
            Assert.True(store.TryAddAsync(SomeCustomers.Company(code)).GetAwaiter().GetResult());
        }

        using (var context = db.CreateCrmContext())
        {
            var all = new EfCoreCustomerStore(context).AllAsync().GetAwaiter().GetResult();
            Assert.Contains(all, c => c.Code.Value == code);
            Assert.Equal(all.Select(c => c.Code).Order(), all.Select(c => c.Code));
        }

        using var app = db.CreateContext();
        Assert.Null(new EfCoreCustomerStore(app).FindAsync(CustomerCode.Parse(code)).GetAwaiter().GetResult());   // app_crm_ tables are separate
    }

    public static async Task Save_SecondWriterOfTheSameVersion_FailsNamingTheCustomerAndKeepsTheFirst(TestDatabase db)
    {
        var code = await AddPlainAsync(db, "V-");
        using var writers = await TwoWriters.LoadAsync(db, code);
        var (firstStore, secondStore, a, b) = (writers.FirstStore, writers.SecondStore, writers.First, writers.Second);
        a.UpdateProfile(a.Profile with { FirstName = "اول" }, SomeCustomers.Stamp("a", 1));
        b.UpdateProfile(b.Profile with { FirstName = "دوم" }, SomeCustomers.Stamp("b", 2));
        b.AddNote("از طرف دوم", SomeCustomers.Stamp("b", 2));

        await firstStore.SaveAsync(a);
        var error = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondStore.SaveAsync(b));

        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
        using var read = db.CreateContext();
        var stored = (Individual)(await new EfCoreCustomerStore(read).FindAsync(code))!;
        Assert.Equal("اول", stored.Profile.FirstName);
        Assert.Empty(stored.Notes);   // nothing of the failed save is written, its note included

        // Reloaded, the second writer's change goes through on top of the first one's.
        var again = (Individual)(await secondStore.FindAsync(code))!;
        again.UpdateProfile(again.Profile with { FirstName = "دوم" }, SomeCustomers.Stamp("b", 3));
        await secondStore.SaveAsync(again);
        using var last = db.CreateContext();
        var final = (Individual)(await new EfCoreCustomerStore(last).FindAsync(code))!;
        Assert.Equal("دوم", final.Profile.FirstName);
        Assert.Equal(["created", "firstName", "firstName"], final.History.Select(h => h.Field));
    }

    /// <summary>Notes and interactions are append-only: a writer that only appends never conflicts, and a field change
    /// saved after another writer's note keeps that note, in either order.</summary>
    public static async Task Save_AppendsByAStaleWriter_AreKeptAlongsideTheOtherWritersChanges(TestDatabase db)
    {
        var code = await AddPlainAsync(db, "N-");
        using var writers = await TwoWriters.LoadAsync(db, code);
        var (firstStore, secondStore, a, b) = (writers.FirstStore, writers.SecondStore, writers.First, writers.Second);

        a.AddNote("یادداشت اول", SomeCustomers.Stamp("a", 1));
        await firstStore.SaveAsync(a);
        b.UpdateProfile(b.Profile with { FirstName = "دوم" }, SomeCustomers.Stamp("b", 2));
        await secondStore.SaveAsync(b);                   // a's note does not make b's field change stale
        a.LogInteraction(new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, SomeCustomers.Stamp("a", 3).At, "a", "تماس"));
        a.AddNote("یادداشت دوم", SomeCustomers.Stamp("a", 4));
        await firstStore.SaveAsync(a);                    // a is stale after b's field change, but only appends

        using var read = db.CreateContext();
        var stored = (Individual)(await new EfCoreCustomerStore(read).FindAsync(code))!;
        Assert.Equal("دوم", stored.Profile.FirstName);
        Assert.Equal(["یادداشت اول", "یادداشت دوم"], stored.Notes.Select(n => n.Text));
        Assert.Equal("تماس", Assert.Single(stored.Interactions).Summary);
        Assert.Equal(SomeCustomers.Stamp("a", 3).At, stored.LastInteractionAt);
        Assert.Equal(["created", "notes", "firstName", "interactions", "notes"], stored.History.Select(h => h.Field));

        // a's field change is now refused (b changed a field since a loaded), and tells a to reload.
        a.UpdateProfile(a.Profile with { LastName = "دیگر" }, SomeCustomers.Stamp("a", 5));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => firstStore.SaveAsync(a));
    }

    /// <summary>An append to a customer another writer removed fails naming the customer; nothing comes back.</summary>
    public static async Task Save_AppendToARemovedCustomer_FailsNamingTheCustomer(TestDatabase db)
    {
        var code = await AddPlainAsync(db, "R-");
        using var first = db.CreateContext();
        var firstStore = new EfCoreCustomerStore(first);
        var a = (await firstStore.FindAsync(code))!;
        using (var other = db.CreateContext())
        {
            Assert.True(await new EfCoreCustomerStore(other).RemoveAsync(code));
        }

        a.AddNote("دیر رسید", SomeCustomers.Stamp("a", 1));
        var error = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => firstStore.SaveAsync(a));
        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
        using var read = db.CreateContext();
        Assert.Null(await new EfCoreCustomerStore(read).FindAsync(code));
    }

    /// <summary>
    /// Two writers interleave appends, field changes and reloads on one customer, each saving at once. Against a model
    /// of the rules (a field change succeeds only when no other field change was saved since its writer loaded or last
    /// saved a field change; appends always succeed): every save's outcome is the model's, every saved note and
    /// interaction is stored exactly once, and the stored first name is the last successful field change's.
    /// </summary>
    public static bool Save_InterleavedWriters_FollowTheModel(TestDatabase db, (bool Second, int Action)[] steps)
    {
        var code = AddPlainAsync(db, "I-").GetAwaiter().GetResult();
        var contexts = new[] { db.CreateContext(), db.CreateContext() };
        try
        {
            var stores = contexts.Select(c => new EfCoreCustomerStore(c)).ToArray();
            var objects = stores.Select(s => (Individual)s.FindAsync(code).GetAwaiter().GetResult()!).ToArray();
            long dbVersion = 0;
            var seen = new long[2];
            var savedNotes = new List<string>();
            var savedInteractions = 0;
            string? firstName = null;
            for (var i = 0; i < steps.Length; i++)
            {
                var w = steps[i].Second ? 1 : 0;
                var stamp = SomeCustomers.Stamp("w" + w, i);
                var customer = objects[w];
                switch (steps[i].Action % 4)
                {
                    case 0:
                        customer.AddNote($"note {i}", stamp);
                        stores[w].SaveAsync(customer).GetAwaiter().GetResult();
                        savedNotes.Add($"note {i}");
                        break;
                    case 1:
                        customer.LogInteraction(new Interaction(InteractionChannel.Email, InteractionDirection.Inbound, stamp.At, stamp.By, $"interaction {i}"));
                        stores[w].SaveAsync(customer).GetAwaiter().GetResult();
                        savedInteractions++;
                        break;
                    case 2:
                        var name = $"name {i}";
                        customer.UpdateProfile(customer.Profile with { FirstName = name }, stamp);
                        if (seen[w] == dbVersion)
                        {
                            stores[w].SaveAsync(customer).GetAwaiter().GetResult();
                            (firstName, seen[w]) = (name, ++dbVersion);
                        }
                        else
                        {
                            Assert.Throws<DbUpdateConcurrencyException>(() => stores[w].SaveAsync(customer).GetAwaiter().GetResult());
                            objects[w] = (Individual)stores[w].FindAsync(code).GetAwaiter().GetResult()!;
                            seen[w] = dbVersion;
                        }

                        break;
                    default:
                        objects[w] = (Individual)stores[w].FindAsync(code).GetAwaiter().GetResult()!;
                        seen[w] = dbVersion;
                        break;
                }
            }

            using var read = db.CreateContext();
            var stored = (Individual)new EfCoreCustomerStore(read).FindAsync(code).GetAwaiter().GetResult()!;
            Assert.Equal(savedNotes.Order(StringComparer.Ordinal), stored.Notes.Select(n => n.Text).Order(StringComparer.Ordinal));
            Assert.Equal(savedInteractions, stored.Interactions.Count);
            Assert.Equal(firstName, stored.Profile.FirstName);
            Assert.Equal(1 + savedNotes.Count + savedInteractions + (int)dbVersion, stored.History.Count);
            Assert.Equal(stored.Interactions.Count == 0 ? null : stored.Interactions.Max(x => x.At), stored.LastInteractionAt);
            return true;
        }
        finally
        {
            foreach (var context in contexts)
            {
                context.Dispose();
            }
        }
    }

    /// <summary>An interaction's id is stored; a row stored before ids existed (no id) gets the id made from the entry
    /// itself, the same on every load.</summary>
    public static async Task Interaction_IdIsStored_AndARowWithoutOneGetsAStableId(TestDatabase db)
    {
        var code = await AddPlainAsync(db, "X-");
        using (var context = db.CreateContext())
        {
            var store = new EfCoreCustomerStore(context);
            var customer = (await store.FindAsync(code))!;
            customer.LogInteraction(new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, SomeCustomers.Stamp("a", 1).At, "a", "با شناسه", id: "CRM-4711"));
            customer.LogInteraction(new Interaction(InteractionChannel.Email, InteractionDirection.Inbound, SomeCustomers.Stamp("a", 2).At, "a", "بی شناسه"));
            await store.SaveAsync(customer);
        }

        await using (var connection = db.OpenConnection())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE app_crm_customer_interactions SET entry_id = NULL WHERE customer_code = @code AND position = 1";
            var p = command.CreateParameter();
            p.ParameterName = "code";
            p.Value = code.Value;
            command.Parameters.Add(p);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        string[] Ids(Customer c) => [.. c.Interactions.Select(i => i.Id)];
        using var first = db.CreateContext();
        using var second = db.CreateContext();
        var once = Ids((await new EfCoreCustomerStore(first).FindAsync(code))!);
        var twice = Ids((await new EfCoreCustomerStore(second).FindAsync(code))!);
        Assert.Equal("CRM-4711", once[0]);
        Assert.Matches("^i-[0-9T]{22}-[0-9a-f]{8}$", once[1]);
        Assert.Equal(once, twice);

        // The bulk path (on SQLite its own prepared inserts) stores the id too.
        var bulk = Individual.Create(CustomerCode.Parse("XB-" + Interlocked.Increment(ref _counter)), new IndividualProfile { LastName = "انبوه" }, SomeCustomers.Stamp());
        bulk.LogInteraction(new Interaction(InteractionChannel.Chat, InteractionDirection.Inbound, SomeCustomers.Stamp("b", 3).At, "b", "انبوه", id: "CRM-bulk-1"));
        using (var context = db.CreateContext())
        {
            Assert.Equal(1, (await new EfCoreCustomerStore(context).AddRangeAsync([bulk])).Added);
        }

        using var third = db.CreateContext();
        Assert.Equal("CRM-bulk-1", Assert.Single((await new EfCoreCustomerStore(third).FindAsync(bulk.Code))!.Interactions).Id);
    }

    /// <summary>Two writers, each with its own context and store, that have loaded the same customer.</summary>
    private sealed class TwoWriters : IDisposable
    {
        private readonly DbContext _first;
        private readonly DbContext _second;

        private TwoWriters(TestDatabase db)
        {
            (_first, _second) = (db.CreateContext(), db.CreateContext());
            (FirstStore, SecondStore) = (new EfCoreCustomerStore(_first), new EfCoreCustomerStore(_second));
        }

        public EfCoreCustomerStore FirstStore { get; }

        public EfCoreCustomerStore SecondStore { get; }

        public Individual First { get; private set; } = null!;

        public Individual Second { get; private set; } = null!;

        public static async Task<TwoWriters> LoadAsync(TestDatabase db, CustomerCode code)
        {
            var writers = new TwoWriters(db);
            writers.First = (Individual)(await writers.FirstStore.FindAsync(code))!;
            writers.Second = (Individual)(await writers.SecondStore.FindAsync(code))!;
            return writers;
        }

        public void Dispose()
        {
            _first.Dispose();
            _second.Dispose();
        }
    }

    private static async Task<CustomerCode> AddPlainAsync(TestDatabase db, string prefix)
    {
        var code = CustomerCode.Parse(prefix + Interlocked.Increment(ref _counter));
        using var context = db.CreateContext();
        Assert.True(await new EfCoreCustomerStore(context).TryAddAsync(Individual.Create(code, new IndividualProfile { LastName = "نسخه" }, SomeCustomers.Stamp())));
        return code;
    }

    public static async Task Find_IdentifierEditedByHand_FailsNamingCustomerAndValueWhileOthersLoad(TestDatabase db)
    {
        var broken = "E-" + Interlocked.Increment(ref _counter);
        var fine = "E-" + Interlocked.Increment(ref _counter);
        using (var context = db.CreateContext())
        {
            var store = new EfCoreCustomerStore(context);
            await store.TryAddAsync(SomeCustomers.Individual(broken));
            await store.TryAddAsync(SomeCustomers.Individual(fine));
        }

        await using (var connection = db.OpenConnection())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE app_crm_customers SET national_code = '0084575949' WHERE code = @code";
            var p = command.CreateParameter();
            p.ParameterName = "code";
            p.Value = broken;
            command.Parameters.Add(p);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        using var read = db.CreateContext();
        var reader = new EfCoreCustomerStore(read);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => reader.FindAsync(CustomerCode.Parse(broken)));
        Assert.Contains($"Customer '{broken}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("national code '0084575949'", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await reader.FindAsync(CustomerCode.Parse(fine)));
    }
}
