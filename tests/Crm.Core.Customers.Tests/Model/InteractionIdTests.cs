using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Customers.Tests.Model;

/// <summary>Issue 14, point 7: interactions have ids, so a follow-up can name the entry it came from.</summary>
public sealed class InteractionIdTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 4, 21, 6, 30, 15) + Duration.FromTicks(1234567);

    [Fact]
    public void Id_MadeFromTheEntry_IsTheInstantAndAHash()
    {
        var entry = new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "پیگیری سفارش");

        Assert.Matches("^i-20260421T0630151234567-[0-9a-f]{8}$", entry.Id);
        Assert.Equal(entry.Id, new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "پیگیری سفارش").Id);
        Assert.Equal(entry, new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "پیگیری سفارش"));
        Assert.Equal(entry.Id, (entry with { }).Id);   // a copy keeps its id
        Assert.StartsWith("Interaction { Id = i-20260421T063015", entry.ToString(), StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property Id_MadeFromTheEntry_DiffersWhenAnyFieldDiffers() =>
        Prop.ForAll(Gen.Choose(0, 5).ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (field, n) =>
        {
            var a = new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "summary", "outcome", new LocalDate(2026, 5, 1));
            var b = field switch
            {
                0 => new Interaction(InteractionChannel.Email, InteractionDirection.Outbound, At, "reza", "summary", "outcome", new LocalDate(2026, 5, 1)),
                1 => new Interaction(InteractionChannel.Call, InteractionDirection.Inbound, At, "reza", "summary", "outcome", new LocalDate(2026, 5, 1)),
                2 => new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At + Duration.FromTicks(n), "reza", "summary", "outcome", new LocalDate(2026, 5, 1)),
                3 => new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "summary " + n, "outcome", new LocalDate(2026, 5, 1)),
                4 => new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "summary", "outcome " + n, new LocalDate(2026, 5, 1)),
                _ => new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "summary", "outcome", new LocalDate(2026, 5, 1).PlusDays(n)),
            };
            return a.Id != b.Id;
        });

    [Fact]
    public void Id_SameDayInEitherCalendar_GivesTheSameId()
    {
        var iso = new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "s", nextContact: new LocalDate(2026, 5, 1));
        var persian = new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "s",
            nextContact: new LocalDate(2026, 5, 1).WithCalendar(CalendarSystem.PersianAstronomical));

        Assert.Equal(iso.Id, persian.Id);
    }

    [Fact]
    public void Id_MadeFromTheEntry_WorksForAnyInstant()
    {
        var early = new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, Instant.FromUtc(1, 1, 1, 0, 0) - Duration.FromDays(400), "reza", "s");
        var late = new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, Instant.MaxValue, "reza", "s");

        Assert.StartsWith("i-", early.Id, StringComparison.Ordinal);
        Assert.StartsWith("i-9999", late.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CRM-4711")]
    [InlineData("crm:call/2026.04.21_7")]
    public void Id_Given_IsKeptTrimmed(string id)
    {
        Assert.Equal(id, new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "s", id: " " + id + " ").Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("تماس-۱")]
    [InlineData("a b")]
    public void Id_Invalid_IsRejectedNamingTheValue(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "s", id: id));
        Assert.Equal("id", error.ParamName);
        Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_LongerThan64_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "s", id: new string('x', 65)));
        Assert.Equal(64, new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "s", id: new string('x', 64)).Id.Length);
    }

    [Fact]
    public void LogInteraction_SameIdTwice_IsRejectedAndTheLogKeepsOne()
    {
        var customer = SomeCustomers.Individual();
        var entry = new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "s");
        customer.LogInteraction(entry);
        var history = customer.History.Count;

        var again = Assert.Throws<ArgumentException>(() => customer.LogInteraction(entry));
        var reused = Assert.Throws<ArgumentException>(() =>
            customer.LogInteraction(new Interaction(InteractionChannel.Email, InteractionDirection.Inbound, At, "sara", "other", id: entry.Id)));

        Assert.Contains(entry.Id, again.Message, StringComparison.Ordinal);
        Assert.Contains(entry.Id, reused.Message, StringComparison.Ordinal);
        Assert.Single(customer.Interactions);
        Assert.Equal(history, customer.History.Count);
        customer.LogInteraction(new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, At, "reza", "other"));
        Assert.Equal(2, customer.Interactions.Select(i => i.Id).Distinct().Count());
    }
}
