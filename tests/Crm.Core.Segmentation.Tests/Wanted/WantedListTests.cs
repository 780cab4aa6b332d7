using System.Globalization;
using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Segmentation.Tests.Wanted;

public class WantedListTests
{
    private static readonly Instant Start = Crm.Core.TestKit.Some.Instant;

    private static ChangeStamp At(int minutes, string by = "sara") => new(by, Start.Plus(Duration.FromMinutes(minutes)));

    private static CustomerCode Code(int i) => CustomerCode.Parse("T" + i.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Constructor_Default_HasTenPlaces()
    {
        Assert.Equal(10, new WantedList("۱۰ مشتری تحت تعقیب").Capacity);
    }

    [Fact]
    public void MarkWon_Target_BestCandidateTakesPlaceAndHistoryKeepsWinner()
    {
        var list = new WantedList("top", capacity: 2);
        list.Nominate(Code(1), 50m, At(0));
        list.Nominate(Code(2), 40m, At(1));
        list.Nominate(Code(3), 10m, At(2));
        list.Nominate(Code(4), 30m, At(3));

        Assert.Equal([Code(1), Code(2)], list.Targets.Select(t => t.Customer));
        Assert.True(list.MarkWon(Code(1), At(60, "reza"), "signed"));

        Assert.Equal([Code(2), Code(4)], list.Targets.Select(t => t.Customer));
        Assert.Equal([Code(3)], list.Candidates.Select(t => t.Customer));
        var won = Assert.Single(list.History, e => e.Kind == WantedListEventKind.Won);
        Assert.Equal((Code(1), "reza", Start.Plus(Duration.FromMinutes(60))), (won.Customer, won.By, won.At));
        Assert.Equal(Start.Plus(Duration.FromMinutes(60)), list.Targets[1].ListedAt);
        Assert.Equal([WantedListEventKind.Nominated, WantedListEventKind.Listed, WantedListEventKind.Won],
            list.HistoryOf(Code(1)).Select(e => e.Kind));
    }

    [Fact]
    public void Nominate_HigherPriorityWhenFull_WaitsForVacancy()
    {
        var list = new WantedList("top", capacity: 1);
        list.Nominate(Code(1), 1m, At(0));
        list.Nominate(Code(2), 99m, At(1));

        Assert.Equal([Code(1)], list.Targets.Select(t => t.Customer));
        Assert.True(list.Drop(Code(1), "no budget", At(2)));
        Assert.Equal([Code(2)], list.Targets.Select(t => t.Customer));
    }

    [Fact]
    public void Nominate_Twice_ReturnsFalse()
    {
        var list = new WantedList("top");
        Assert.True(list.Nominate(Code(1), 1m, At(0)));
        Assert.False(list.Nominate(Code(1), 5m, At(1)));
    }

    [Fact]
    public void Constructor_ZeroCapacity_ThrowsWithParameterName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new WantedList("x", 0));
        Assert.Equal("capacity", ex.ParamName);
    }

    // Operations: 0 nominate, 1 win, 2 drop; applied to customer T0..T14.
    [Property(MaxTest = 300)]
    public Property AnyOperations_ListIsFullWhileCandidatesRemainAndRanked() =>
        Prop.ForAll(Gen.Choose(1, 5).ToArbitrary(), Gen.Choose(0, 2).Zip(Gen.Choose(0, 14)).Zip(Gen.Choose(0, 20)).ListOf().ToArbitrary(), (capacity, ops) =>
        {
            var list = new WantedList("p", capacity);
            var minute = 0;
            foreach (var ((op, who), priority) in ops)
            {
                var stamp = At(minute++);
                _ = op switch
                {
                    0 => list.Nominate(Code(who), priority, stamp),
                    1 => list.MarkWon(Code(who), stamp),
                    _ => list.Drop(Code(who), "x", stamp),
                };
            }

            var active = list.Targets.Concat(list.Candidates).Select(t => t.Customer).ToArray();
            var ranked = list.Candidates.Zip(list.Candidates.Skip(1)).All(p => p.First.Priority >= p.Second.Priority);
            var won = list.History.Count(e => e.Kind == WantedListEventKind.Won);
            return list.Targets.Count == Math.Min(capacity, active.Length)
                && active.Distinct().Count() == active.Length
                && ranked
                && won == list.History.Count(e => e.Kind == WantedListEventKind.Won && list.HistoryOf(e.Customer).Any(h => h.Kind == WantedListEventKind.Listed));
        });
}
