using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the EF Core stores of Crm.Core.EntityFrameworkCore over the application's DbContext.</summary>
public static class CrmEntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EfCoreCustomerStore"/> as <see cref="ICustomerStore"/> and <see cref="ICustomerSearch"/> and
    /// <see cref="EfCorePurchaseStore"/>, <see cref="EfCoreFollowUpStore"/> and <see cref="EfCoreWantedListStore"/>, all
    /// scoped over <typeparamref name="TContext"/> (register the context itself with
    /// <c>AddDbContext</c>). The database stores replace the in-memory ones that <c>AddCrm()</c> and
    /// <c>AddCrmCustomers()</c> register, whichever is called first; without this call the in-memory store stays the
    /// default. An <see cref="IPurchaseBulkWriter"/> in the container (for example PostgreSQL's binary COPY) is used for
    /// bulk loads.
    /// </summary>
    /// <typeparam name="TContext">The application's context; its model must include
    /// <see cref="CrmModelBuilderExtensions.UseCrmCore(Microsoft.EntityFrameworkCore.ModelBuilder)"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmEntityFrameworkCore<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        Guard.Against.Null(services);
        services.TryAddScoped(sp => new EfCoreCustomerStore(sp.GetRequiredService<TContext>()));
        services.TryAddScoped(sp => new EfCorePurchaseStore(sp.GetRequiredService<TContext>(), sp.GetService<IPurchaseBulkWriter>()));
        services.TryAddScoped(sp => new EfCoreFollowUpStore(sp.GetRequiredService<TContext>()));
        services.TryAddScoped(sp => new EfCoreWantedListStore(sp.GetRequiredService<TContext>()));
        services.Replace(ServiceDescriptor.Scoped<ICustomerStore>(sp => sp.GetRequiredService<EfCoreCustomerStore>()));
        services.Replace(ServiceDescriptor.Scoped<ICustomerSearch>(sp => sp.GetRequiredService<EfCoreCustomerStore>()));
        return services;
    }
}
