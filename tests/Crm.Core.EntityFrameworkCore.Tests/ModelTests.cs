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
             "app_crm_customer_labels", "app_crm_customer_notes", "app_crm_customer_phones", "app_crm_customers",
             "app_crm_follow_up_assignments", "app_crm_follow_up_plans", "app_crm_follow_up_unplaced", "app_crm_follow_ups",
             "app_crm_purchase_totals", "app_crm_purchase_totals_state", "app_crm_purchases", "app_crm_wanted_list_entries",
             "app_crm_wanted_list_history", "app_crm_wanted_lists"],
            tables);
        var customers = context.Model.FindEntityType(typeof(CustomerRow))!;
        var table = StoreObjectIdentifier.Table("app_crm_customers", null);
        Assert.Equal("birth_date_calendar", customers.FindProperty(nameof(CustomerRow.BirthDateCalendar))!.GetColumnName(table));
        Assert.True(customers.FindProperty(nameof(CustomerRow.Version))!.IsConcurrencyToken);
        Assert.True(context.Model.FindEntityType(typeof(WantedListRow))!.FindProperty(nameof(WantedListRow.Version))!.IsConcurrencyToken);
        var followUps = context.Model.FindEntityType(typeof(FollowUpRow))!;
        var followUpsTable = StoreObjectIdentifier.Table("app_crm_follow_ups", null);
        Assert.Equal(["follow_up_id"], followUps.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(followUpsTable)));
        Assert.Contains(followUps.GetIndexes(), i => i.Properties.Select(p => p.GetColumnName(followUpsTable)).SequenceEqual(["owner", "due"]));
        var assignments = context.Model.FindEntityType(typeof(PlannedFollowUpRow))!;
        var assignmentsTable = StoreObjectIdentifier.Table("app_crm_follow_up_assignments", null);
        Assert.Contains(assignments.GetIndexes(), i => i.Properties.Select(p => p.GetColumnName(assignmentsTable)).SequenceEqual(["plan_name", "owner", "scheduled"]));
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
        Assert.Contains("UseCrmCore()", Assert.Throws<InvalidOperationException>(() => new EfCoreFollowUpStore(context)).Message, StringComparison.Ordinal);
        Assert.Contains("UseCrmCore()", Assert.Throws<InvalidOperationException>(() => new EfCoreWantedListStore(context)).Message, StringComparison.Ordinal);
    }

    private sealed class SchemaContext(DbContextOptions<SchemaContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseCrmCore(o => (o.Schema, o.TablePrefix) = ("crm", ""));
    }
}
