using Ardalis.GuardClauses;
using Crm.Core.Internal;
using Crm.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the follow-up scheduling services of Crm.Core.Scheduling.</summary>
public static class CrmSchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SchedulingOptions"/> (validated on start, every error at once), one shared
    /// <see cref="HolidayCalendarSource"/> (embedded data plus the feeds of <see cref="SchedulingOptions.HolidayFeeds"/>;
    /// apply updates to it at run time), <see cref="IranHolidayCalendar"/> (transient: the source's current snapshot), the
    /// <see cref="WorkCalendar"/> (following the source) and the <see cref="FollowUpPlanner"/>, unless the application
    /// registered its own. Also calls <c>AddCrmCore</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCrmScheduling(this IServiceCollection services) => services.AddCrmScheduling(_ => { });

    /// <summary>Registers the scheduling services and configures <see cref="SchedulingOptions"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// services.AddCrmScheduling(o =>
    /// {
    ///     o.WorkCalendar.Weekend = WeekendDays.ThursdayAndFriday;
    ///     o.Planner.DefaultCapacity = DailyCapacity.Count(25);
    /// });
    /// </code>
    /// </example>
    public static IServiceCollection AddCrmScheduling(this IServiceCollection services, Action<SchedulingOptions> configure)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(configure);
        services.AddCrmCore();
        services.AddOptions<SchedulingOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SchedulingOptions>>(
            new DelegateOptionsValidator<SchedulingOptions>(o => o.Validate())));
        services.TryAddSingleton(sp => HolidayFeedLoader.Load(sp.GetRequiredService<IOptions<SchedulingOptions>>().Value.HolidayFeeds));
        services.TryAddTransient(sp => sp.GetRequiredService<HolidayCalendarSource>().Current);
        services.TryAddSingleton(sp => WorkCalendar.Following(
            sp.GetRequiredService<HolidayCalendarSource>(), sp.GetRequiredService<IOptions<SchedulingOptions>>().Value.WorkCalendar));
        services.TryAddSingleton(sp => new FollowUpPlanner(
            sp.GetRequiredService<WorkCalendar>(), sp.GetRequiredService<IOptions<SchedulingOptions>>().Value.Planner));
        return services;
    }
}
