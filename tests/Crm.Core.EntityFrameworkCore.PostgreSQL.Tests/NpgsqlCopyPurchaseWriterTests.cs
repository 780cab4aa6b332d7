using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.Segmentation;
using FsCheck;
using FsCheck.Fluent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Crm.Core.EntityFrameworkCore.PostgreSQL.Tests;

public sealed class NpgsqlCopyPurchaseWriterTests : IDisposable
{
    private readonly Lazy<PostgresTestDatabase> _db = new(() => new PostgresTestDatabase());

    public void Dispose()
    {
        if (_db.IsValueCreated)
        {
            _db.Value.Dispose();
        }
    }

    [PostgresProperty(MaxTest = 30)]
    public Property CopyThenScoreRfm_RandomPopulation_EqualsRfmScorer() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var purchases = RandomPurchases.Generate(seed);
            using var context = _db.Value.CreateContext();
            context.Database.ExecuteSqlRaw("DELETE FROM app_crm_purchases");
            var store = new EfCorePurchaseStore(context, NpgsqlCopyPurchaseWriter.Instance);

            Assert.Equal(purchases.Count, store.AddAsync(purchases).GetAwaiter().GetResult());

            var expected = RfmScorer.FromPurchases(purchases, RandomPurchases.AsOf);
            var actual = store.ScoreRfmAsync(RandomPurchases.AsOf).GetAwaiter().GetResult();
            Assert.Equal(expected.Rows, actual.Rows);
            Assert.Equal(expected.WithoutPurchases, actual.WithoutPurchases);
            return true;
        });

    [PostgresFact]
    public async Task Copy_BadAmountAfterManyRows_KeepsNothing()
    {
        using var db = new PostgresTestDatabase();
        using var context = db.CreateContext();
        var store = new EfCorePurchaseStore(context, NpgsqlCopyPurchaseWriter.Instance);
        var good = Enumerable.Range(0, 5000).Select(i => new Purchase(CustomerCode.Parse("G-" + i), new NodaTime.LocalDate(2026, 1, 1), Money.FromRials(i)));

        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(good.Append(new Purchase(CustomerCode.Parse("B"), new NodaTime.LocalDate(2026, 1, 1), Money.FromRials(0.00001m)))));

        Assert.Equal(0, await CountAsync(db));
    }

    [PostgresFact]
    public async Task Copy_InsideTheContextsTransaction_IsRolledBackWithIt()
    {
        using var db = new PostgresTestDatabase();
        using var context = db.CreateContext();
        await using (var transaction = await context.Database.BeginTransactionAsync())
        {
            var added = await new EfCorePurchaseStore(context, NpgsqlCopyPurchaseWriter.Instance)
                .AddAsync([new Purchase(CustomerCode.Parse("A"), new NodaTime.LocalDate(2026, 1, 1), Money.FromRials(5))]);
            Assert.Equal(1, added);
            Assert.Equal(1, await context.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM app_crm_purchases").SingleAsync());
        }

        Assert.Equal(0, await CountAsync(db));
    }

    [Fact]
    public async Task Write_SqliteConnection_IsRejectedNamingTheConnectionType()
    {
        using var db = new SqliteTestDatabase();
        using var context = db.CreateContext();
        var store = new EfCorePurchaseStore(context, NpgsqlCopyPurchaseWriter.Instance);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            store.AddAsync([new Purchase(CustomerCode.Parse("A"), new NodaTime.LocalDate(2026, 1, 1), Money.FromRials(5))]));

        Assert.Contains("SqliteConnection", error.Message, StringComparison.Ordinal);
    }

    private static async Task<long> CountAsync(TestDatabase db)
    {
        await using var connection = db.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM app_crm_purchases";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
