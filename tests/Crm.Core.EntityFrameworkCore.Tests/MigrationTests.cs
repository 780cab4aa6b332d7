using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using Crm.Core.Segmentation;
using Crm.Core.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Core.EntityFrameworkCore.Tests;

/// <summary>
/// The library's model goes through EF Core's migrations pipeline (model differ, the provider's migrations SQL
/// generator, the command executor), as `dotnet ef migrations add` and `database update` would take it in an
/// application's own migrations, and the resulting schema stores and loads customers, ranks purchases and keeps follow-ups, a plan and a wanted list.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public Task Migrate_EmptySqliteDatabase_CreatesAWorkingSchema() => MigrateAndUse(SqliteTestDatabase.Empty());

    [PostgresFact]
    public Task Migrate_EmptyPostgresDatabase_CreatesAWorkingSchema() => MigrateAndUse(PostgresTestDatabase.Empty());

    private static async Task MigrateAndUse(TestDatabase db)
    {
        using (db)
        {
            using (var context = db.CreateContext())
            {
                var model = context.GetService<IDesignTimeModel>().Model;
                var operations = context.GetService<IMigrationsModelDiffer>().GetDifferences(null, model.GetRelationalModel());
                Assert.Contains(operations, o => o is Microsoft.EntityFrameworkCore.Migrations.Operations.CreateTableOperation { Name: "app_crm_customers" });
                var commands = context.GetService<IMigrationsSqlGenerator>().Generate(operations, model);
                await context.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(commands, context.GetService<IRelationalConnection>());
            }

            using (var context = db.CreateContext())
            {
                Assert.True(await new EfCoreCustomerStore(context).TryAddAsync(SomeCustomers.Company("M-1")));
                await new EfCorePurchaseStore(context).AddAsync([SomeCustomers.Purchase("M-1", 2026, 2, 1, 1000)]);
            }

            using (var context = db.CreateContext())
            {
                Assert.Equal("صنایع غذایی آفتاب", (await new EfCoreCustomerStore(context).FindAsync(CustomerCode.Parse("M-1")))!.DisplayName);
                Assert.Single((await new EfCorePurchaseStore(context).ScoreRfmAsync(new NodaTime.LocalDate(2026, 3, 1))).Rows);
            }

            // The tickler file and the wanted list.
            var start = SolarHijri.Date(1405, 2, 1);
            var followUp = new FollowUp("M-f1", CustomerCode.Parse("M-1"), "ali", start).HandOverTo("sara");
            var plan = new FollowUpPlanner(new Scheduling.WorkCalendar()).Plan([followUp], start, 5);
            var wanted = new WantedList("M-list", capacity: 1);
            wanted.Nominate(CustomerCode.Parse("M-1"), 1m, SomeCustomers.Stamp());
            using (var context = db.CreateContext())
            {
                var followUps = new EfCoreFollowUpStore(context);
                await followUps.SaveAsync(followUp);
                await followUps.SavePlanAsync("daily", plan);
                await new EfCoreWantedListStore(context).SaveAsync(wanted);
            }

            using (var context = db.CreateContext())
            {
                var followUps = new EfCoreFollowUpStore(context);
                Assert.Equal("ali", (await followUps.FindAsync("M-f1"))!.HandedOverFrom);
                Assert.Equal("M-f1", Assert.Single(await followUps.ListForDayAsync("daily", "sara", start)).FollowUp.Id);
                Assert.Equal(wanted.History, (await new EfCoreWantedListStore(context).FindAsync("M-list"))!.History);
            }
        }
    }
}
