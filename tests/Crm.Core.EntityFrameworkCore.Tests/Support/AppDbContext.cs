using Microsoft.EntityFrameworkCore;

namespace Crm.Core.EntityFrameworkCore.Tests.Support;

/// <summary>An application's own context: its own entity plus the Crm.Core model under a table prefix.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<AppInvoice> Invoices => Set<AppInvoice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AppInvoice>().ToTable("app_invoices");
        modelBuilder.UseCrmCore(o => o.TablePrefix = "app_crm_");
    }
}

/// <summary>An entity of the application, living beside the library's tables.</summary>
public sealed class AppInvoice
{
    public int Id { get; set; }

    public string CustomerCode { get; set; } = string.Empty;
}
