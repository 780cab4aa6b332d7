using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Core.EntityFrameworkCore.Tests;

/// <summary><c>AddCrmEntityFrameworkCore&lt;TContext&gt;()</c> selects the database stores, before or after <c>AddCrm()</c>.</summary>
public sealed class RegistrationTests(SqliteTestDatabase db) : IClassFixture<SqliteTestDatabase>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddCrmEntityFrameworkCore_EitherOrder_StoresAndSearchesInTheDatabase(bool entityFrameworkFirst)
    {
        var services = new ServiceCollection().AddDbContext<AppDbContext>(o => o.UseSqlite(db.ConnectionString));
        if (entityFrameworkFirst)
        {
            services.AddCrmEntityFrameworkCore<AppDbContext>().AddCrm();
        }
        else
        {
            services.AddCrm().AddCrmEntityFrameworkCore<AppDbContext>();
        }

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var code = "G-" + entityFrameworkFirst;
        await using (var scope = provider.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ICustomerStore>();
            Assert.IsType<EfCoreCustomerStore>(store);
            Assert.Same(store, scope.ServiceProvider.GetRequiredService<ICustomerSearch>());
            Assert.True(await store.TryAddAsync(SomeCustomers.Individual(code, first: "علی")));
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            var found = await scope.ServiceProvider.GetRequiredService<ICustomerSearch>().SearchAsync(new CustomerQuery { Text = "علي", Code = code });
            Assert.Equal(code, Assert.Single(found).Code.Value);
            Assert.NotNull(scope.ServiceProvider.GetRequiredService<EfCorePurchaseStore>());
            Assert.NotNull(scope.ServiceProvider.GetRequiredService<EfCoreFollowUpStore>());
            Assert.Same(scope.ServiceProvider.GetRequiredService<EfCoreWantedListStore>(), scope.ServiceProvider.GetRequiredService<EfCoreWantedListStore>());
        }

        Assert.Equal(0, provider.GetRequiredService<InMemoryCustomerStore>().Count);   // nothing went to the in-memory store
    }

    [Fact]
    public void WithoutIt_TheInMemoryStoreStaysTheDefault()
    {
        using var provider = new ServiceCollection().AddCrm().BuildServiceProvider();
        Assert.IsType<InMemoryCustomerStore>(provider.GetRequiredService<ICustomerStore>());
    }
}
