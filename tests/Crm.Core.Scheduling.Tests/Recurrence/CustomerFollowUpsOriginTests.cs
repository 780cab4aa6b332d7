using Crm.Core.Customers;
using Crm.Core.TestKit;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Recurrence;

/// <summary>Issue 14, point 7: a follow-up made from an interaction's next contact names that interaction by its id.</summary>
public sealed class CustomerFollowUpsOriginTests
{
    [Fact]
    public void Between_NextContact_NamesTheInteractionById()
    {
        var customer = SomeCustomers.Individual("C-7");
        var next = new LocalDate(1405, 2, 10, CalendarSystem.PersianAstronomical);
        var logged = new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, Some.Instant, "reza", "پیش‌فاکتور", nextContact: next);
        var given = new Interaction(InteractionChannel.Email, InteractionDirection.Inbound, Some.Instant + Duration.FromHours(1), "reza", "پاسخ",
            nextContact: next.PlusDays(3), id: "CRM-4711");
        customer.LogInteraction(logged);
        customer.LogInteraction(given);

        var followUps = CustomerFollowUps.Between([customer], next.PlusDays(-1), next.PlusDays(5), _ => "reza");

        Assert.Equal([logged.Id, "CRM-4711"], followUps.Where(f => f.Origin == FollowUpOrigin.Interaction).Select(f => f.OriginId));
        Assert.All(followUps.Where(f => f.Origin == FollowUpOrigin.Interaction), f => Assert.StartsWith("C-7-next-", f.Id, StringComparison.Ordinal));
    }
}
