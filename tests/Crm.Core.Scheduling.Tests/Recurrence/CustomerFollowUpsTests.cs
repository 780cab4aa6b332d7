using Crm.Core.Customers;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Recurrence;

/// <summary>Issue 14's seam: one call turns next-contact dates and occasions in customer records into follow-ups.</summary>
public class CustomerFollowUpsTests
{
    private static readonly ChangeStamp Stamp = new("reza", Instant.FromUtc(2026, 3, 21, 6, 0));

    private static Individual Person(string code, LocalDate? birth = null) =>
        Individual.Create(CustomerCode.Parse(code), new IndividualProfile { LastName = "احمدی", BirthDate = birth }, Stamp);

    private static Interaction Talk(InteractionChannel channel, int minute, LocalDate? next, string? outcome = null) =>
        new(channel, InteractionDirection.Inbound, Instant.FromUtc(2026, 3, 21, 7, minute), "reza", "asked about the invoice", outcome, next);

    [Fact]
    public void Between_NextContactsAndBirthday_BecomeFollowUpsWithStableIds()
    {
        var sara = Person("C-1", SolarHijri.Date(1370, 2, 10));
        sara.LogInteraction(Talk(InteractionChannel.Meeting, 1, SolarHijri.Date(1405, 2, 5), "wants a price list"));
        sara.LogInteraction(Talk(InteractionChannel.Call, 2, SolarHijri.Date(1405, 4, 1)));
        sara.LogInteraction(Talk(InteractionChannel.Chat, 3, null));

        var followUps = CustomerFollowUps.Between([sara], SolarHijri.Date(1405, 2, 1), SolarHijri.Date(1405, 2, 31), _ => "sara");

        Assert.Equal(2, followUps.Count);
        var next = followUps[0];
        Assert.Equal((CustomerCode.Parse("C-1"), "sara", SolarHijri.Date(1405, 2, 5), FollowUpKind.Meeting, FollowUpOrigin.Interaction, "wants a price list"),
            (next.CustomerId, next.Owner, next.Due, next.Kind, next.Origin, next.Note));
        Assert.Equal($"C-1-next-{Instant.FromUtc(2026, 3, 21, 7, 1).ToUnixTimeMilliseconds()}", next.Id);
        var birthday = followUps[1];
        Assert.Equal(("C-1-birthday-1405", SolarHijri.Date(1405, 2, 10), FollowUpKind.Congratulation, FollowUpOrigin.Occasion),
            (birthday.Id, birthday.Due, birthday.Kind, birthday.Origin));
        Assert.Equal(followUps.Select(f => f.Id), CustomerFollowUps.Between([sara], SolarHijri.Date(1405, 2, 1), SolarHijri.Date(1405, 2, 31), _ => "sara").Select(f => f.Id));
    }

    [Fact]
    public void Between_ReversedPeriodOrBlankOwner_IsAnError()
    {
        var sara = Person("C-1");
        sara.LogInteraction(Talk(InteractionChannel.Call, 1, SolarHijri.Date(1405, 2, 5)));

        Assert.Throws<ArgumentException>(() => CustomerFollowUps.Between([sara], SolarHijri.Date(1405, 3, 1), SolarHijri.Date(1405, 2, 1), _ => "sara"));
        Assert.Throws<ArgumentException>(() => CustomerFollowUps.Between([sara], SolarHijri.Date(1405, 1, 1), SolarHijri.Date(1405, 12, 29), _ => " "));
    }

    [Property(MaxTest = 200)]
    public Property Between_EveryNextContactInThePeriod_ExactlyOnce()
    {
        var gen = from customers in Gen.Choose(1, 6)
                  from offsets in Gen.Choose(-60, 120).ArrayOf().Where(a => a.Length <= 12)
                  from length in Gen.Choose(0, 90)
                  select (Customers: customers, Offsets: offsets, Length: length);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            var start = SolarHijri.Date(1405, 1, 1);
            var end = start.PlusDays(p.Length);
            var people = Enumerable.Range(1, p.Customers).Select(i => Person($"C-{i}")).ToArray();
            for (var k = 0; k < p.Offsets.Length; k++)
            {
                people[k % people.Length].LogInteraction(Talk(InteractionChannel.Call, k, start.PlusDays(p.Offsets[k])));
            }

            var followUps = CustomerFollowUps.Between(people, start, end, c => "owner-" + c.Code.Value);
            var expected = p.Offsets.Count(o => o >= 0 && o <= p.Length);
            return (followUps.Count == expected
                    && followUps.All(f => f.Due >= start && f.Due <= end && f.Owner == "owner-" + f.CustomerId && f.Origin == FollowUpOrigin.Interaction)
                    && followUps.Select(f => f.Id).Distinct().Count() == followUps.Count)
                .Label($"{followUps.Count} follow-ups, {expected} expected");
        });
    }
}
