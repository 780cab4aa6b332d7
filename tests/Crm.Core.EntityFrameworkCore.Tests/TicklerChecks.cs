using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using Crm.Core.Segmentation;
using Crm.Core.TestKit;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Tests;

/// <summary>The tickler file's and the wanted list's checks, run on every provider by <see cref="SqliteTicklerTests"/>
/// and <see cref="PostgresTicklerTests"/>.</summary>
public static class TicklerChecks
{
    private static int _counter;

    private static string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _counter)}";

    /// <summary>Random follow-ups are saved and found in a fresh context equal to the originals; changed (handed over,
    /// refiled) and saved again, they are found changed.</summary>
    public static bool FollowUp_SaveAndLoad_RoundTrips(TestDatabase db, int seed)
    {
        var random = new RandomFollowUps(seed);
        var run = Unique("f" + seed);
        var originals = Enumerable.Range(0, random.Random.Next(1, 8)).Select(i => random.Create($"{run}-{i}")).ToList();
        using (var context = db.CreateContext())
        {
            var store = new EfCoreFollowUpStore(context);
            if (random.Random.Next(2) == 0)
            {
                Assert.Equal(originals.Count, store.SaveRangeAsync(originals).GetAwaiter().GetResult());
            }
            else
            {
                foreach (var followUp in originals)
                {
                    store.SaveAsync(followUp).GetAwaiter().GetResult();
                }
            }
        }

        var changed = originals.Select(f => random.Random.Next(3) switch
        {
            0 => f.HandOverTo(random.Owner()),
            1 => f.Refile(random.DueDate(), "تماس گرفته شد"),
            _ => f,
        }).ToList();
        using (var context = db.CreateContext())
        {
            var store = new EfCoreFollowUpStore(context);
            foreach (var original in originals)
            {
                TicklerAssert.Same(original, store.FindAsync(original.Id).GetAwaiter().GetResult() ?? throw new InvalidOperationException("not found"));
            }

            store.SaveRangeAsync(changed).GetAwaiter().GetResult();
        }

        using (var context = db.CreateContext())
        {
            var store = new EfCoreFollowUpStore(context);
            foreach (var expected in changed)
            {
                TicklerAssert.Same(expected, store.FindAsync(expected.Id).GetAwaiter().GetResult()!);
            }
        }

        return true;
    }

    public static async Task FollowUp_PersianDueDate_ComesBackAsTheSamePersianDate(TestDatabase db)
    {
        var id = Unique("leap");
        var due = new LocalDate(1403, 12, 30, CalendarSystem.PersianAstronomical);   // Esfand 30 of a leap year
        using (var context = db.CreateContext())
        {
            await new EfCoreFollowUpStore(context).SaveAsync(new FollowUp(id, CustomerCode.Parse("C-1"), "ali", due).HandOverTo("sara"));
        }

        using var read = db.CreateContext();
        var loaded = (await new EfCoreFollowUpStore(read).FindAsync(id))!;
        Assert.Equal(due, loaded.Due);
        Assert.Equal(CalendarSystem.PersianAstronomical, loaded.Due.Calendar);
        Assert.Equal(("sara", "ali"), (loaded.Owner, loaded.HandedOverFrom));
        Assert.Equal(new LocalDate(2025, 3, 20), loaded.Due.WithCalendar(CalendarSystem.Iso));
    }

    /// <summary>An owner's open follow-ups in a range: other owners, completed and removed ones and those outside the
    /// range are not listed; a dossier filed under a month is listed when its month overlaps the range.</summary>
    public static async Task ListOpen_OwnersOpenFollowUpsInTheRange_SortedByDueThenPriority(TestDatabase db)
    {
        var owner = Unique("owner");
        var other = Unique("owner");
        FollowUp Due(string id, int month, int day, int priority = 3, string? who = null) =>
            new(Unique(id), CustomerCode.Parse("C-1"), who ?? owner, SolarHijri.Date(1405, month, day), priority: priority);
        var before = Due("before", 3, 31);
        var first = Due("first", 4, 1, priority: 4);
        var urgent = Due("urgent", 4, 1, priority: 1);
        var later = Due("later", 4, 20);
        var done = Due("done", 4, 5);
        var removed = Due("removed", 4, 6);
        var others = Due("other", 4, 7, who: other);
        var after = Due("after", 4, 21);
        var tir = FollowUp.FiledUnderMonth(Unique("tir"), CustomerCode.Parse("C-2"), owner, 1405, 4);
        var mordad = FollowUp.FiledUnderMonth(Unique("mordad"), CustomerCode.Parse("C-2"), owner, 1405, 5);
        var handedOver = new FollowUp(Unique("taken"), CustomerCode.Parse("C-3"), other, SolarHijri.Date(1405, 4, 10)).HandOverTo(owner);
        using (var context = db.CreateContext())
        {
            var store = new EfCoreFollowUpStore(context);
            await store.SaveRangeAsync([before, first, urgent, later, done, removed, others, after, tir, mordad, handedOver]);
            Assert.True(await store.CompleteAsync(done.Id, Some.Instant));
            Assert.False(await store.CompleteAsync(done.Id, Some.Instant));
            Assert.True(await store.RemoveAsync(removed.Id));
            Assert.False(await store.RemoveAsync(removed.Id));
        }

        using var read = db.CreateContext();
        var reader = new EfCoreFollowUpStore(read);
        // Tir 10 to Tir 20: the month-filed Tir dossier is listed (due on Tir 1, filed under the month); Tir 1's day
        // dossiers are not.
        var open = await reader.ListOpenAsync(owner, SolarHijri.Date(1405, 4, 10), SolarHijri.Date(1405, 4, 20).WithCalendar(CalendarSystem.Iso));
        Assert.Equal([tir.Id, handedOver.Id, later.Id], open.Select(f => f.Id));
        Assert.All(open, f => Assert.Equal(CalendarSystem.PersianAstronomical, f.Due.Calendar));

        var all = await reader.ListOpenAsync(owner, SolarHijri.Date(1405, 4, 1), SolarHijri.Date(1405, 4, 31));
        Assert.Equal([urgent.Id, tir.Id, first.Id, handedOver.Id, later.Id, after.Id], all.Select(f => f.Id));
        TicklerAssert.Same(handedOver, all[3]);

        Assert.Equal(Some.Instant, await reader.CompletedAtAsync(done.Id));
        Assert.Null(await reader.CompletedAtAsync(first.Id));
        TicklerAssert.Same(done, (await reader.FindAsync(done.Id))!);   // completed ones stay stored
        Assert.Null(await reader.FindAsync(removed.Id));

        // Saved again (refiled), a completed follow-up is open again.
        var refiled = done.Refile(SolarHijri.Date(1405, 4, 15), "دوباره تماس");
        await reader.SaveAsync(refiled);
        Assert.Null(await reader.CompletedAtAsync(done.Id));
        Assert.Contains(done.Id, (await reader.ListOpenAsync(owner, SolarHijri.Date(1405, 4, 15), SolarHijri.Date(1405, 4, 15))).Select(f => f.Id));

        await Assert.ThrowsAsync<ArgumentException>(() => reader.ListOpenAsync(owner, SolarHijri.Date(1405, 4, 2), SolarHijri.Date(1405, 4, 1)));
    }

    /// <summary>A random plan (capacity moves, day-off moves, month spreading, unplaced follow-ups, an absence handed
    /// over to colleagues) is saved; each owner's list of each day read from the database equals
    /// <see cref="FollowUpPlan.ForDay"/>, and the loaded plan equals the saved one.</summary>
    public static bool Plan_SavedAndReadPerOwnerAndDay_EqualsForDay(TestDatabase db, int seed)
    {
        var random = new RandomFollowUps(seed);
        var start = SolarHijri.Date(random.Random.Next(1403, 1409), random.Random.Next(1, 13), 1).PlusDays(random.Random.Next(0, 29));
        var days = random.Random.Next(5, 25);
        var run = Unique("p" + seed);
        var followUps = Enumerable.Range(0, random.Random.Next(0, 40))
            .Select(i => random.Create($"{run}-{i}", start.PlusDays(random.Random.Next(-10, days + 5))))
            .ToList();
        var options = new FollowUpPlannerOptions
        {
            DefaultCapacity = DailyCapacity.Count(random.Random.Next(1, 4)),
            DayOffPolicy = (DayOffPolicy)random.Random.Next(3),
        };
        var planner = new FollowUpPlanner(new Scheduling.WorkCalendar(), options);
        var plan = planner.Plan(followUps, start, days);
        if (random.Random.Next(2) == 0)
        {
            var away = random.Owner();
            plan = planner.HandOver(plan, new Absence(away, start.PlusDays(1), start.PlusDays(random.Random.Next(1, days))),
                RandomFollowUps.Owners.Where(o => o != away).ToList());
        }

        using (var context = db.CreateContext())
        {
            var store = new EfCoreFollowUpStore(context);
            if (random.Random.Next(2) == 0)
            {
                // Saved twice under the same name: the second save replaces the first.
                store.SavePlanAsync(run, planner.Plan(followUps.Take(3), start.PlusDays(2), 3)).GetAwaiter().GetResult();
            }

            store.SavePlanAsync(run, plan).GetAwaiter().GetResult();
        }

        using (var context = db.CreateContext())
        {
            var store = new EfCoreFollowUpStore(context);
            foreach (var owner in RandomFollowUps.Owners)
            {
                for (var d = 0; d < days; d++)
                {
                    var day = start.PlusDays(d);
                    var stored = store.ListForDayAsync(run, owner, random.Random.Next(2) == 0 ? day : day.WithCalendar(CalendarSystem.Iso)).GetAwaiter().GetResult();
                    TicklerAssert.Same(plan.ForDay(owner, day), stored);
                }
            }

            var loaded = store.LoadPlanAsync(run).GetAwaiter().GetResult()!;
            Assert.Equal((run, plan.Start, plan.Days, plan.End), (loaded.Name, loaded.Start, loaded.Days, loaded.End));
            Assert.Equal(CalendarSystem.PersianAstronomical, loaded.Start.Calendar);
            TicklerAssert.Same(plan.Assignments, loaded.Assignments);
            TicklerAssert.Same(plan.Unplaced, loaded.Unplaced);
            TicklerAssert.Same(plan.ForDay(RandomFollowUps.Owners[0], start), loaded.ForDay(RandomFollowUps.Owners[0], start));
        }

        return true;
    }

    public static async Task Plan_Remove_DeletesItsRowsAndLeavesTheFollowUps(TestDatabase db)
    {
        var name = Unique("plan");
        var start = SolarHijri.Date(1405, 2, 1);
        var followUp = new FollowUp(Unique("f"), CustomerCode.Parse("C-1"), "ali", start);
        var plan = new FollowUpPlanner(new Scheduling.WorkCalendar()).Plan([followUp, new FollowUp(Unique("late"), CustomerCode.Parse("C-2"), "ali", start.PlusDays(90))], start, 10);
        using (var context = db.CreateContext())
        {
            var store = new EfCoreFollowUpStore(context);
            await store.SaveAsync(followUp);
            await store.SavePlanAsync(name, plan);
        }

        using var read = db.CreateContext();
        var reader = new EfCoreFollowUpStore(read);
        var stored = (await reader.LoadPlanAsync(name))!;
        Assert.Equal(UnplacedReason.DueAfterHorizon, Assert.Single(stored.Unplaced).Reason);
        Assert.Equal(followUp.Id, Assert.Single(await reader.ListForDayAsync(name, "ali", new LocalDate(2026, 4, 21))).FollowUp.Id);   // 1405/02/01
        Assert.True(await reader.RemovePlanAsync(name));
        Assert.False(await reader.RemovePlanAsync(name));
        Assert.Null(await reader.LoadPlanAsync(name));
        Assert.Empty(await reader.ListForDayAsync(name, "ali", start));
        Assert.NotNull(await reader.FindAsync(followUp.Id));
    }

    public static async Task FollowUp_PriorityEditedByHand_FailsNamingTheFollowUpAndTheValue(TestDatabase db)
    {
        var id = Unique("bad");
        using (var context = db.CreateContext())
        {
            await new EfCoreFollowUpStore(context).SaveAsync(new FollowUp(id, CustomerCode.Parse("C-1"), "ali", SolarHijri.Date(1405, 1, 5)));
        }

        await using (var connection = db.OpenConnection())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE app_crm_follow_ups SET priority = 9 WHERE follow_up_id = @id";
            var p = command.CreateParameter();
            p.ParameterName = "id";
            p.Value = id;
            command.Parameters.Add(p);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        using var read = db.CreateContext();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new EfCoreFollowUpStore(read).FindAsync(id));
        Assert.Contains($"Follow-up '{id}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("priority value '9'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The customer column keeps a code's canonical text and is parsed back into a <see cref="CustomerCode"/>: a
    /// value that is not a customer code (written by hand, or by a version that took any text) fails the load naming
    /// the follow-up, the field, the rule and the value, and a code stored by a version that kept Persian digits comes back
    /// as the canonical code.</summary>
    public static async Task FollowUp_CustomerEditedByHand_FailsNamingTheFollowUpFieldRuleAndValue(TestDatabase db)
    {
        var bad = Unique("bad-customer");
        var persian = Unique("persian-customer");
        using (var context = db.CreateContext())
        {
            var store = new EfCoreFollowUpStore(context);
            await store.SaveAsync(new FollowUp(bad, CustomerCode.Parse("C-1"), "ali", SolarHijri.Date(1405, 1, 5)));
            await store.SaveAsync(new FollowUp(persian, CustomerCode.Parse("C-2"), "ali", SolarHijri.Date(1405, 1, 6)));
        }

        await using (var connection = db.OpenConnection())
        {
            foreach (var (id, customer) in new[] { (bad, "C 1"), (persian, "C-۲") })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "UPDATE app_crm_follow_ups SET customer_id = @customer WHERE follow_up_id = @id";
                foreach (var (name, value) in new[] { ("id", id), ("customer", customer) })
                {
                    var p = command.CreateParameter();
                    p.ParameterName = name;
                    p.Value = value;
                    command.Parameters.Add(p);
                }

                Assert.Equal(1, await command.ExecuteNonQueryAsync());
            }
        }

        using var read = db.CreateContext();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new EfCoreFollowUpStore(read).FindAsync(bad));
        Assert.Contains($"Follow-up '{bad}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("customerId", error.Message, StringComparison.Ordinal);
        Assert.Contains("customer-code.character", error.Message, StringComparison.Ordinal);
        Assert.Contains("'C 1'", error.Message, StringComparison.Ordinal);
        var loaded = await new EfCoreFollowUpStore(read).FindAsync(persian);
        Assert.Equal(CustomerCode.Parse("C-2"), loaded!.CustomerId);
    }

    /// <summary>A random wanted list is saved and loaded in a fresh context equal to the original; changed after
    /// loading and saved again, only the new history is appended and the next load equals it again.</summary>
    public static bool WantedList_SaveAndLoad_RoundTrips(TestDatabase db, int seed)
    {
        var random = new RandomWantedLists(seed);
        var name = Unique(seed % 2 == 0 ? "۱۰ مشتری تحت تعقیب" : "top 'x'; --");
        var original = random.Create(name);
        using (var context = db.CreateContext())
        {
            new EfCoreWantedListStore(context).SaveAsync(original).GetAwaiter().GetResult();
        }

        WantedList loaded;
        using (var context = db.CreateContext())
        {
            var store = new EfCoreWantedListStore(context);
            loaded = store.FindAsync(name).GetAwaiter().GetResult() ?? throw new InvalidOperationException("not found");
            TicklerAssert.Same(original, loaded);
            random.Change(loaded, 20);
            store.SaveAsync(loaded).GetAwaiter().GetResult();
            random.Change(loaded, 5);
            store.SaveAsync(loaded).GetAwaiter().GetResult();   // the same store saves the same object twice
        }

        using (var context = db.CreateContext())
        {
            TicklerAssert.Same(loaded, new EfCoreWantedListStore(context).FindAsync(" " + name + " ").GetAwaiter().GetResult()!);
        }

        return true;
    }

    public static async Task WantedList_TwoWritersOfTheSameVersion_SecondFailsNamingTheListAndNoHistoryIsLost(TestDatabase db)
    {
        var name = Unique("wanted");
        var stamps = new RandomWantedLists(1);
        var list = new WantedList(name, capacity: 2);
        list.Nominate(CustomerCode.Parse("T1"), 10m, stamps.Stamp());
        using (var context = db.CreateContext())
        {
            await new EfCoreWantedListStore(context).SaveAsync(list);
        }

        using var first = db.CreateContext();
        using var second = db.CreateContext();
        var firstStore = new EfCoreWantedListStore(first);
        var secondStore = new EfCoreWantedListStore(second);
        var a = (await firstStore.FindAsync(name))!;
        var b = (await secondStore.FindAsync(name))!;
        a.Nominate(CustomerCode.Parse("T2"), 5m, stamps.Stamp(), "از طرف اول");
        b.MarkWon(CustomerCode.Parse("T1"), stamps.Stamp(), "از طرف دوم");

        await firstStore.SaveAsync(a);
        var error = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondStore.SaveAsync(b));

        Assert.Contains($"Wanted list '{name}'", error.Message, StringComparison.Ordinal);
        using (var read = db.CreateContext())
        {
            TicklerAssert.Same(a, (await new EfCoreWantedListStore(read).FindAsync(name))!);
        }

        // Reloaded, the second writer's change goes through on top of the first one's.
        var again = (await secondStore.FindAsync(name))!;
        Assert.True(again.MarkWon(CustomerCode.Parse("T1"), stamps.Stamp(), "از طرف دوم"));
        await secondStore.SaveAsync(again);
        using var last = db.CreateContext();
        var stored = (await new EfCoreWantedListStore(last).FindAsync(name))!;
        TicklerAssert.Same(again, stored);
        Assert.Equal(
            [WantedListEventKind.Nominated, WantedListEventKind.Listed, WantedListEventKind.Nominated, WantedListEventKind.Listed, WantedListEventKind.Won],
            stored.History.Select(e => e.Kind));
    }

    public static async Task WantedList_NewObjectUnderAStoredName_FailsAndRemovedListCanBeAddedAgain(TestDatabase db)
    {
        var name = Unique("wanted");
        var stamps = new RandomWantedLists(2);
        var stored = new WantedList(name);
        stored.Nominate(CustomerCode.Parse("T1"), 1m, stamps.Stamp());
        using (var context = db.CreateContext())
        {
            await new EfCoreWantedListStore(context).SaveAsync(stored);
        }

        using var other = db.CreateContext();
        var store = new EfCoreWantedListStore(other);
        var error = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => store.SaveAsync(new WantedList(name)));
        Assert.Contains($"Wanted list '{name}' is already stored", error.Message, StringComparison.Ordinal);
        Assert.Single((await store.FindAsync(name))!.Targets);

        var loaded = (await store.FindAsync(name))!;
        Assert.True(await store.RemoveAsync(name));
        Assert.False(await store.RemoveAsync(name));
        Assert.Null(await store.FindAsync(name));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => store.SaveAsync(loaded));   // removed by another writer
        await store.SaveAsync(new WantedList(name, capacity: 3));
        Assert.Equal(3, (await store.FindAsync(name))!.Capacity);
    }
}
