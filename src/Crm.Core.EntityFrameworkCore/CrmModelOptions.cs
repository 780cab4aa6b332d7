namespace Crm.Core.EntityFrameworkCore;

/// <summary>Where <see cref="Microsoft.EntityFrameworkCore.CrmModelBuilderExtensions.UseCrmCore(Microsoft.EntityFrameworkCore.ModelBuilder, Action{CrmModelOptions})"/>
/// puts the library's tables.</summary>
public sealed class CrmModelOptions
{
    /// <summary>Gets or sets the database schema of the tables; <see langword="null"/> (the default) uses the
    /// provider's default schema. SQLite has no schemas: leave it unset there and use <see cref="TablePrefix"/>.</summary>
    public string? Schema { get; set; }

    /// <summary>Gets or sets the prefix of every table name; <c>crm_</c> by default (tables <c>crm_customers</c>,
    /// <c>crm_purchases</c>, …).</summary>
    public string TablePrefix { get; set; } = "crm_";
}
