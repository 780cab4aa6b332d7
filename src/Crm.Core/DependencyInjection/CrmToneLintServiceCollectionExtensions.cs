using Ardalis.GuardClauses;
using Crm.Core.Internal;
using Crm.Core.ToneLint;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the reply-tone linter of Crm.Core.ToneLint.</summary>
public static class CrmToneLintServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ToneLintOptions"/> (validated on start: an invalid custom pattern, an unknown rule id or a bad
    /// length limit stops the host with every error listed) and a singleton <see cref="ToneLinter"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmToneLint(this IServiceCollection services) => services.AddCrmToneLint(_ => { });

    /// <summary>Registers the tone linter and configures <see cref="ToneLintOptions"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// services.AddCrmToneLint(o =>
    /// {
    ///     o.Glossary.Add(new GlossaryEntry { Term = "تیکت", Preferred = "درخواست" });
    ///     o.Chat.MaxWords = 60;
    /// });
    /// </code>
    /// </example>
    public static IServiceCollection AddCrmToneLint(this IServiceCollection services, Action<ToneLintOptions> configure)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(configure);
        services.AddOptions<ToneLintOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ToneLintOptions>>(
            new DelegateOptionsValidator<ToneLintOptions>(ToneLintOptionsValidator.Validate)));
        services.TryAddSingleton(sp => new ToneLinter(sp.GetRequiredService<IOptions<ToneLintOptions>>().Value));
        return services;
    }
}
