using Crm.Core.Customers;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// Rebuilds a <see cref="Customer"/> from its stored rows through the model's public rehydration API
/// (<see cref="Individual.Rehydrate"/>, <see cref="Company.Rehydrate"/>): no new history entry is recorded.
/// </summary>
internal static class CustomerReader
{
    public static Customer Read(CustomerRow row)
    {
        var state = new CustomerState
        {
            Code = row.Code,
            Created = new ChangeStamp(row.CreatedBy, row.CreatedAt),
            Website = row.Website is null ? null : new Uri(row.Website, UriKind.Absolute),
            Acquisition = row.AcquisitionChannel is null
                ? null
                : new AcquisitionChannel(row.AcquisitionChannel, StoredValues.Date(row.AcquisitionDate, row.AcquisitionDateCalendar)!.Value),
            Rank = row.Rank,
            Owner = row.Owner,
            Phones = [.. row.Phones.OrderBy(p => p.Position).Select(p => new ContactPhone(p.Kind, p.Number, p.IsPrimary))],
            Emails = [.. row.Emails.OrderBy(p => p.Position).Select(p => p.Address)],
            Addresses = [.. row.Addresses.OrderBy(p => p.Position).Select(a => new PostalAddress(a.Province, a.City, a.Street, a.PostalCode, a.IsPrimary))],
            Groups = [.. row.Labels.Where(l => l.Kind == LabelRow.Group).Select(l => l.Value)],
            Tags = [.. row.Labels.Where(l => l.Kind == LabelRow.Tag).Select(l => l.Value)],
            Notes = [.. row.Notes.OrderBy(p => p.Position).Select(n => new BehaviouralNote(n.Author, n.At, n.Text))],
            Interactions = [.. row.Interactions.OrderBy(p => p.Position).Select(i => new Interaction(
                i.Channel, i.Direction, i.At, i.Author, i.Summary, i.Outcome, StoredValues.Date(i.NextContact, i.NextContactCalendar), i.EntryId))],
            History = [.. row.History.OrderBy(p => p.Position).Select(h => new CustomerChange(new ChangeStamp(h.By, h.At), h.Field, h.OldValue, h.NewValue))],
        };
        return row.Kind switch
        {
            CustomerKind.Individual => Individual.Rehydrate(IndividualProfileOf(row), state),
            CustomerKind.Company => Company.Rehydrate(CompanyProfileOf(row), [.. row.Contacts.OrderBy(p => p.Position).Select(c => new CompanyContact(
                c.Person, c.Role, c.Unit, StoredValues.Date(c.From, c.FromCalendar), StoredValues.Date(c.To, c.ToCalendar)))], state),
            _ => throw new InvalidOperationException($"Customer '{row.Code}' has unknown kind '{row.Kind}'."),
        };
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
        BankCard = row.BankCard,
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
        BankCard = row.BankCard,
        PoBox = row.PoBox,
    };
}
