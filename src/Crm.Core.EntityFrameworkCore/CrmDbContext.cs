using Microsoft.EntityFrameworkCore;

namespace Crm.Core.EntityFrameworkCore;

/// <summary>
/// A ready-made context holding only the Crm.Core model, for applications that have no DbContext of their own.
/// Applications that have one call <see cref="CrmModelBuilderExtensions.UseCrmCore(ModelBuilder)"/> from their
/// <c>OnModelCreating</c> instead.
/// </summary>
public class CrmDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">The provider and connection, for example <c>UseSqlite("Data Source=crm.db")</c>.</param>
    public CrmDbContext(DbContextOptions<CrmDbContext> options)
        : base(options)
    {
    }

    /// <summary>Creates the context from a derived type's options.</summary>
    /// <param name="options">The options.</param>
    protected CrmDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Adds the Crm.Core model with the default table names (<c>crm_…</c>).</summary>
    /// <param name="modelBuilder">The model builder.</param>
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseCrmCore();
}
