using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Lifetime.Tests;

public class ValueTiersTests
{
    [Fact]
    public void Assign_TwentyCustomers_GivesTwoPerDecile()
    {
        var values = Enumerable.Range(1, 20).Select(i => (CustomerCode.Parse("C" + i), (decimal)i));

        var tiers = ValueTiers.Assign(values);

        Assert.Equal("C20", tiers[0].CustomerId.Value);
        Assert.Equal(1, tiers[0].Tier);
        Assert.All(tiers.GroupBy(t => t.Tier), g => Assert.Equal(2, g.Count()));
        Assert.Equal(10, tiers[^1].Tier);
    }

    [Property]
    public Property Assign_AnyValues_TiersInRangeAndMonotone()
    {
        var gen = Gen.ListOf(Gen.Choose(0, 50)).Zip(Gen.Choose(1, 12));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (list, count) = t;
            var values = list.Select((v, i) => (CustomerCode.Parse("C" + i), (decimal)v)).ToArray();
            var tiers = ValueTiers.Assign(values, count);
            var monotone = tiers.Zip(tiers.Skip(1)).All(p => p.First.Value >= p.Second.Value && p.First.Tier <= p.Second.Tier);
            var tiesShare = tiers.GroupBy(x => x.Value).All(g => g.Select(x => x.Tier).Distinct().Count() == 1);
            return tiers.Count == values.Length && tiers.All(x => x.Tier >= 1 && x.Tier <= count) && monotone && tiesShare;
        });
    }
}
