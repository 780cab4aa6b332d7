using Crm.Core.EntityFrameworkCore.Internal;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Crm.Core.EntityFrameworkCore.Tests;

public sealed class ModelTests
{
    [Fact]
    public void UseCrmCore_Prefix_NamesEveryTableAndSnakeCasesColumns()
    {
        using var context = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);

        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t != "app_invoices").Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(
            ["app_crm_company_contacts", "app_crm_customer_addresses", "app_crm_customer_emails", "app_crm_customer_history", "app_crm_customer_interactions",
             "app_crm_customer_labels", "app_crm_customer_notes", "app_crm_customer_phones", "app_crm_customers", "app_crm_purchase_totals",
             "app_crm_purchase_totals_state", "app_crm_purchases"],
            tables);
        var customers = context.Model.FindEntityType(typeof(CustomerRow))!;
        var table = StoreObjectIdentifier.Table("app_crm_customers", null);
        Assert.Equal("birth_date_calendar", customers.FindProperty(nameof(CustomerRow.BirthDateCalendar))!.GetColumnName(table));
        Assert.True(customers.FindProperty(nameof(CustomerRow.Version))!.IsConcurrencyToken);
    }

    [Fact]
    public void UseCrmCore_Schema_PutsEveryTableInIt()
    {
        using var context = new SchemaContext(new DbContextOptionsBuilder<SchemaContext>().UseNpgsql("Host=127.0.0.1").Options);

        Assert.All(context.Model.GetEntityTypes(), e => Assert.Equal("crm", e.GetSchema()));
        Assert.Equal("customers", context.Model.FindEntityType(typeof(CustomerRow))!.GetTableName());
    }

    [Theory]
    [InlineData("crm;")]
    [InlineData("x\"y")]
    [InlineData("a b")]
    public void UseCrmCore_PrefixWithOtherCharacters_IsRejectedNamingIt(string prefix)
    {
        var error = Assert.Throws<ArgumentException>(() => new ModelBuilder().UseCrmCore(o => o.TablePrefix = prefix));

        Assert.Contains($"'{prefix}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_ContextWithoutTheModel_SaysToCallUseCrmCore()
    {
        using var context = new DbContext(new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:").Options);

        var error = Assert.Throws<InvalidOperationException>(() => new EfCoreCustomerStore(context));

        Assert.Contains("UseCrmCore()", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new EfCorePurchaseStore(context));
    }

    private sealed class SchemaContext(DbContextOptions<SchemaContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseCrmCore(o => (o.Schema, o.TablePrefix) = ("crm", ""));
    }
}
