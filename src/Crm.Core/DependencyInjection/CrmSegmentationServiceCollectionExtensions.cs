using Ardalis.GuardClauses;
using Crm.Core.Internal;
using Crm.Core.Segmentation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers segmentation (RFM segment map, options) of Crm.Core.Segmentation.</summary>
public static class CrmSegmentationServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SegmentationOptions"/> (validated on start, every error listed) and the
    /// <see cref="RfmSegmentMap"/> they describe as a singleton.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmSegmentation(this IServiceCollection services) => services.AddCrmSegmentation(_ => { });

    /// <summary>Registers segmentation and configures <see cref="SegmentationOptions"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// services.AddCrmSegmentation(o =>
    /// {
    ///     o.WantedListCapacity = 20;
    ///     o.SegmentMap.Add(new RfmSegmentRule("[1-3]*", "Cold", "سرد"));
    ///     o.SegmentMap.Add(new RfmSegmentRule("[45]*", "Warm", "گرم"));
    /// });
    /// </code>
    /// </example>
    public static IServiceCollection AddCrmSegmentation(this IServiceCollection services, Action<SegmentationOptions> configure)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(configure);
        services.AddOptions<SegmentationOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SegmentationOptions>>(
            new DelegateOptionsValidator<SegmentationOptions>(SegmentationOptionsValidator.Validate)));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<SegmentationOptions>>().Value.BuildSegmentMap());
        return services;
    }
}
