using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Segmentation.Tests.Support;

/// <summary>Builds customers for segment tests.</summary>
internal static class People
{
    public static readonly ChangeStamp Stamp = new("tester", Crm.Core.TestKit.Some.Instant);

    public static Individual Person(
        string code, string lastName, string? firstName = null, string? city = null, string[]? tags = null,
        LocalDate? birthDate = null, string? channel = null, LocalDate? acquired = null, string? owner = null,
        Instant? lastInteraction = null, Gender gender = Gender.Unspecified)
    {
        var person = Individual.Create(CustomerCode.Parse(code), new IndividualProfile
        {
            FirstName = firstName, LastName = lastName, BirthDate = birthDate, Gender = gender,
        }, Stamp);
        Decorate(person, city, tags, channel, acquired, owner, lastInteraction);
        return person;
    }

    public static Company Firm(string code, string name, string? city = null, string[]? tags = null, LocalDate? established = null)
    {
        var firm = Company.Create(CustomerCode.Parse(code), new CompanyProfile { Name = name, EstablishmentDate = established }, Stamp);
        Decorate(firm, city, tags, null, null, null, null);
        return firm;
    }

    private static void Decorate(Customer c, string? city, string[]? tags, string? channel, LocalDate? acquired, string? owner, Instant? lastInteraction)
    {
        if (city is not null)
        {
            c.AddAddress(new PostalAddress("تهران", city, null), Stamp);
        }

        foreach (var tag in tags ?? [])
        {
            c.AddTag(tag, Stamp);
        }

        if (channel is not null)
        {
            c.SetAcquisition(new AcquisitionChannel(channel, acquired ?? new LocalDate(2025, 1, 1)), CustomerCatalog.Unrestricted, Stamp);
        }

        if (owner is not null)
        {
            c.AssignOwner(owner, Stamp);
        }

        if (lastInteraction is { } at)
        {
            c.LogInteraction(new Interaction(InteractionChannel.Call, InteractionDirection.Inbound, at, "agent", "call"));
        }
    }

    public static SegmentCondition When(string field, SegmentOperator op, params string[] values) => new(field, op, values);

    public static SegmentDefinition Define(SegmentNode condition) => new("test", null, 1, condition);
}
