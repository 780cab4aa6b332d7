using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Search;

/// <summary>The asynchronous <see cref="ICustomerStore"/> contract on the in-memory store.</summary>
public class InMemoryCustomerStoreAsyncTests
{
    private static readonly Gen<string> Codes = Gen.Elements("a", "A", "b", "B", "a-1", "a_1", "a.1", "Z/2", "۱", "ا", "0", "9")
        .SelectMany(x => Gen.Choose(0, 30).Select(n => x + n));

    [Property(MaxTest = 200)]
    public Property ListAsync_PagesOfAnySize_GiveEveryCustomerOnceInOrdinalOrder() =>
        Prop.ForAll(Gen.ListOf(Codes).ToArbitrary(), Gen.Choose(1, 7).ToArbitrary(), (codes, size) =>
        {
            ICustomerStore store = new InMemoryCustomerStore();
            foreach (var code in codes)
            {
                store.TryAddAsync(SomeCustomers.Individual(code)).GetAwaiter().GetResult();
            }

            var seen = new List<string>();
            CustomerCode? after = null;
            do
            {
                var page = store.ListAsync(after, size).GetAwaiter().GetResult();
                Assert.InRange(page.Customers.Count, 0, size);
                seen.AddRange(page.Customers.Select(c => c.Code.Value));
                after = page.Next;
            }
            while (after is not null);

            var expected = codes.Select(c => CustomerCode.Parse(c).Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();   // codes keep ASCII digits
            Assert.Equal(expected, seen);
            Assert.Equal(expected.Count, store.CountAsync().GetAwaiter().GetResult());
        });

    [Property(MaxTest = 200)]
    public Property ListAsync_AfterAnyCode_StartsRightAfterItStoredOrNotAndSkipsRemovedOnes() =>
        Prop.ForAll(Gen.ListOf(Codes).ToArbitrary(), Codes.ToArbitrary(), Gen.Choose(1, 7).ToArbitrary(), (codes, from, size) =>
        {
            var store = new InMemoryCustomerStore();
            foreach (var code in codes)
            {
                store.TryAdd(SomeCustomers.Individual(code));
            }

            var removed = codes.Count > 0 ? CustomerCode.Parse(codes[0]) : (CustomerCode?)null;
            if (removed is { } gone)
            {
                store.RemoveAsync(gone).GetAwaiter().GetResult();
            }

            var after = CustomerCode.Parse(from);
            var page = store.ListAsync(after, size).GetAwaiter().GetResult();

            var all = store.All().Select(c => c.Code).ToList();
            var expected = all.Where(c => c.CompareTo(after) > 0).Take(size);
            return page.Customers.Select(c => c.Code).SequenceEqual(expected)
                && all.SequenceEqual(all.Order())
                && (removed is not { } r || (store.Find(r) is null && !all.Contains(r)));
        });

    [Fact]
    public async Task SaveAsync_AddsOrReplacesAndAcceptsTheChanges()
    {
        ICustomerStore store = new InMemoryCustomerStore();
        var first = SomeCustomers.Individual("C-1", last: "اول");
        Assert.NotEmpty(first.PendingChanges);
        await store.SaveAsync(first);
        Assert.Empty(first.PendingChanges);
        var second = SomeCustomers.Individual("C-1", last: "دوم");
        Assert.False(await store.TryAddAsync(second));
        Assert.NotEmpty(second.PendingChanges);                 // not added: still pending
        await store.SaveAsync(second);
        Assert.Same(second, await store.FindAsync(CustomerCode.Parse("C-1")));
        Assert.Equal(1, await store.CountAsync());
        Assert.True(await store.RemoveAsync(CustomerCode.Parse("C-1")));
        Assert.False(await store.RemoveAsync(CustomerCode.Parse("C-1")));
        Assert.Null(await store.FindAsync(CustomerCode.Parse("C-1")));
    }

    [Fact]
    public async Task ListAsync_PageSizeOutOfRange_FailsNamingTheValue()
    {
        ICustomerStore store = new InMemoryCustomerStore();
        var e = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListAsync(null, CustomerPage.MaxPageSize + 1));
        Assert.Contains("10001", e.Message, StringComparison.Ordinal);
        Assert.Equal("pageSize", e.ParamName);
    }

    [Fact]
    public async Task SearchAsync_CancelledToken_Throws()
    {
        ICustomerSearch search = new InMemoryCustomerStore();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search.SearchAsync(new CustomerQuery(), new CancellationToken(canceled: true)));
    }
}
