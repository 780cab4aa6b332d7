using Crm.Core.EntityFrameworkCore;
using Crm.Core.EntityFrameworkCore.PostgreSQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Sample.Host.Storage;

/// <summary>
/// The database a command names with <c>--provider sqlite|postgresql --connection STRING</c>: the library's
/// ready-made <see cref="CrmDbContext"/> on SQLite, or on PostgreSQL with the NodaTime plugin and binary COPY for
/// purchases.
/// </summary>
internal sealed class HostDatabase(string provider, string connection)
{
    public static readonly string[] Providers = ["sqlite", "postgresql"];

    public string Provider { get; } = provider;

    public bool IsPostgres => Provider == "postgresql";

    public CrmDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<CrmDbContext>();
        if (IsPostgres)
        {
            builder.UseNpgsql(connection, o => o.UseNodaTime());
        }
        else
        {
            builder.UseSqlite(connection);
        }

        return new CrmDbContext(builder.Options);
    }

    /// <summary>The purchase store, with binary COPY on PostgreSQL.</summary>
    public EfCorePurchaseStore Purchases(CrmDbContext context) =>
        new(context, IsPostgres ? NpgsqlCopyPurchaseWriter.Instance : null);

    /// <summary>Creates the database and the library's tables when they are missing; an existing schema is kept as it is.</summary>
    /// <returns><see langword="true"/> when the tables were created.</returns>
    public static async Task<bool> EnsureSchemaAsync(CrmDbContext context, CancellationToken cancellationToken)
    {
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            await creator.CreateAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await new EfCoreCustomerStore(context).CountAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }
        catch (System.Data.Common.DbException)
        {
            await creator.CreateTablesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }
}
