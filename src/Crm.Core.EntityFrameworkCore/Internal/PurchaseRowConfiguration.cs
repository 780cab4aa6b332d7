using Crm.Core.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>Maps purchases: one row each, indexed by customer and date (per-customer look-ups). No index on the date
/// alone: the analytics read most of the table, and every index slows bulk loads.</summary>
internal sealed class PurchaseRowConfiguration(CrmModelOptions options) : IEntityTypeConfiguration<PurchaseRow>
{
    public void Configure(EntityTypeBuilder<PurchaseRow> builder)
    {
        builder.ToTable(options.TablePrefix + "purchases", options.Schema);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedOnAdd();
        builder.Property(p => p.CustomerCode).HasConversion(StoredValues.CustomerCode).HasMaxLength(CustomerCode.MaxLength);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasIndex(p => new { p.CustomerCode, p.Date });
    }
}
