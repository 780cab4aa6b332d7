using System.Globalization;
using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Segmentation.Tests.Wanted;

/// <summary><see cref="WantedList.Rehydrate"/>: any list the change methods make can be rebuilt from its state without
/// recording history, and a state they could never make is an <see cref="ArgumentException"/> naming the list, rule,
/// field and value.</summary>
public class WantedListRehydrateTests
{
    private static readonly Instant Start = Crm.Core.TestKit.Some.Instant;

    private static ChangeStamp At(int minutes) => new("sara", Start.Plus(Duration.FromMinutes(minutes)));

    private static CustomerCode Code(int i) => CustomerCode.Parse("T" + i.ToString(CultureInfo.InvariantCulture));

    private static WantedTarget Target(int i, decimal priority, int nominated = 0, bool listed = true) =>
        new(Code(i), priority, Start.Plus(Duration.FromMinutes(nominated)), "sara", listed ? Start.Plus(Duration.FromMinutes(60)) : null);

    private static WantedList Rehydrate(int capacity, WantedTarget[] targets, WantedTarget[]? candidates = null) =>
        WantedList.Rehydrate("top", capacity, targets, candidates ?? [], []);

    // Operations: 0 nominate, 1 win, 2 drop; applied to customer T0..T14 with heavy priority ties and stamps that go
    // back in time now and then.
    [Property(MaxTest = 300)]
    public Property Rehydrate_AnyListOfTheChangeMethods_EqualsItAndBehavesTheSame() =>
        Prop.ForAll(Gen.Choose(1, 5).ToArbitrary(), Gen.Choose(0, 2).Zip(Gen.Choose(0, 14)).Zip(Gen.Choose(0, 3)).ListOf().ToArbitrary(), (capacity, ops) =>
        {
            var list = new WantedList(" p ", capacity);
            var minute = 0;
            foreach (var ((op, who), priority) in ops)
            {
                var stamp = At(minute++ % 7 == 0 ? -minute : minute);
                _ = op switch
                {
                    0 => list.Nominate(Code(who), priority, stamp),
                    1 => list.MarkWon(Code(who), stamp),
                    _ => list.Drop(Code(who), "x", stamp),
                };
            }

            var rebuilt = WantedList.Rehydrate(list.Name, list.Capacity, list.Targets, list.Candidates, list.History);
            var same = rebuilt.Name == list.Name && rebuilt.Targets.SequenceEqual(list.Targets)
                && rebuilt.Candidates.SequenceEqual(list.Candidates) && rebuilt.History.SequenceEqual(list.History);

            // The rebuilt list goes on exactly like the original.
            var next = At(1000);
            list.Nominate(Code(20), 2m, next);
            rebuilt.Nominate(Code(20), 2m, next);
            if (list.Targets.Count > 0)
            {
                list.MarkWon(list.Targets[0].Customer, next);
                rebuilt.MarkWon(rebuilt.Targets[0].Customer, next);
            }

            return same && rebuilt.Targets.SequenceEqual(list.Targets) && rebuilt.Candidates.SequenceEqual(list.Candidates)
                && rebuilt.History.SequenceEqual(list.History);
        });

    [Fact]
    public void Rehydrate_RecordsNoHistory()
    {
        var rebuilt = Rehydrate(2, [Target(1, 5m), Target(2, 5m, nominated: 1)], [Target(3, 9m, listed: false)]);

        Assert.Empty(rebuilt.History);
        Assert.Equal([Code(1), Code(2)], rebuilt.Targets.Select(t => t.Customer));
        Assert.Equal([Code(3)], rebuilt.Candidates.Select(t => t.Customer));
    }

    public static TheoryData<string, string, string, string> Broken() => new()
    {
        { "more targets than places", "targets", "targets.capacity", "'3'" },
        { "a customer twice", "candidates", "customer.duplicate", "'T1'" },
        { "candidates with a free place", "candidates", "candidates.place-free", "'T3'" },
        { "targets out of rank order", "targets", "targets.rank-order", "'T2'" },
        { "same priority, later nomination first", "candidates", "candidates.rank-order", "'T4'" },
        { "a target never listed", "targets", "targets.listed-at-missing", "'T1'" },
        { "a listed candidate", "candidates", "candidates.listed-at-set", "'T3'" },
        { "a null target", "targets", "targets.null-item", "'null'" },
        { "a default customer in the history", "history", "history.customer-missing", "'default'" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Rehydrate_BrokenInvariant_ThrowsNamingListRuleFieldAndValue(string what, string field, string rule, string value)
    {
        var error = Assert.Throws<ArgumentException>(() => what switch
        {
            "more targets than places" => Rehydrate(2, [Target(1, 3m), Target(2, 2m), Target(3, 1m)]),
            "a customer twice" => Rehydrate(1, [Target(1, 3m)], [Target(1, 2m, listed: false)]),
            "candidates with a free place" => Rehydrate(3, [Target(1, 3m), Target(2, 2m)], [Target(3, 9m, listed: false)]),
            "targets out of rank order" => Rehydrate(2, [Target(1, 3m), Target(2, 4m)]),
            "same priority, later nomination first" => Rehydrate(1, [Target(1, 3m)], [Target(3, 2m, nominated: 5, listed: false), Target(4, 2m, nominated: 1, listed: false)]),
            "a target never listed" => Rehydrate(1, [Target(1, 3m, listed: false)]),
            "a listed candidate" => Rehydrate(1, [Target(1, 3m)], [Target(3, 2m)]),
            "a null target" => Rehydrate(2, [null!]),
            _ => WantedList.Rehydrate("top", 1, [], [], [new WantedListEvent(WantedListEventKind.Nominated, default, Start, "sara", null)]),
        });

        Assert.Equal(field, error.ParamName);
        Assert.Contains("Wanted list 'top'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"rule '{rule}' failed for {field} value {value}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rehydrate_BadNameOrCapacity_ThrowsLikeTheConstructor()
    {
        Assert.Throws<ArgumentException>(() => WantedList.Rehydrate(" ", 1, [], [], []));
        Assert.Equal("capacity", Assert.Throws<ArgumentOutOfRangeException>(() => WantedList.Rehydrate("top", 0, [], [], [])).ParamName);
        Assert.Throws<ArgumentNullException>(() => WantedList.Rehydrate("top", 1, null!, [], []));
    }
}
