using Ardalis.GuardClauses;
using Crm.Core;
using Crm.Core.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the services every Crm.Core feature shares.</summary>
public static class CrmCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the system <see cref="IClock"/> (only if none is registered, so hosts and tests can supply their own),
    /// the business time zone and <see cref="CrmCoreOptions"/>, validated on start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmCore(this IServiceCollection services) => services.AddCrmCore(_ => { });

    /// <summary>Registers the shared services and configures <see cref="CrmCoreOptions"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmCore(this IServiceCollection services, Action<CrmCoreOptions> configure)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(configure);
        services.AddOptions<CrmCoreOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CrmCoreOptions>>(
            new DelegateOptionsValidator<CrmCoreOptions>(o => o.Validate())));
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<IDateTimeZoneProvider>(DateTimeZoneProviders.Tzdb);
        services.TryAddSingleton<DateTimeZone>(sp =>
            sp.GetRequiredService<IDateTimeZoneProvider>()[sp.GetRequiredService<IOptions<CrmCoreOptions>>().Value.TimeZoneId]);
        return services;
    }
}
