using Crm.Core.EntityFrameworkCore.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Core.EntityFrameworkCore.Tests.Migrations;

/// <summary>
/// An application's context whose schema comes from migrations checked in beside it, as an application keeps them:
/// its own entity plus the Crm.Core model (the model of <see cref="AppDbContext"/>). One subclass per provider, since
/// migrations are provider-specific. The migrations in <c>Migrations/Sqlite</c> and <c>Migrations/Postgres</c> were made
/// with <c>dotnet ef migrations add Initial --context SqliteMigratedContext --output-dir Migrations/Sqlite</c> (and the
/// same for <c>PostgresMigratedContext</c>), with <c>--no-build</c> after <c>dotnet build -p:EfTools=true</c>; <see cref="MigrationFileTests"/> fails when the model changes without a
/// new migration.
/// </summary>
public abstract class MigratedContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AppInvoice> Invoices => Set<AppInvoice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AppInvoice>().ToTable("app_invoices");
        modelBuilder.UseCrmCore(o => o.TablePrefix = "app_crm_");
    }
}

/// <summary>The SQLite migrations' context.</summary>
public sealed class SqliteMigratedContext(DbContextOptions<SqliteMigratedContext> options) : MigratedContext(options);

/// <summary>The PostgreSQL migrations' context.</summary>
public sealed class PostgresMigratedContext(DbContextOptions<PostgresMigratedContext> options) : MigratedContext(options);

/// <summary>Lets <c>dotnet ef</c> create the SQLite context at design time (no database is opened).</summary>
public sealed class SqliteMigratedContextFactory : IDesignTimeDbContextFactory<SqliteMigratedContext>
{
    public SqliteMigratedContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMigratedContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> create the PostgreSQL context at design time (no database is opened).</summary>
public sealed class PostgresMigratedContextFactory : IDesignTimeDbContextFactory<PostgresMigratedContext>
{
    public PostgresMigratedContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMigratedContext>().UseNpgsql("Host=localhost", o => o.UseNodaTime()).Options);
}
