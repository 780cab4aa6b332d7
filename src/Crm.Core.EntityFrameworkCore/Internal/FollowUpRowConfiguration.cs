using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>Maps the tickler file: follow-ups (indexed by owner and due date, and by customer) and stored plans with
/// their assignments (indexed by plan, owner and day: today's list) and unplaced follow-ups.</summary>
internal sealed class FollowUpRowConfiguration(CrmModelOptions options) :
    IEntityTypeConfiguration<FollowUpRow>, IEntityTypeConfiguration<FollowUpPlanRow>,
    IEntityTypeConfiguration<PlannedFollowUpRow>, IEntityTypeConfiguration<UnplacedFollowUpRow>
{
    public void Configure(EntityTypeBuilder<FollowUpRow> builder)
    {
        builder.ToTable(options.TablePrefix + "follow_ups", options.Schema);
        builder.HasKey(f => f.FollowUpId);
        Columns(builder);
        builder.Property(f => f.CompletedAt).HasConversion(StoredValues.Instant);
        builder.HasIndex(f => new { f.Owner, f.Due });
        builder.HasIndex(f => f.CustomerId);
    }

    public void Configure(EntityTypeBuilder<FollowUpPlanRow> builder)
    {
        builder.ToTable(options.TablePrefix + "follow_up_plans", options.Schema);
        builder.HasKey(p => p.Name);
    }

    public void Configure(EntityTypeBuilder<PlannedFollowUpRow> builder)
    {
        builder.ToTable(options.TablePrefix + "follow_up_assignments", options.Schema);
        builder.HasKey(a => new { a.PlanName, a.Position });
        builder.Property(a => a.Position).ValueGeneratedNever();
        builder.HasOne<FollowUpPlanRow>().WithMany().HasForeignKey(a => a.PlanName).OnDelete(DeleteBehavior.Cascade);
        Columns(builder);
        builder.Property(a => a.Reason).HasConversion<string>().HasMaxLength(24);
        builder.HasIndex(a => new { a.PlanName, a.Owner, a.Scheduled });
    }

    public void Configure(EntityTypeBuilder<UnplacedFollowUpRow> builder)
    {
        builder.ToTable(options.TablePrefix + "follow_up_unplaced", options.Schema);
        builder.HasKey(u => new { u.PlanName, u.Position });
        builder.Property(u => u.Position).ValueGeneratedNever();
        builder.HasOne<FollowUpPlanRow>().WithMany().HasForeignKey(u => u.PlanName).OnDelete(DeleteBehavior.Cascade);
        Columns(builder);
        builder.Property(u => u.Reason).HasConversion<string>().HasMaxLength(24);
    }

    private static void Columns<T>(EntityTypeBuilder<T> builder)
        where T : FollowUpColumns
    {
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Origin).HasConversion<string>().HasMaxLength(16);
    }
}
