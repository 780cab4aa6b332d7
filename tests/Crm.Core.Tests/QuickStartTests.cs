using Crm.Core.Customers;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Crm.Core.Tests;

/// <summary>The README's quick start, compiled and run as a test so the README stays true.</summary>
public class QuickStartTests
{
    [Fact]
    public async Task ReadmeQuickStart_Runs()
    {
        // --- README quick start begins ---
        using var services = new ServiceCollection()
            .AddCrmCustomers(o => { o.Ranks.Add("نقره‌ای"); o.Ranks.Add("طلایی"); })
            .BuildServiceProvider();
        var clock = services.GetRequiredService<IClock>();
        var store = services.GetRequiredService<ICustomerStore>();

        var stamp = ChangeStamp.Now("reza", clock);
        var sara = Individual.Create(CustomerCode.Parse("C-1001"), new IndividualProfile
        {
            FirstName = "سارا",
            LastName = "محمدي",                                   // Arabic yeh: stored as «محمدی»
            NationalCode = NationalCode.Parse("۰۰۸۴۵۷۵۹۴۸"),        // Persian digits: stored as "0084575948"
            BirthDate = new LocalDate(1366, 12, 30, CalendarSystem.PersianAstronomical),
        }, stamp);
        sara.AddPhone(ContactPhone.Mobile(IranianMobile.Parse("0912 345 6789")), stamp);
        sara.AddNote("تماس صبح زود را ترجیح می‌دهد.", stamp);
        sara.SetRank("طلایی", services.GetRequiredService<CustomerCatalog>(), stamp);   // one of the configured ranks
        await store.TryAddAsync(sara);

        var found = await services.GetRequiredService<ICustomerSearch>().SearchAsync(new CustomerQuery { Phone = "+98 912 345 6789" });
        Console.WriteLine($"{found[0].DisplayName}: {found[0].PrimaryPhone!.Number}");   // سارا محمدی: +989123456789
        // --- README quick start ends ---

        Assert.Equal("سارا محمدی", Assert.Single(found).DisplayName);
        Assert.Equal("+989123456789", found[0].PrimaryPhone!.Number);
        Assert.Equal(1, services.GetRequiredService<CustomerCatalog>().RankLevel(found[0].Rank));
    }
}
