using Crm.Core.Lifetime;
using Crm.Core.Scheduling;
using Crm.Core.Segmentation;
using Crm.Core.ToneLint;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Core.Tests;

/// <summary>Every AddCrm…() registration: works with no configuration, is idempotent, and rejects bad options on start.</summary>
public class FeatureRegistrationTests
{
    private static ServiceCollection All()
    {
        var services = new ServiceCollection();
        services.AddCrmCustomers().AddCrmScheduling().AddCrmSegmentation().AddCrmLifetime().AddCrmToneLint();
        return services;
    }

    [Fact]
    public void AddAll_NoConfiguration_PassesStartupValidationAndResolves()
    {
        using var provider = All().BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotNull(provider.GetRequiredService<WorkCalendar>());
        Assert.NotNull(provider.GetRequiredService<FollowUpPlanner>());
        Assert.NotNull(provider.GetRequiredService<ToneLinter>());
        Assert.NotNull(provider.GetRequiredService<IOptions<LifetimeOptions>>().Value);
        Assert.NotNull(provider.GetRequiredService<IOptions<SegmentationOptions>>().Value);
    }

    [Fact]
    public void AddAll_CalledTwice_RegistersEachServiceOnce()
    {
        var services = All();
        services.AddCrmScheduling().AddCrmSegmentation().AddCrmLifetime().AddCrmToneLint();
        var duplicates = services.Where(d => !d.ServiceType.IsGenericType || d.ServiceType.GetGenericTypeDefinition() != typeof(IConfigureOptions<>))
            .Where(d => d.ServiceType.Namespace?.StartsWith("Crm.Core", StringComparison.Ordinal) == true)
            .GroupBy(d => d.ServiceType).Where(g => g.Count() > 1).Select(g => g.Key.Name).ToList();
        Assert.Empty(duplicates);
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<ToneLintOptions>));
    }

    [Fact]
    public void AddCrmToneLint_InvalidCustomPattern_FailsOnStartNamingIt()
    {
        var services = new ServiceCollection();
        services.AddCrmToneLint(o =>
        {
            var rule = new CustomPhraseRule { Id = "team.bad", Message = "x", Pattern = "(unclosed" };
            o.CustomRules.Add(rule);
        });
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(ex.Failures, f => f.Contains("(unclosed", StringComparison.Ordinal) || f.Contains("team.bad", StringComparison.Ordinal));
    }

    [Fact]
    public void AddCrmScheduling_InvalidOptions_ReportsEveryErrorAtOnce()
    {
        var services = new ServiceCollection();
        services.AddCrmScheduling(o =>
        {
            o.WorkCalendar.TimeZoneId = "Nowhere/Atlantis";
            o.Planner.HorizonDays = 0;
        });
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SchedulingOptions>>().Value);
        Assert.True(ex.Failures.Count() >= 2, string.Join(" | ", ex.Failures));
        Assert.Contains(ex.Failures, f => f.Contains("Nowhere/Atlantis", StringComparison.Ordinal));
    }

    [Fact]
    public void AddCrmScheduling_HolidayFeedFile_IsAppliedOnStartAndSeenByTheWorkCalendar()
    {
        var path = Path.Combine(Path.GetTempPath(), $"crm-feed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "closures": [ { "date": "1405/05/10", "title": "تعطیلی به دلیل گرما" } ] }""");
        try
        {
            var services = new ServiceCollection();
            services.AddCrmScheduling(o => o.HolidayFeeds.Add(path));
            using var provider = services.BuildServiceProvider();
            provider.GetRequiredService<IStartupValidator>().Validate();
            var day = Crm.Core.Persian.SolarHijri.Date(1405, 5, 10);
            var calendar = provider.GetRequiredService<WorkCalendar>();
            Assert.False(calendar.IsWorkingDay(day));
            Assert.Same(provider.GetRequiredService<HolidayCalendarSource>().Current, provider.GetRequiredService<IranHolidayCalendar>());

            // A runtime update through the shared source is seen by the registered work calendar at once.
            var later = day.PlusDays(1);
            Assert.True(calendar.IsWorkingDay(later));
            provider.GetRequiredService<HolidayCalendarSource>().Update(c => c.WithClosure(later, "تعطیلی"));
            Assert.False(calendar.IsWorkingDay(later));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddCrmScheduling_MissingOrBadHolidayFeed_FailsOnStartNamingTheFileOrTheLine()
    {
        var missing = new ServiceCollection().AddCrmScheduling(o => o.HolidayFeeds.Add("no-such-feed.csv"));
        using (var provider = missing.BuildServiceProvider())
        {
            var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
            Assert.Contains(ex.Failures, f => f.Contains("no-such-feed.csv", StringComparison.Ordinal));
        }

        var path = Path.Combine(Path.GetTempPath(), $"crm-feed-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "kind,hijri_year,hijri_month,date,length,title,province\nmonth,1448,11,2027-04-06,,,\n");
        try
        {
            using var provider = new ServiceCollection().AddCrmScheduling(o => o.HolidayFeeds.Add(path)).BuildServiceProvider();
            var ex = Assert.Throws<HolidayFeedException>(() => provider.GetRequiredService<WorkCalendar>());
            Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddCrmLifetime_InvalidOptions_ReportsEveryErrorAtOnce()
    {
        var services = new ServiceCollection();
        services.AddCrmLifetime(o =>
        {
            o.Margin = -1;
            o.ValueTiers = 0;
        });
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LifetimeOptions>>().Value);
        Assert.True(ex.Failures.Count() >= 2, string.Join(" | ", ex.Failures));
    }

    [Fact]
    public void AddCrmSegmentation_InvalidOptions_FailsOnStart()
    {
        var services = new ServiceCollection();
        services.AddCrmSegmentation(o => o.WantedListCapacity = 0);
        using var provider = services.BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }
}
