using Crm.Core.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>Maps the customer aggregate: the customer row and the lists it owns, each in its own table keyed by the
/// customer code and the position in the list.</summary>
internal sealed class CustomerRowConfiguration(CrmModelOptions options) : IEntityTypeConfiguration<CustomerRow>
{
    public void Configure(EntityTypeBuilder<CustomerRow> builder)
    {
        builder.ToTable(options.TablePrefix + "customers", options.Schema);
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasConversion(StoredValues.CustomerCode).HasMaxLength(CustomerCode.MaxLength);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.CreatedAt).HasConversion(StoredValues.Instant);
        builder.Property(c => c.Gender).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.EducationDegree).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.NationalCode).HasConversion(StoredValues.NationalCode).HasMaxLength(10);
        builder.Property(c => c.Sheba).HasConversion(StoredValues.Sheba).HasMaxLength(26);
        builder.Property(c => c.BankCard).HasConversion(StoredValues.BankCard).HasMaxLength(16);
        builder.Property(c => c.LegalEntityId).HasConversion(StoredValues.LegalEntityId).HasMaxLength(11);
        builder.Property(c => c.EconomicCode).HasConversion(StoredValues.EconomicCode).HasMaxLength(16);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.NationalCode);
        builder.HasIndex(c => c.LastName);
        builder.HasIndex(c => c.CompanyName);
        builder.HasIndex(c => c.SearchRank);
        builder.HasIndex(c => c.SearchChannel);
        builder.HasIndex(c => c.SearchOwner);

        builder.OwnsMany(c => c.Phones, b =>
        {
            Owned(b, "customer_phones");
            b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.Number).HasMaxLength(32);
            b.HasIndex(p => p.Number);
        });
        builder.OwnsMany(c => c.Emails, b =>
        {
            Owned(b, "customer_emails");
            b.Property(p => p.Address).HasConversion(StoredValues.Email).HasMaxLength(254);
            b.HasIndex(p => p.Address);
            b.HasIndex(p => p.SearchAddress);
        });
        builder.OwnsMany(c => c.Addresses, b =>
        {
            Owned(b, "customer_addresses");
            b.Property(p => p.PostalCode).HasConversion(StoredValues.PostalCode).HasMaxLength(10);
            b.HasIndex(p => p.SearchProvince);
            b.HasIndex(p => p.SearchCity);
        });
        builder.OwnsMany(c => c.Labels, b =>
        {
            b.ToTable(options.TablePrefix + "customer_labels", options.Schema);
            b.WithOwner().HasForeignKey("CustomerCode");
            b.Property<CustomerCode>("CustomerCode").HasConversion(StoredValues.CustomerCode).HasMaxLength(CustomerCode.MaxLength);
            b.HasKey("CustomerCode", nameof(LabelRow.Kind), nameof(LabelRow.Value));
            b.Property(p => p.Kind).HasMaxLength(8);
            b.HasIndex(p => new { p.Kind, p.Value });
            b.HasIndex(p => new { p.Kind, p.SearchValue });
        });
        builder.OwnsOne(c => c.Segment, b =>
        {
            // Same table as the customer: the owned key is the customer's code column.
            b.WithOwner().HasForeignKey(nameof(CustomerRow.Code));
            b.Property(p => p.LastInteractionAt).HasConversion(StoredValues.Instant);
            b.Property(p => p.FoldedCode).HasMaxLength(CustomerCode.MaxLength);
            b.Property(p => p.FoldedKind).HasMaxLength(16);
        });
        builder.Navigation(c => c.Segment).IsRequired();
        builder.OwnsMany(c => c.Notes, b =>
        {
            Owned(b, "customer_notes");
            b.Property(p => p.At).HasConversion(StoredValues.Instant);
        });
        builder.OwnsMany(c => c.Interactions, b =>
        {
            Owned(b, "customer_interactions");
            b.Property(p => p.EntryId).HasMaxLength(Interaction.MaxIdLength);
            b.Property(p => p.At).HasConversion(StoredValues.Instant);
            b.Property(p => p.Channel).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.Direction).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(p => p.NextContact);
        });
        builder.OwnsMany(c => c.History, b =>
        {
            Owned(b, "customer_history");
            b.Property(p => p.At).HasConversion(StoredValues.Instant);
        });
        builder.OwnsMany(c => c.Contacts, b =>
        {
            Owned(b, "company_contacts");
            b.Property(p => p.Person).HasConversion(StoredValues.CustomerCode).HasMaxLength(CustomerCode.MaxLength);
            b.HasIndex(p => p.Person);
        });
    }

    private void Owned<T>(OwnedNavigationBuilder<CustomerRow, T> b, string table)
        where T : class, IPositioned
    {
        b.ToTable(options.TablePrefix + table, options.Schema);
        b.WithOwner().HasForeignKey("CustomerCode");
        b.Property<CustomerCode>("CustomerCode").HasConversion(StoredValues.CustomerCode).HasMaxLength(CustomerCode.MaxLength);
        b.HasKey("CustomerCode", nameof(IPositioned.Position));
        b.Property(p => p.Position).ValueGeneratedNever();
    }
}
