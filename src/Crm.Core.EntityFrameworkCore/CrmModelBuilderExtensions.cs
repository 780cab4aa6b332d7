using System.Text;
using Ardalis.GuardClauses;
using Crm.Core.EntityFrameworkCore;
using Crm.Core.EntityFrameworkCore.Internal;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Adds the Crm.Core model (customers and what they own, purchases, the tickler file of follow-ups and stored
/// plans, wanted lists) to an application's own DbContext.</summary>
public static class CrmModelBuilderExtensions
{
    /// <summary>Adds the Crm.Core tables to the model, with the default options (tables <c>crm_…</c> in the default
    /// schema). Call it from <c>OnModelCreating</c>.</summary>
    /// <param name="modelBuilder">The application's model builder.</param>
    /// <returns>The same model builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is <see langword="null"/>.</exception>
    public static ModelBuilder UseCrmCore(this ModelBuilder modelBuilder) => UseCrmCore(modelBuilder, _ => { });

    /// <summary>Adds the Crm.Core tables to the model, in a schema or with a table prefix. Call it from
    /// <c>OnModelCreating</c>.</summary>
    /// <param name="modelBuilder">The application's model builder.</param>
    /// <param name="configure">Sets the schema or the table prefix.</param>
    /// <returns>The same model builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The prefix holds a character other than a letter, digit or '_'.</exception>
    /// <example><code>protected override void OnModelCreating(ModelBuilder b) => b.UseCrmCore(o => o.TablePrefix = "sales_");</code></example>
    public static ModelBuilder UseCrmCore(this ModelBuilder modelBuilder, Action<CrmModelOptions> configure)
    {
        Guard.Against.Null(modelBuilder);
        Guard.Against.Null(configure);
        var options = new CrmModelOptions();
        configure(options);
        options.TablePrefix ??= string.Empty;
        if (!options.TablePrefix.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"Table prefix '{options.TablePrefix}' may hold only ASCII letters, digits and '_'.", nameof(configure));
        }

        modelBuilder.ApplyConfiguration(new CustomerRowConfiguration(options));
        modelBuilder.ApplyConfiguration(new PurchaseRowConfiguration(options));
        var totals = new PurchaseTotalsConfiguration(options);
        modelBuilder.ApplyConfiguration<PurchaseTotalRow>(totals);
        modelBuilder.ApplyConfiguration<PurchaseTotalsState>(totals);
        var followUps = new FollowUpRowConfiguration(options);
        modelBuilder.ApplyConfiguration<FollowUpRow>(followUps);
        modelBuilder.ApplyConfiguration<FollowUpPlanRow>(followUps);
        modelBuilder.ApplyConfiguration<PlannedFollowUpRow>(followUps);
        modelBuilder.ApplyConfiguration<UnplacedFollowUpRow>(followUps);
        var wanted = new WantedListRowConfiguration(options);
        modelBuilder.ApplyConfiguration<WantedListRow>(wanted);
        modelBuilder.ApplyConfiguration<WantedListEventRow>(wanted);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.ClrType.Namespace != typeof(CustomerRow).Namespace)
            {
                continue;
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }

        return modelBuilder;
    }

    private static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
