using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
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
/// application's own migrations, and the resulting schema stores and loads customers and ranks purchases.
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
        }
    }
}
