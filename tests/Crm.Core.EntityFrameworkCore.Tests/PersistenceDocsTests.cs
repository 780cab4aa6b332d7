using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.PostgreSQL;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using Crm.Core.Segmentation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Tests;

/// <summary>
/// The code of docs/persistence.md, compiled and run here. Each C# block of the page must equal one
/// <c>begin-snippet</c> region of this file (<see cref="DocsSnippets"/> checks it), so the page cannot drift from the API.
/// </summary>
public sealed class PersistenceDocsTests
{
    // begin-snippet: own-context
    public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
    {
        public DbSet<Order> Orders => Set<Order>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Order>().ToTable("orders");
            modelBuilder.UseCrmCore(crm => crm.TablePrefix = "crm_");   // or crm.Schema = "crm" on PostgreSQL
        }
    }
    // end-snippet

    public sealed class Order
    {
        public int Id { get; set; }
    }

    [Fact]
    public async Task SaveAndLoad_Example_Works()
    {
        var file = Path.Combine(Path.GetTempPath(), $"crm-docs-{Guid.NewGuid():N}.db");
        try
        {
            var connectionString = $"Data Source={file};Pooling=False";
            // begin-snippet: register
            var services = new ServiceCollection()
                .AddDbContext<ShopContext>(o => o.UseSqlite(connectionString))
                .AddCrm()                                      // options, clock, the feature services
                .AddCrmEntityFrameworkCore<ShopContext>();     // ICustomerStore and ICustomerSearch in the database
            // end-snippet
            await using var provider = services.BuildServiceProvider();
            await using (var scope = provider.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ShopContext>().Database.EnsureCreatedAsync();
            }

            await using (var scope = provider.CreateAsyncScope())
            {
                var store = scope.ServiceProvider.GetRequiredService<EfCoreCustomerStore>();
                // begin-snippet: save
                var stamp = new ChangeStamp("reza", Instant.FromUtc(2026, 3, 21, 6, 30));
                var sara = Individual.Create(CustomerCode.Parse("C-1001"), new IndividualProfile
                {
                    LastName = "محمدی",
                    BirthDate = new LocalDate(1366, 12, 30, CalendarSystem.PersianAstronomical),
                }, stamp);
                sara.AddPhone(ContactPhone.Mobile(IranianMobile.Parse("0912 345 6789")), stamp);
                await store.SaveAsync(sara);                       // inserts the customer and every row it owns
                // end-snippet
            }

            await using (var scope = provider.CreateAsyncScope())
            {
                var store = scope.ServiceProvider.GetRequiredService<EfCoreCustomerStore>();
                var stamp = new ChangeStamp("reza", Instant.FromUtc(2026, 3, 22, 6, 30));
                // begin-snippet: load
                var sara = (Individual)(await store.FindAsync(CustomerCode.Parse("C-1001")))!;
                Console.WriteLine(sara.Profile.BirthDate);           // 1366/12/30, still Solar Hijri
                sara.AddNote("تماس صبح زود را ترجیح می‌دهد.", stamp);
                await store.SaveAsync(sara);                       // appends the note and its history entry
                // end-snippet
                Assert.Equal(CalendarSystem.PersianAstronomical, sara.Profile.BirthDate!.Value.Calendar);
            }

            await using (var scope = provider.CreateAsyncScope())
            {
                var sara = await scope.ServiceProvider.GetRequiredService<EfCoreCustomerStore>().FindAsync(CustomerCode.Parse("C-1001"));
                Assert.Equal(["created", "phones", "notes"], sara!.History.Select(h => h.Field));
                Assert.Equal("+989123456789", sara.PrimaryPhone!.Number);

                var purchases = scope.ServiceProvider.GetRequiredService<EfCorePurchaseStore>();
                // begin-snippet: rfm
                await purchases.AddAsync(
                [
                    new Purchase(CustomerCode.Parse("C-1001"), new LocalDate(2026, 2, 20), Money.FromRials(12_500_000)),
                    new Purchase(CustomerCode.Parse("C-1002"), new LocalDate(1404, 11, 1, CalendarSystem.PersianAstronomical), Money.FromRials(800_000)),
                ]);
                var asOf = new LocalDate(2026, 3, 1);
                var summary = await purchases.SummarizeAsync(asOf);   // SQL aggregates per customer
                var rfm = await purchases.ScoreRfmAsync(asOf);        // ranked in the database, same tie rule as RfmScorer
                foreach (var row in rfm.Rows)
                {
                    Console.WriteLine($"{row.CustomerId} {row.Score} {row.Segment.PersianName}");
                }
                // end-snippet
                Assert.Equal(2, summary.Customers.Count);
                Assert.Equal(RfmScorer.FromPurchases(
                    [
                        new Purchase(CustomerCode.Parse("C-1001"), new LocalDate(2026, 2, 20), Money.FromRials(12_500_000)),
                        new Purchase(CustomerCode.Parse("C-1002"), new LocalDate(1404, 11, 1, CalendarSystem.PersianAstronomical), Money.FromRials(800_000)),
                    ], asOf).Rows, rfm.Rows);

                // begin-snippet: segment
                var definition = SegmentDefinitionJson.Parse("""
                    { "name": "Esfand birthdays", "version": 1,
                      "condition": { "all": [
                        { "field": "birthDate", "op": "inPersianMonth", "value": 12 },
                        { "field": "lastName", "op": "equals", "value": "محمدي" },
                        { "field": "monetary", "op": "greaterThan", "value": 1000000 } ] } }
                    """);
                var segments = new EfCoreSegmentQuery(scope.ServiceProvider.GetRequiredService<ShopContext>());
                var members = await segments.EvaluateAsync(definition, new SegmentContext(asOf));   // one SQL statement
                Console.WriteLine(string.Join(", ", members.Members));                               // C-1001
                // end-snippet
                Assert.Equal([CustomerCode.Parse("C-1001")], members.Members);
                var saraAgain = await scope.ServiceProvider.GetRequiredService<EfCoreCustomerStore>().FindAsync(CustomerCode.Parse("C-1001"));
                var inMemory = definition.Compile().Evaluate(
                    CustomerFacts.Combine([saraAgain!], summary.Customers, rfm), new SegmentContext(asOf));
                Assert.Equal(inMemory.Members, members.Members);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Queries_Example_Works()
    {
        var file = Path.Combine(Path.GetTempPath(), $"crm-docs-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<ShopContext>().UseSqlite($"Data Source={file};Pooling=False").Options;
            await using var shop = new ShopContext(options);
            await shop.Database.EnsureCreatedAsync();
            var store = new EfCoreCustomerStore(shop);
            var stamp = new ChangeStamp("reza", Instant.FromUtc(2026, 3, 21, 6, 30));
            // begin-snippet: bulk
            CustomerBulkResult added = await store.AddRangeAsync(ReadCustomers(), batchSize: 1000);
            foreach (var skip in added.Skipped)
            {
                Console.WriteLine($"input #{skip.Index}: {skip.Message}");   // customer.exists or customer.duplicate
            }
            // end-snippet
            Assert.Equal(3, added.Added);
            Assert.Equal([new CustomerBulkSkip(2, CustomerCode.Parse("C-1"), CustomerBulkSkip.Duplicate)], added.Skipped);

            // begin-snippet: search
            var found = await store.SearchAsync(new CustomerQuery { Text = "علي", Phone = "۰۹۱۲ ۳۴۵ ۶۷۸۹" });   // Arabic yeh, Persian digits
            // end-snippet
            Assert.Equal("C-1", Assert.Single(found).Code.Value);

            // begin-snippet: pages
            CustomerCode? after = null;
            do
            {
                var page = await store.ListAsync(after, pageSize: 500);   // ordinal code order, keyset paging
                foreach (var customer in page.Customers)
                {
                    Console.WriteLine(customer.DisplayName);
                }

                after = page.Next;
            }
            while (after is not null);
            // end-snippet

            var catalog = new CustomerCatalog(new CustomerOptions { Ranks = { "نقره‌ای", "طلایی" } });
            // begin-snippet: pending
            var ali = (await store.FindAsync(CustomerCode.Parse("C-1")))!;
            ali.SetRank("طلایی", catalog, stamp);                          // catalog: the CustomerCatalog from DI
            IReadOnlyList<CustomerChange> changes = ali.PendingChanges;     // the history entries this save writes
            await using (var transaction = await shop.Database.BeginTransactionAsync())
            {
                await store.SaveAsync(ali);                                 // writes in the context's transaction
                foreach (var change in changes)
                {
                    Console.WriteLine($"{ali.Code} {change.Field}: {change.OldValue} → {change.NewValue}");   // or an outbox row
                }

                await transaction.CommitAsync();
            }

            Console.WriteLine(ali.PendingChanges.Count);                    // 0: saved changes are accepted
            // end-snippet
            Assert.Equal("rank", Assert.Single(changes).Field);
            Assert.Empty(ali.PendingChanges);
            await using var fresh = new ShopContext(options);
            Assert.Equal("طلایی", (await new EfCoreCustomerStore(fresh).FindAsync(CustomerCode.Parse("C-1")))!.Rank);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Tickler_Example_Works()
    {
        var file = Path.Combine(Path.GetTempPath(), $"crm-docs-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<ShopContext>().UseSqlite($"Data Source={file};Pooling=False").Options;
            await using var shop = new ShopContext(options);
            await shop.Database.EnsureCreatedAsync();
            var stamp = new ChangeStamp("reza", Instant.FromUtc(2026, 4, 21, 6, 30));
            // begin-snippet: tickler
            var followUps = new EfCoreFollowUpStore(shop);
            await followUps.SaveAsync(new FollowUp("f-1", CustomerCode.Parse("C-1001"), "reza", SolarHijri.Date(1405, 2, 1), note: "پیش‌فاکتور را بفرستید"));
            await followUps.SaveAsync(FollowUp.FiledUnderMonth("f-2", CustomerCode.Parse("C-1002"), "reza", 1405, 2));   // "call in Ordibehesht"
            var open = await followUps.ListOpenAsync("reza", SolarHijri.Date(1405, 2, 1), SolarHijri.Date(1405, 2, 31));

            var planner = new FollowUpPlanner(new WorkCalendar());
            var plan = planner.Plan(open, SolarHijri.Date(1405, 2, 1), days: 30);
            plan = planner.HandOver(plan, new Absence("reza", SolarHijri.Date(1405, 2, 1), SolarHijri.Date(1405, 2, 3)), ["sara"]);
            await followUps.SavePlanAsync("daily", plan);                 // replaces the plan stored as "daily"

            var today = await followUps.ListForDayAsync("daily", "sara", SolarHijri.Date(1405, 2, 1));   // sara's tab
            Console.WriteLine($"{today[0].FollowUp.Id} from {today[0].FollowUp.HandedOverFrom}");       // f-1 from reza
            await followUps.CompleteAsync("f-1", stamp.At);                // kept, no longer listed as open
            // end-snippet
            Assert.Equal(["f-1", "f-2"], open.Select(f => f.Id));
            Assert.Equal(("f-1", "reza", MoveReason.HandedOver), (Assert.Single(today).FollowUp.Id, today[0].FollowUp.HandedOverFrom, today[0].Reason));
            Assert.Equal(["f-2"], (await followUps.ListOpenAsync("reza", SolarHijri.Date(1405, 2, 1), SolarHijri.Date(1405, 2, 31))).Select(f => f.Id));

            // begin-snippet: wanted
            var lists = new EfCoreWantedListStore(shop);
            var wanted = await lists.FindAsync("۱۰ مشتری تحت تعقیب") ?? new WantedList("۱۰ مشتری تحت تعقیب", capacity: 10);
            wanted.Nominate(CustomerCode.Parse("K-1"), priority: 250_000_000m, stamp, "نمایندگی در تبریز");
            try
            {
                await lists.SaveAsync(wanted);                             // appends the new history entries
            }
            catch (DbUpdateConcurrencyException e)
            {
                Console.WriteLine(e.Message);   // another writer saved the list first: load it again, reapply, save
            }
            // end-snippet
            await using var fresh = new ShopContext(options);
            var stored = (await new EfCoreWantedListStore(fresh).FindAsync("۱۰ مشتری تحت تعقیب"))!;
            Assert.Equal([CustomerCode.Parse("K-1")], stored.Targets.Select(t => t.Customer));
            Assert.Equal([WantedListEventKind.Nominated, WantedListEventKind.Listed], stored.History.Select(e => e.Kind));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static IEnumerable<Customer> ReadCustomers()
    {
        var stamp = new ChangeStamp("import", Instant.FromUtc(2026, 3, 1, 6, 30));
        var ali = Individual.Create(CustomerCode.Parse("C-1"), new IndividualProfile { FirstName = "علی", LastName = "کریمی" }, stamp);
        ali.AddPhone(ContactPhone.Mobile(IranianMobile.Parse("09123456789")), stamp);
        yield return ali;
        yield return Individual.Create(CustomerCode.Parse("C-2"), new IndividualProfile { FirstName = "سارا", LastName = "محمدی" }, stamp);
        yield return Individual.Create(CustomerCode.Parse("C-1"), new IndividualProfile { LastName = "تکراری" }, stamp);
        yield return Company.Create(CustomerCode.Parse("K-1"), new CompanyProfile { Name = "صنایع غذایی آفتاب" }, stamp);
    }

    [PostgresFact]
    public async Task Copy_Example_Works()
    {
        using var db = new PostgresTestDatabase();
        var connectionString = db.ConnectionString;
        // begin-snippet: copy
        var options = new DbContextOptionsBuilder<CrmDbContext>().UseNpgsql(connectionString, o => o.UseNodaTime()).Options;
        await using var context = new CrmDbContext(options);        // the ready-made context: tables crm_…
        await context.Database.EnsureCreatedAsync();
        var store = new EfCorePurchaseStore(context, NpgsqlCopyPurchaseWriter.Instance);
        long loaded = await store.AddAsync(ReadPurchases());        // streamed through binary COPY, one transaction
        // end-snippet
        Assert.Equal(3, loaded);
        Assert.Equal(2, (await store.ScoreRfmAsync(new LocalDate(2026, 3, 1))).Rows.Count);
    }

    [Fact]
    public void Docs_EveryCSharpBlock_IsASnippetOfThisFile() => DocsSnippets.AssertEveryBlockIsCompiled("persistence.md", "PersistenceDocsTests.cs");

    private static IEnumerable<Purchase> ReadPurchases()
    {
        yield return new Purchase(CustomerCode.Parse("C-1"), new LocalDate(2026, 1, 5), Money.FromRials(1_000_000));
        yield return new Purchase(CustomerCode.Parse("C-1"), new LocalDate(2026, 2, 5), Money.FromRials(2_000_000));
        yield return new Purchase(CustomerCode.Parse("C-2"), new LocalDate(2026, 2, 9), Money.FromRials(500_000));
    }
}
