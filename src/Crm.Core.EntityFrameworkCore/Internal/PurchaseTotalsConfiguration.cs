using Crm.Core.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>Maps the per-customer purchase totals (keyed by customer code, no other index: they are read whole) and
/// their one-row coverage state.</summary>
internal sealed class PurchaseTotalsConfiguration(CrmModelOptions options) : IEntityTypeConfiguration<PurchaseTotalRow>, IEntityTypeConfiguration<PurchaseTotalsState>
{
    public void Configure(EntityTypeBuilder<PurchaseTotalRow> builder)
    {
        builder.ToTable(options.TablePrefix + "purchase_totals", options.Schema);
        builder.HasKey(t => t.CustomerCode);
        builder.Property(t => t.CustomerCode).HasConversion(StoredValues.CustomerCode).HasMaxLength(CustomerCode.MaxLength);
        builder.Property(t => t.MinCurrency).HasMaxLength(3).IsFixedLength();
        builder.Property(t => t.MaxCurrency).HasMaxLength(3).IsFixedLength();
    }

    public void Configure(EntityTypeBuilder<PurchaseTotalsState> builder)
    {
        builder.ToTable(options.TablePrefix + "purchase_totals_state", options.Schema);
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
    }
}
