using Crm.Core;
using Crm.Core.Customers;
using Crm.Core.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Crm.Core.Tests;

public class ServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCrmCustomers_NoConfiguration_ResolvesEverything()
    {
        using var provider = new ServiceCollection().AddCrmCustomers().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Equal("Asia/Tehran", provider.GetRequiredService<DateTimeZone>().Id);
        Assert.Same(provider.GetRequiredService<ICustomerStore>(), provider.GetRequiredService<ICustomerSearch>());
        Assert.NotNull(provider.GetRequiredService<CustomerCatalog>());
    }

    [Fact]
    public void AddCrmCore_ClockRegisteredFirst_IsKept()
    {
        var fake = Some.Clock();
        using var provider = new ServiceCollection().AddSingleton<IClock>(fake).AddCrmCore().AddCrmCustomers().BuildServiceProvider();
        Assert.Same(fake, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddCrmCustomers_CalledTwice_RegistersServicesOnce()
    {
        var services = new ServiceCollection().AddCrmCustomers().AddCrmCustomers();
        Assert.Single(services, d => d.ServiceType == typeof(ICustomerStore));
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<CustomerOptions>));
    }

    [Fact]
    public void AddCrmCustomers_InvalidOptions_ReportsEveryErrorAtOnce()
    {
        using var provider = new ServiceCollection()
            .AddCrmCore(o => o.TimeZoneId = "Mars/Olympus")
            .AddCrmCustomers(o =>
            {
                o.DefaultCurrency = "rial";
                o.Groups.Add(" ");
                o.Ranks.Add("طلایی");
                o.Ranks.Add("طلايي");
            })
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CustomerOptions>>().Value);
        Assert.Equal(3, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.Contains("DefaultCurrency", StringComparison.Ordinal) && f.Contains("'rial'", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Ranks[1]", StringComparison.Ordinal));
        var core = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CrmCoreOptions>>().Value);
        Assert.Contains("Mars/Olympus", Assert.Single(core.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerCatalog_RanksAreOrderedAndFolded()
    {
        var options = new CustomerOptions();
        options.Ranks.Add("برنزی");
        options.Ranks.Add("طلایی");
        var catalog = new CustomerCatalog(options);
        Assert.Equal(1, catalog.RankLevel("طلايي"));
        Assert.Equal(-1, catalog.RankLevel("الماسی"));
        Assert.True(catalog.IsKnownGroup("any group"));
    }

    [Fact]
    public void ValidateOnStart_IsWired()
    {
        var services = new ServiceCollection().AddCrmCustomers(o => o.DefaultCurrency = "");
        using var provider = services.BuildServiceProvider();
        var validator = provider.GetRequiredService<IStartupValidator>();
        Assert.Throws<OptionsValidationException>(validator.Validate);
    }
}
