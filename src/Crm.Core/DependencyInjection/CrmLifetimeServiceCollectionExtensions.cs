using Ardalis.GuardClauses;
using Crm.Core.Internal;
using Crm.Core.Lifetime;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the lifetime-value settings of Crm.Core.Lifetime.</summary>
public static class CrmLifetimeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LifetimeOptions"/> (validated on start, every error at once). The models themselves are static
    /// and need no registration. Also calls <see cref="CrmCoreServiceCollectionExtensions.AddCrmCore(IServiceCollection)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmLifetime(this IServiceCollection services) => services.AddCrmLifetime(_ => { });

    /// <summary>Registers the lifetime-value settings and configures them.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// services.AddCrmLifetime(o => { o.Unit = TimeUnit.Weeks; o.Margin = 0.3; o.DiscountKind = DiscountKind.PerPeriod; o.DiscountRate = 0.002; });
    /// </code>
    /// </example>
    public static IServiceCollection AddCrmLifetime(this IServiceCollection services, Action<LifetimeOptions> configure)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(configure);
        services.AddCrmCore();
        services.AddOptions<LifetimeOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LifetimeOptions>>(
            new DelegateOptionsValidator<LifetimeOptions>(LifetimeOptionsValidator.Validate)));
        return services;
    }
}
