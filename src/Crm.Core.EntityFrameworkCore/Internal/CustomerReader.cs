using System.Reflection;
using Crm.Core.Customers;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// Rebuilds a <see cref="Customer"/> from its stored rows without recording a new history entry. The customer model
/// has no public way to do that yet (its constructors are private and every public method appends to the history),
/// so this sets the private state the constructors and methods would have set; the round-trip property tests fail
/// if the model's private shape changes.
/// </summary>
internal static class CustomerReader
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;

    private static readonly ConstructorInfo IndividualConstructor = typeof(Individual).GetConstructor(
        Private, [typeof(CustomerCode), typeof(IndividualProfile), typeof(ChangeStamp)]) ?? throw Missing("Individual(code, profile, created)");

    private static readonly ConstructorInfo CompanyConstructor = typeof(Company).GetConstructor(
        Private, [typeof(CustomerCode), typeof(CompanyProfile), typeof(ChangeStamp)]) ?? throw Missing("Company(code, profile, created)");

    private static readonly FieldInfo Phones = Field(typeof(Customer), "_phones");
    private static readonly FieldInfo Emails = Field(typeof(Customer), "_emails");
    private static readonly FieldInfo Addresses = Field(typeof(Customer), "_addresses");
    private static readonly FieldInfo Groups = Field(typeof(Customer), "_groups");
    private static readonly FieldInfo Tags = Field(typeof(Customer), "_tags");
    private static readonly FieldInfo Notes = Field(typeof(Customer), "_notes");
    private static readonly FieldInfo Interactions = Field(typeof(Customer), "_interactions");
    private static readonly FieldInfo History = Field(typeof(Customer), "_history");
    private static readonly FieldInfo Contacts = Field(typeof(Company), "_contacts");

    public static Customer Read(CustomerRow row)
    {
        var created = new ChangeStamp(row.CreatedBy, row.CreatedAt);
        Customer customer = row.Kind switch
        {
            CustomerKind.Individual => (Individual)IndividualConstructor.Invoke([row.Code, IndividualProfileOf(row), created]),
            CustomerKind.Company => (Company)CompanyConstructor.Invoke([row.Code, CompanyProfileOf(row), created]),
            _ => throw new InvalidOperationException($"Customer '{row.Code}' has unknown kind '{row.Kind}'."),
        };

        Set(customer, nameof(Customer.Website), row.Website is null ? null : new Uri(row.Website, UriKind.Absolute));
        Set(customer, nameof(Customer.Acquisition), row.AcquisitionChannel is null
            ? null
            : new AcquisitionChannel(row.AcquisitionChannel, StoredValues.Date(row.AcquisitionDate, row.AcquisitionDateCalendar)!.Value));
        Set(customer, nameof(Customer.Rank), row.Rank);
        Set(customer, nameof(Customer.Owner), row.Owner);
        var phones = Get<List<ContactPhone>>(customer, Phones);
        phones.AddRange(row.Phones.OrderBy(p => p.Position).Select(p => new ContactPhone(p.Kind, p.Number, p.IsPrimary)));
        var emails = Get<List<EmailAddress>>(customer, Emails);
        emails.AddRange(row.Emails.OrderBy(p => p.Position).Select(p => p.Address));
        var addresses = Get<List<PostalAddress>>(customer, Addresses);
        addresses.AddRange(row.Addresses.OrderBy(p => p.Position).Select(a => new PostalAddress(a.Province, a.City, a.Street, a.PostalCode, a.IsPrimary)));
        var groups = Get<SortedSet<string>>(customer, Groups);
        groups.UnionWith(row.Labels.Where(l => l.Kind == LabelRow.Group).Select(l => l.Value));
        var tags = Get<SortedSet<string>>(customer, Tags);
        tags.UnionWith(row.Labels.Where(l => l.Kind == LabelRow.Tag).Select(l => l.Value));
        var notes = Get<List<BehaviouralNote>>(customer, Notes);
        notes.AddRange(row.Notes.OrderBy(p => p.Position).Select(n => new BehaviouralNote(n.Author, n.At, n.Text)));
        var interactions = Get<List<Interaction>>(customer, Interactions);
        interactions.AddRange(row.Interactions.OrderBy(p => p.Position).Select(i => new Interaction(
            i.Channel, i.Direction, i.At, i.Author, i.Summary, i.Outcome, StoredValues.Date(i.NextContact, i.NextContactCalendar))));
        var history = Get<List<CustomerChange>>(customer, History);
        history.AddRange(row.History.OrderBy(p => p.Position).Select(h => new CustomerChange(new ChangeStamp(h.By, h.At), h.Field, h.OldValue, h.NewValue)));
        if (customer is Company company)
        {
            var contacts = Get<List<CompanyContact>>(company, Contacts);
            contacts.AddRange(row.Contacts.OrderBy(p => p.Position).Select(c => new CompanyContact(
                c.Person, c.Role, c.Unit, StoredValues.Date(c.From, c.FromCalendar), StoredValues.Date(c.To, c.ToCalendar))));
        }

        return customer;
    }

    private static IndividualProfile IndividualProfileOf(CustomerRow row) => new()
    {
        FirstName = row.FirstName,
        LastName = row.LastName ?? throw new InvalidOperationException($"Individual customer '{row.Code}' has no last_name."),
        Gender = row.Gender ?? Gender.Unspecified,
        TitlePrefix = row.TitlePrefix,
        BirthCertificateNumber = row.BirthCertificateNumber,
        NationalCode = row.NationalCode,
        BirthDate = StoredValues.Date(row.BirthDate, row.BirthDateCalendar),
        MarriageDate = StoredValues.Date(row.MarriageDate, row.MarriageDateCalendar),
        FieldOfStudy = row.FieldOfStudy,
        Sheba = row.Sheba,
        EducationDegree = row.EducationDegree ?? EducationDegree.Unspecified,
    };

    private static CompanyProfile CompanyProfileOf(CustomerRow row) => new()
    {
        Name = row.CompanyName ?? throw new InvalidOperationException($"Company customer '{row.Code}' has no company_name."),
        FieldOfActivity = row.FieldOfActivity,
        EstablishmentDate = StoredValues.Date(row.EstablishmentDate, row.EstablishmentDateCalendar),
        LegalEntityId = row.LegalEntityId,
        EconomicCode = row.EconomicCode,
        Sheba = row.Sheba,
        PoBox = row.PoBox,
    };

    private static T Get<T>(object target, FieldInfo field) => (T)field.GetValue(target)!;

    private static void Set(Customer customer, string property, object? value) =>
        typeof(Customer).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(customer, value);

    private static FieldInfo Field(Type type, string name) => type.GetField(name, Private) ?? throw Missing($"{type.Name}.{name}");

    private static InvalidOperationException Missing(string what) =>
        new($"The customer model no longer has {what}; update Crm.Core.EntityFrameworkCore's CustomerReader.");
}
