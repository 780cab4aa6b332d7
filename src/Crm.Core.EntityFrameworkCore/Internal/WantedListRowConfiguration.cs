using Crm.Core.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>Maps wanted lists: the list row with its concurrency token, the targets and candidates it owns, and the
/// append-only history keyed by list and position.</summary>
internal sealed class WantedListRowConfiguration(CrmModelOptions options) :
    IEntityTypeConfiguration<WantedListRow>, IEntityTypeConfiguration<WantedListEventRow>
{
    public void Configure(EntityTypeBuilder<WantedListRow> builder)
    {
        builder.ToTable(options.TablePrefix + "wanted_lists", options.Schema);
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.OwnsMany(l => l.Entries, b =>
        {
            b.ToTable(options.TablePrefix + "wanted_list_entries", options.Schema);
            b.WithOwner().HasForeignKey("ListName");
            b.HasKey("ListName", nameof(WantedEntryRow.CustomerCode));
            b.Property(e => e.CustomerCode).HasConversion(StoredValues.CustomerCode).HasMaxLength(CustomerCode.MaxLength);
            b.Property(e => e.Place).HasMaxLength(16);
            b.Property(e => e.NominatedAt).HasConversion(StoredValues.Instant);
            b.Property(e => e.ListedAt).HasConversion(StoredValues.Instant);
        });
    }

    public void Configure(EntityTypeBuilder<WantedListEventRow> builder)
    {
        builder.ToTable(options.TablePrefix + "wanted_list_history", options.Schema);
        builder.HasKey(e => new { e.ListName, e.Position });
        builder.Property(e => e.Position).ValueGeneratedNever();
        builder.HasOne<WantedListRow>().WithMany().HasForeignKey(e => e.ListName).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.CustomerCode).HasConversion(StoredValues.CustomerCode).HasMaxLength(CustomerCode.MaxLength);
        builder.Property(e => e.At).HasConversion(StoredValues.Instant);
        builder.HasIndex(e => e.CustomerCode);
    }
}
