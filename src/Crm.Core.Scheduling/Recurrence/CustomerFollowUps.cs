using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.Scheduling.Internal;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// Turns what customer records already say into follow-ups for a period, in one call: each interaction's agreed next
/// contact (<see cref="Interaction.NextContact"/>) and each individual's birthday and marriage anniversary.
/// </summary>
/// <remarks>
/// Ids are stable, so running the same period twice gives the same follow-ups and a host can de-duplicate against what it
/// already planned: <c>CODE-next-UNIXMILLISECONDS</c> for a next contact (the interaction's time, kept so that follow-ups
/// planned by earlier versions are still recognised; the interaction's own <see cref="Interaction.Id"/> is the
/// follow-up's <see cref="FollowUp.OriginId"/>) and <see cref="Occasion.ToFollowUp"/>'s <c>CODE-birthday-YEAR</c> /
/// <c>CODE-marriage-YEAR</c> for occasions.
/// </remarks>
public static class CustomerFollowUps
{
    /// <summary>Returns the follow-ups due from <paramref name="from"/> to <paramref name="to"/> (both included).</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="from">The first day, in any calendar.</param>
    /// <param name="to">The last day, in any calendar.</param>
    /// <param name="owner">Chooses the member of staff for a customer (for example from its owner field or a round-robin).</param>
    /// <returns>
    /// Next contacts first (kind from the interaction's channel: a meeting stays a meeting, e-mail an e-mail, SMS and
    /// chat a message, otherwise a call; the note quotes the interaction's outcome or summary), then occasions, each in
    /// customer order and by date.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> or <paramref name="owner"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>, or <paramref name="owner"/>
    /// returns a blank name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the Persian calendar.</exception>
    public static IReadOnlyList<FollowUp> Between(IEnumerable<Customer> customers, LocalDate from, LocalDate to, Func<Customer, string> owner)
    {
        Guard.Against.Null(customers);
        Guard.Against.Null(owner);
        var start = PersianDates.Checked(from, nameof(from));
        var end = PersianDates.Checked(to, nameof(to));
        if (end < start)
        {
            throw new ArgumentException($"The period ends ({PersianDateFormat.Format(end)}) before it starts ({PersianDateFormat.Format(start)}).", nameof(to));
        }

        var nextContacts = new List<FollowUp>();
        var occasions = new List<FollowUp>();
        foreach (var customer in customers)
        {
            string? staff = null;
            string Staff() => staff ??= owner(customer) is { Length: > 0 } name && !string.IsNullOrWhiteSpace(name)
                ? name
                : throw new ArgumentException($"The owner chosen for customer {customer.Code} is blank.", nameof(owner));
            var code = customer.Code;
            foreach (var interaction in customer.Interactions)
            {
                if (interaction.NextContact is not { } next || !SolarHijri.Contains(next))
                {
                    continue;
                }

                var due = SolarHijri.From(next);
                if (due < start || due > end)
                {
                    continue;
                }

                var id = string.Create(CultureInfo.InvariantCulture, $"{code.Value}-next-{interaction.At.ToUnixTimeMilliseconds()}");
                nextContacts.Add(new FollowUp(id, code, Staff(), due, KindOf(interaction.Channel), note: interaction.Outcome ?? interaction.Summary,
                    origin: FollowUpOrigin.Interaction, originId: interaction.Id));
            }

            if (customer is Individual individual)
            {
                AddOccasions(occasions, code, individual.Profile.BirthDate, OccasionKind.Birthday, start, end, Staff);
                AddOccasions(occasions, code, individual.Profile.MarriageDate, OccasionKind.MarriageAnniversary, start, end, Staff);
            }
        }

        return [.. nextContacts.OrderBy(f => f.CustomerId).ThenBy(f => f.Due.WithCalendar(CalendarSystem.Iso)),
            .. occasions.OrderBy(f => f.CustomerId).ThenBy(f => f.Due.WithCalendar(CalendarSystem.Iso))];
    }

    private static void AddOccasions(List<FollowUp> into, CustomerCode code, LocalDate? date, OccasionKind kind, LocalDate start, LocalDate end, Func<string> owner)
    {
        if (date is not { } original || !SolarHijri.Contains(original))
        {
            return;
        }

        foreach (var occasion in Occasions.Between(code, original, kind, start, end))
        {
            into.Add(occasion.ToFollowUp(owner()));
        }
    }

    private static FollowUpKind KindOf(InteractionChannel channel) => channel switch
    {
        InteractionChannel.Meeting => FollowUpKind.Meeting,
        InteractionChannel.Email => FollowUpKind.Email,
        InteractionChannel.Sms or InteractionChannel.Chat => FollowUpKind.Message,
        _ => FollowUpKind.Call,
    };
}
