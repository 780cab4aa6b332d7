using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.Scheduling;
using Crm.Core.Segmentation;
using Crm.Core.TestKit;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Tests.Migrations;

/// <summary>
/// The migrations checked in under Migrations/ (made by <c>dotnet ef migrations add</c>, as an application makes its
/// own) apply to an empty database on each provider and give a schema that stores and loads customers, ranks purchases
/// and keeps follow-ups and wanted lists; and the model has no change they lack, so a change to the library's model
/// without a new migration fails here.
/// </summary>
public sealed class MigrationFileTests
{
    [Fact]
    public async Task Migrate_CheckedInSqliteMigrations_CreateAWorkingSchema()
    {
        using var db = SqliteTestDatabase.Empty();
        await MigrateAndUse(db.CreateContext<SqliteMigratedContext>(o => new SqliteMigratedContext(o)),
            () => db.CreateContext<SqliteMigratedContext>(o => new SqliteMigratedContext(o)));
    }

    [PostgresFact]
    public async Task Migrate_CheckedInPostgresMigrations_CreateAWorkingSchema()
    {
        using var db = PostgresTestDatabase.Empty();
        await MigrateAndUse(db.CreateContext<PostgresMigratedContext>(o => new PostgresMigratedContext(o)),
            () => db.CreateContext<PostgresMigratedContext>(o => new PostgresMigratedContext(o)));
    }

    [Fact]
    public void Model_HasNoChangeTheSqliteMigrationsLack()
    {
        using var context = new SqliteMigratedContextFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(),
            "The model has changed since the last SQLite migration: add one with `dotnet ef migrations add <Name> --context SqliteMigratedContext --output-dir Migrations/Sqlite --no-build` after `dotnet build -p:EfTools=true` in tests/Crm.Core.EntityFrameworkCore.Tests.");
    }

    [Fact]
    public void Model_HasNoChangeThePostgresMigrationsLack()
    {
        using var context = new PostgresMigratedContextFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(),
            "The model has changed since the last PostgreSQL migration: add one with `dotnet ef migrations add <Name> --context PostgresMigratedContext --output-dir Migrations/Postgres --no-build` after `dotnet build -p:EfTools=true` in tests/Crm.Core.EntityFrameworkCore.Tests.");
    }

    private static async Task MigrateAndUse(MigratedContext first, Func<MigratedContext> create)
    {
        using (first)
        {
            Assert.NotEmpty(first.Database.GetMigrations());
            await first.Database.MigrateAsync();
            Assert.Empty(await first.Database.GetPendingMigrationsAsync());
        }

        using (var context = create())
        {
            Assert.True(await new EfCoreCustomerStore(context).TryAddAsync(SomeCustomers.Company("M-1")));
            await new EfCorePurchaseStore(context).AddAsync([SomeCustomers.Purchase("M-1", 2026, 2, 1, 1000)]);
            var due = new LocalDate(1405, 9, 20, CalendarSystem.PersianAstronomical);
            await new EfCoreFollowUpStore(context).SaveAsync(new FollowUp("F-1", CustomerCode.Parse("M-1"), "sara", due));
            var wanted = new WantedList("ده مشتری");
            wanted.Nominate(CustomerCode.Parse("M-1"), 5m, SomeCustomers.Stamp());
            await new EfCoreWantedListStore(context).SaveAsync(wanted);
        }

        using (var context = create())
        {
            Assert.Equal("صنایع غذایی آفتاب", (await new EfCoreCustomerStore(context).FindAsync(CustomerCode.Parse("M-1")))!.DisplayName);
            var store = new EfCorePurchaseStore(context);
            Assert.Single((await store.ScoreRfmAsync(new LocalDate(2026, 3, 1))).Rows);
            Assert.True(store.LastRfmUsedTotals);
            Assert.Equal("sara", (await new EfCoreFollowUpStore(context).FindAsync("F-1"))!.Owner);
            Assert.Single((await new EfCoreWantedListStore(context).FindAsync("ده مشتری"))!.Targets);
        }
    }
}
