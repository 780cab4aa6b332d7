using System.Text;
using Crm.Core.Customers;
using Crm.Core.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Core.Tests;

/// <summary>Issue 14, point 3, on the path an application takes: <c>AddCrm()</c>, the catalog and the importer from DI.</summary>
public class CustomerOptionsEnforcementTests
{
    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    [Fact]
    public void AddCrm_ConfiguredRanks_SetRankRefusesAnotherRank()
    {
        using var services = new ServiceCollection()
            .AddCrm(Json("""{ "Customers": { "Ranks": [ "نقره‌ای", "طلایی" ] } }"""))
            .BuildServiceProvider();
        var catalog = services.GetRequiredService<CustomerCatalog>();
        var sara = SomeCustomers.Individual("C-1001");

        var ex = Assert.Throws<CustomerValidationException>(() => sara.SetRank("الماسی", catalog, SomeCustomers.Stamp()));
        Assert.Equal("rank.unknown", ex.Error.Rule);
        sara.SetRank("طلایی", catalog, SomeCustomers.Stamp());
        Assert.Equal("طلایی", sara.Rank);
    }

    [Fact]
    public void AddCrm_ConfiguredChannels_TheRegisteredImporterReportsAnotherChannel()
    {
        using var services = new ServiceCollection()
            .AddCrm(Json("""{ "Customers": { "AcquisitionChannels": [ "instagram", "referral" ] } }"""))
            .BuildServiceProvider();
        var importer = services.GetRequiredService<CustomerRecordImporter>();

        var result = importer.Import(new Dictionary<string, string?> { ["code"] = "C-1", ["last_name"] = "محمدی", ["channel"] = "telegram" }, SomeCustomers.Stamp());

        var error = Assert.Single(result.Errors);
        Assert.Equal(("channel", "channel.unknown", "telegram"), (error.Field, error.Rule, error.Value));
        Assert.Contains("'instagram', 'referral'", error.Message, StringComparison.Ordinal);
        Assert.NotSame(importer, services.GetRequiredService<CustomerRecordImporter>());   // one per import: its duplicate check
    }

    [Fact]
    public void AddCrm_NoLists_AcceptsAnyValue()
    {
        using var services = new ServiceCollection().AddCrm().BuildServiceProvider();
        var sara = SomeCustomers.Individual();

        sara.SetRank("الماسی", services.GetRequiredService<CustomerCatalog>(), SomeCustomers.Stamp());

        Assert.Equal("الماسی", sara.Rank);
    }

    [Fact]
    public void PlainServiceProvider_InvalidCustomerOptions_FailWhenTheFirstServiceUsingThemIsBuilt()
    {
        // No Generic Host, so no ValidateOnStart: the options are still validated when the catalog or the importer is built.
        using var services = new ServiceCollection()
            .AddCrm()
            .AddCrmCustomers(o => { o.Ranks.Add("طلایی"); o.Ranks.Add("طلايي"); })   // the same rank after the Persian fold
            .BuildServiceProvider();

        var importer = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<CustomerRecordImporter>());
        Assert.Contains(importer.Failures, f => f.Contains("CustomerOptions.Ranks[1]", StringComparison.Ordinal) && f.Contains("'طلايي'", StringComparison.Ordinal));
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<CustomerCatalog>());
    }
}

/// <summary>Issue 14, point 3: every feature's options are validated when the first service that uses them is built,
/// in a plain <see cref="ServiceProvider"/> (no Generic Host, so no ValidateOnStart).</summary>
public class FirstUseValidationTests
{
    public static TheoryData<string> Features() => ["core", "customers", "segmentation", "scheduling", "tonelint"];

    [Theory]
    [MemberData(nameof(Features))]
    public void PlainServiceProvider_InvalidOptions_FailWhenTheFirstServiceIsBuilt(string feature)
    {
        var services = new ServiceCollection().AddCrm();
        Func<IServiceProvider, object> first;
        switch (feature)
        {
            case "core":
                services.AddCrmCore(o => o.TimeZoneId = "Nowhere/Atlantis");
                first = sp => sp.GetRequiredService<NodaTime.DateTimeZone>();
                break;
            case "customers":
                services.AddCrmCustomers(o => o.DefaultCurrency = "rial");
                first = sp => sp.GetRequiredService<CustomerRecordImporter>();
                break;
            case "segmentation":
                services.AddCrmSegmentation(o => o.WantedListCapacity = 0);
                first = sp => sp.GetRequiredService<Crm.Core.Segmentation.RfmSegmentMap>();
                break;
            case "scheduling":
                services.AddCrmScheduling(o => o.Planner.HorizonDays = 0);
                first = sp => sp.GetRequiredService<Crm.Core.Scheduling.FollowUpPlanner>();
                break;
            default:
                services.AddCrmToneLint(o => o.RegexTimeout = TimeSpan.Zero);
                first = sp => sp.GetRequiredService<Crm.Core.ToneLint.ToneLinter>();
                break;
        }

        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => first(provider));
    }
}
