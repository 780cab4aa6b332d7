using Crm.Core.Scheduling.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Scheduling.Tests.Internal;

public class StableOrderProperties
{
    private static Arbitrary<(int Priority, int Due)[]> Items(int dueSpread) =>
        (from priority in Gen.Choose(1, 5)
         from due in Gen.Choose(-dueSpread, dueSpread)
         select (priority, due)).ArrayOf().ToArbitrary();

    private static bool SameAsLinq((int Priority, int Due)[] items)
    {
        var order = new int[items.Length];
        StableOrder.ByPriorityThenDue(items.Select(i => i.Priority).ToArray(), items.Select(i => i.Due).ToArray(), order, new int[items.Length]);
        var expected = Enumerable.Range(0, items.Length).OrderBy(i => items[i].Priority).ThenBy(i => items[i].Due).ThenBy(i => i);
        return order.SequenceEqual(expected);
    }

    [Property]
    public Property ByPriorityThenDue_NearbyDays_IsLinqOrderByPriorityThenDueThenIndex() => Prop.ForAll(Items(30), SameAsLinq);

    [Property]
    public Property ByPriorityThenDue_DaysCenturiesApart_IsLinqOrderByPriorityThenDueThenIndex() => Prop.ForAll(Items(4_000_000), SameAsLinq);

    [Property]
    public Property By_IsAStableOrderByTheKey() => Prop.ForAll(Gen.Choose(0, 9).ArrayOf().ToArbitrary(), values =>
    {
        var source = Enumerable.Range(0, values.Length).Reverse().ToArray();
        var destination = new int[values.Length];
        StableOrder.By(source, destination, values, 0, 0, StableOrder.MaskFor(10));
        return destination.SequenceEqual(source.OrderBy(x => values[x]));
    });

    [Fact]
    public void MaskFor_CoversEveryKey()
    {
        Assert.Equal(0, StableOrder.MaskFor(0));
        Assert.Equal(0, StableOrder.MaskFor(1));
        Assert.Equal(1, StableOrder.MaskFor(2));
        Assert.Equal(511, StableOrder.MaskFor(365));
        Assert.Equal(4095, StableOrder.MaskFor(3660));
    }
}
