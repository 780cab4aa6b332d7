using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the customer services of Crm.Core.Customers.</summary>
public static class CrmCustomersServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CustomerOptions"/> (validated on start and when first used, every error at once), the
    /// <see cref="CustomerCatalog"/> that <see cref="Customer.SetRank"/>, <see cref="Customer.AddToGroup"/> and
    /// <see cref="Customer.SetAcquisition"/> take, a <see cref="CustomerRecordImporter"/> using it (transient: one per
    /// import), and an <see cref="InMemoryCustomerStore"/> as <see cref="ICustomerStore"/> and <see cref="ICustomerSearch"/> unless
    /// the application registered its own. Also calls <see cref="CrmCoreServiceCollectionExtensions.AddCrmCore(IServiceCollection)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmCustomers(this IServiceCollection services) => services.AddCrmCustomers(_ => { });

    /// <summary>Registers the customer services and configures <see cref="CustomerOptions"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// services.AddCrmCustomers(o => { o.Ranks.Add("برنزی"); o.Ranks.Add("نقره‌ای"); o.Ranks.Add("طلایی"); });
    /// </code>
    /// </example>
    public static IServiceCollection AddCrmCustomers(this IServiceCollection services, Action<CustomerOptions> configure)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(configure);
        services.AddCrmCore();
        services.AddOptions<CustomerOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CustomerOptions>>(
            new DelegateOptionsValidator<CustomerOptions>(CustomerOptionsValidator.Validate)));
        services.TryAddSingleton(sp => new CustomerCatalog(sp.GetRequiredService<IOptions<CustomerOptions>>().Value));
        services.TryAddTransient(sp => new CustomerRecordImporter(sp.GetRequiredService<CustomerCatalog>()));
        services.TryAddSingleton<InMemoryCustomerStore>();
        services.TryAddSingleton<ICustomerStore>(sp => sp.GetRequiredService<InMemoryCustomerStore>());
        services.TryAddSingleton<ICustomerSearch>(sp => sp.GetRequiredService<InMemoryCustomerStore>());
        return services;
    }
}
