using System.Text;
using Crm.Core.Customers;
using Crm.Core.Lifetime;
using Crm.Core.Scheduling;
using Crm.Core.Segmentation;
using Crm.Core.ToneLint;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Crm.Core.Tests;

/// <summary>`AddCrm()` and the IConfiguration overloads (issue 14): options bound from appsettings.json, strictly, and
/// validated when first used, without the Generic Host.</summary>
public class ConfigurationBindingTests
{
    private const string AppSettings = """
        {
          "Crm": {
            "Core": { "TimeZoneId": "Asia/Tehran" },
            "Customers": { "DefaultCurrency": "IRR", "Ranks": [ "برنزی", "نقره‌ای", "طلایی" ], "AcquisitionChannels": [ "instagram", "referral" ] },
            "Segmentation": { "WantedListCapacity": 7 },
            "Lifetime": { "Unit": "Days", "Margin": 0.3, "DiscountKind": "Continuous", "DiscountRate": 0.0005, "ValueTiers": 5 },
            "Scheduling": {
              "WorkCalendar": { "Weekend": "Thursday,Friday", "WorkingHours": "08:00-16:00", "WorkingHoursByDay": { "Wednesday": "08:00-13:00" }, "Province": "Tehran" },
              "Planner": { "DayOffPolicy": "PreviousWorkingDay", "HorizonDays": 45, "DefaultCapacity": "12", "CapacityByOwner": { "sara": "03:30" } }
            },
            "ToneLint": { "DisabledRules": [ "TL1101" ], "UseDefaultGlossary": false }
          }
        }
        """;

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    [Fact]
    public void AddCrm_AppSettings_BindsEveryFeature()
    {
        using var provider = new ServiceCollection().AddCrm(Json(AppSettings).GetSection("Crm")).BuildServiceProvider();

        var customers = provider.GetRequiredService<IOptions<CustomerOptions>>().Value;
        Assert.Equal(["برنزی", "نقره‌ای", "طلایی"], customers.Ranks);
        Assert.Equal(2, provider.GetRequiredService<CustomerCatalog>().RankLevel("طلایی"));
        Assert.Equal(7, provider.GetRequiredService<IOptions<SegmentationOptions>>().Value.WantedListCapacity);
        var lifetime = provider.GetRequiredService<IOptions<LifetimeOptions>>().Value;
        Assert.Equal((TimeUnit.Days, 0.3, DiscountKind.Continuous, 0.0005, 5), (lifetime.Unit, lifetime.Margin, lifetime.DiscountKind, lifetime.DiscountRate, lifetime.ValueTiers));
        var scheduling = provider.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        Assert.Equal(WeekendDays.Parse("Thursday,Friday"), scheduling.WorkCalendar.Weekend);
        Assert.Equal(new WorkingHours(new LocalTime(8, 0), new LocalTime(13, 0)), scheduling.WorkCalendar.WorkingHoursByDay[IsoDayOfWeek.Wednesday]);
        Assert.Equal((DayOffPolicy.PreviousWorkingDay, 45), (scheduling.Planner.DayOffPolicy, scheduling.Planner.HorizonDays));
        Assert.Equal(12, scheduling.Planner.DefaultCapacity.On(IsoDayOfWeek.Saturday));
        Assert.Equal(CapacityUnit.Effort, scheduling.Planner.CapacityByOwner["sara"].Unit);
        var tone = provider.GetRequiredService<IOptions<ToneLintOptions>>().Value;
        Assert.Contains("TL1101", tone.DisabledRules);
        Assert.False(tone.UseDefaultGlossary);
        Assert.NotNull(provider.GetRequiredService<ToneLinter>());
        Assert.NotNull(provider.GetRequiredService<FollowUpPlanner>());
    }

    [Fact]
    public void AddCrm_WithoutConfiguration_RegistersEveryFeatureWithDefaults()
    {
        using var provider = new ServiceCollection().AddCrm().BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<CustomerCatalog>());
        Assert.NotNull(provider.GetRequiredService<ToneLinter>());
        Assert.NotNull(provider.GetRequiredService<FollowUpPlanner>());
        Assert.NotNull(provider.GetRequiredService<WorkCalendar>());
        Assert.Equal(TimeUnit.Weeks, provider.GetRequiredService<IOptions<LifetimeOptions>>().Value.Unit);
    }

    [Theory]
    [InlineData("""{ "Customers": { "Rnaks": [ "طلایی" ] } }""", "Rnaks")]
    [InlineData("""{ "Lifetime": { "Margni": 0.3 } }""", "Margni")]
    [InlineData("""{ "Scheduling": { "Planner": { "HorizonDayz": 3 } } }""", "HorizonDayz")]
    [InlineData("""{ "Scheduling": { "WorkCalendar": { "Weekend": "Funday" } } }""", "Funday")]
    [InlineData("""{ "Scheduling": { "Planner": { "DefaultCapacity": "lots" } } }""", "lots")]
    [InlineData("""{ "Lifetime": { "Unit": "Fortnights" } }""", "Fortnights")]
    public void AddCrm_TypoOrBadValue_FailsOnFirstUseNamingIt(string json, string named)
    {
        using var provider = new ServiceCollection().AddCrm(Json(json)).BuildServiceProvider();

        var error = Assert.ThrowsAny<InvalidOperationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<CustomerOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<LifetimeOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        });
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCrm_UnknownFeatureSection_IsAnErrorListingTheFeatures()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCrm(Json("""{ "Crm": { "Custmers": {} } }""").GetSection("Crm")));

        Assert.Contains("'Custmers'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Customers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCrm_InvalidValues_AreValidatedWithoutTheGenericHost()
    {
        using var provider = new ServiceCollection()
            .AddCrm(Json("""{ "Customers": { "DefaultCurrency": "rial" }, "Lifetime": { "Margin": -1 } }"""))
            .BuildServiceProvider();

        var customers = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<CustomerCatalog>());
        Assert.Contains(customers.Failures, f => f.Contains("'rial'", StringComparison.Ordinal));
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LifetimeOptions>>().Value);
    }

    [Property(MaxTest = 100)]
    public Property Capacity_CountOrEffort_RoundTripsThroughConfiguration()
    {
        var gen = from count in Gen.Choose(0, 500)
                  from minutes in Gen.Choose(1, 24 * 60 - 1)
                  from effort in Gen.Elements(true, false)
                  select (Count: count, Minutes: minutes, Effort: effort);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            var text = p.Effort ? $"{p.Minutes / 60}:{p.Minutes % 60:00}" : p.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var provider = new ServiceCollection()
                .AddCrmScheduling(Json($$"""{ "Planner": { "DefaultCapacity": "{{text}}" } }"""))
                .BuildServiceProvider();
            var capacity = provider.GetRequiredService<IOptions<SchedulingOptions>>().Value.Planner.DefaultCapacity;
            var expected = p.Effort ? DailyCapacity.Effort(Duration.FromMinutes(p.Minutes)) : DailyCapacity.Count(p.Count);
            return (capacity.Unit == expected.Unit && capacity.On(IsoDayOfWeek.Monday) == expected.On(IsoDayOfWeek.Monday)).Label($"{text}: {capacity.Unit} {capacity.On(IsoDayOfWeek.Monday)}");
        });
    }
}
