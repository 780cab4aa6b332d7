using Ardalis.GuardClauses;
using Crm.Core;
using Crm.Core.Customers;
using Crm.Core.Lifetime;
using Crm.Core.Scheduling;
using Crm.Core.Segmentation;
using Crm.Core.ToneLint;
using Crm.Core.Internal;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers every Crm.Core feature at once, optionally with options bound from configuration (for example the
/// <c>"Crm"</c> section of <c>appsettings.json</c>).
/// </summary>
/// <remarks>
/// Binding is strict: a key that names no option (a typo such as <c>"Rnaks"</c>) is an error, not silently ignored, and
/// every feature's options are validated when the first service that uses them is resolved — under the Generic Host also
/// on start. Both errors name the option and the value.
/// </remarks>
public static class CrmServiceCollectionExtensions
{
    /// <summary>The configuration section names <see cref="AddCrm(IServiceCollection, IConfiguration)"/> reads, one per feature.</summary>
    public static IReadOnlyList<string> SectionNames { get; } = ["Core", "Customers", "Segmentation", "Lifetime", "Scheduling", "ToneLint"];

    /// <summary>
    /// Registers every feature with its defaults: <see cref="CrmCoreServiceCollectionExtensions.AddCrmCore(IServiceCollection)"/>,
    /// <c>AddCrmCustomers</c>, <c>AddCrmSegmentation</c>, <c>AddCrmLifetime</c>, <c>AddCrmScheduling</c> and <c>AddCrmToneLint</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrm(this IServiceCollection services)
    {
        Guard.Against.Null(services);
        return services.AddCrmCore().AddCrmCustomers().AddCrmSegmentation().AddCrmLifetime().AddCrmScheduling().AddCrmToneLint();
    }

    /// <summary>
    /// Registers every feature and binds each one's options from the sub-section of <paramref name="configuration"/> named
    /// in <see cref="SectionNames"/>: <c>Core</c> → <see cref="CrmCoreOptions"/>, <c>Customers</c> → <see cref="CustomerOptions"/>,
    /// <c>Segmentation</c> → <see cref="SegmentationOptions"/>, <c>Lifetime</c> → <see cref="LifetimeOptions"/>,
    /// <c>Scheduling</c> → <see cref="SchedulingOptions"/>, <c>ToneLint</c> → <see cref="ToneLintOptions"/>. A missing
    /// section keeps that feature's defaults; a sub-section the list does not name is an error.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The Crm section, for example <c>builder.Configuration.GetSection("Crm")</c>.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="configuration"/> has a sub-section that names no feature.</exception>
    public static IServiceCollection AddCrm(this IServiceCollection services, IConfiguration configuration)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(configuration);
        var unknown = configuration.GetChildren().Select(c => c.Key).Where(k => !SectionNames.Contains(k, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException(
                $"Configuration section '{Path(configuration)}' has {(unknown.Length == 1 ? "a sub-section" : "sub-sections")} that names no Crm.Core feature: "
                + string.Join(", ", unknown.Select(k => $"'{k}'")) + $"; the features are {string.Join(", ", SectionNames)}.",
                nameof(configuration));
        }

        return services.AddCrmCore(configuration.GetSection("Core"))
            .AddCrmCustomers(configuration.GetSection("Customers"))
            .AddCrmSegmentation(configuration.GetSection("Segmentation"))
            .AddCrmLifetime(configuration.GetSection("Lifetime"))
            .AddCrmScheduling(configuration.GetSection("Scheduling"))
            .AddCrmToneLint(configuration.GetSection("ToneLint"));
    }

    /// <summary>Registers the shared services and binds <see cref="CrmCoreOptions"/> from <paramref name="configuration"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options (keys named like the properties).</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmCore(this IServiceCollection services, IConfiguration configuration)
    {
        Guard.Against.Null(configuration);
        services.AddCrmCore().AddOptions<CrmCoreOptions>().Bind(configuration, Strict);
        return services;
    }

    /// <summary>Registers the customer services and binds <see cref="CustomerOptions"/> from <paramref name="configuration"/>
    /// (lists such as <c>Ranks</c> as JSON arrays).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmCustomers(this IServiceCollection services, IConfiguration configuration)
    {
        Guard.Against.Null(configuration);
        services.AddCrmCustomers().AddOptions<CustomerOptions>().Bind(configuration, Strict);
        return services;
    }

    /// <summary>Registers segmentation and binds <see cref="SegmentationOptions"/> from <paramref name="configuration"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmSegmentation(this IServiceCollection services, IConfiguration configuration)
    {
        Guard.Against.Null(configuration);
        services.AddCrmSegmentation().AddOptions<SegmentationOptions>().Bind(configuration, Strict);
        return services;
    }

    /// <summary>Registers the lifetime-value settings and binds <see cref="LifetimeOptions"/> from <paramref name="configuration"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmLifetime(this IServiceCollection services, IConfiguration configuration)
    {
        Guard.Against.Null(configuration);
        services.AddCrmLifetime().AddOptions<LifetimeOptions>().Bind(configuration, Strict);
        return services;
    }

    /// <summary>
    /// Registers scheduling and binds <see cref="SchedulingOptions"/> from <paramref name="configuration"/>: <c>WorkCalendar</c>
    /// (<c>Weekend</c> "Thursday,Friday", <c>TimeZoneId</c>, <c>WorkingHours</c> "08:00-16:00", <c>WorkingHoursByDay</c>,
    /// <c>MissingLunarData</c>, <c>Province</c>), <c>Planner</c> (<c>DayOffPolicy</c>, <c>HorizonDays</c>,
    /// <c>DefaultCapacity</c> "20" follow-ups or "04:00" of effort a day, <c>CapacityByOwner</c>) and <c>HolidayFeeds</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        Guard.Against.Null(configuration);
        services.AddCrmScheduling().AddOptions<SchedulingOptions>().Configure(o => SchedulingConfiguration.Bind(configuration, o));
        return services;
    }

    /// <summary>Registers the tone linter and binds <see cref="ToneLintOptions"/> from <paramref name="configuration"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmToneLint(this IServiceCollection services, IConfiguration configuration)
    {
        Guard.Against.Null(configuration);
        services.AddCrmToneLint().AddOptions<ToneLintOptions>().Bind(configuration, Strict);
        return services;
    }

    /// <summary>A key that names no option is an error, not silently ignored.</summary>
    private static void Strict(BinderOptions options) => options.ErrorOnUnknownConfiguration = true;

    private static string Path(IConfiguration configuration) => configuration is IConfigurationSection section ? section.Path : "(root)";
}
