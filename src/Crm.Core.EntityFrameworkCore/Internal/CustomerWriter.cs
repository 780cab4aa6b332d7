using Crm.Core.Customers;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>Copies a customer into its stored rows, reusing the rows already there (so EF Core updates rows in place,
/// appends new notes, interactions and history entries, and deletes only what the customer no longer has).</summary>
internal static class CustomerWriter
{
    public static void Write(Customer customer, CustomerRow row)
    {
        row.Code = customer.Code;
        row.Kind = customer.Kind;
        row.DisplayName = customer.DisplayName;
        row.CreatedBy = customer.Created.By;
        row.CreatedAt = customer.Created.At;
        row.Website = customer.Website?.ToString();
        row.AcquisitionChannel = customer.Acquisition?.Channel;
        (row.AcquisitionDate, row.AcquisitionDateCalendar) = Split(customer.Acquisition?.Date);
        row.Rank = customer.Rank;
        row.Owner = customer.Owner;
        row.SearchNames = NormalizedCustomerQuery.SearchableNames(customer);
        row.SearchRank = NormalizedCustomerQuery.Fold(customer.Rank);
        row.SearchChannel = NormalizedCustomerQuery.Fold(customer.Acquisition?.Channel);
        row.SearchOwner = NormalizedCustomerQuery.Fold(customer.Owner);
        switch (customer)
        {
            case Individual i:
                WriteProfile(i.Profile, row);
                break;
            case Company c:
                WriteProfile(c.Profile, row);
                Sync(row.Contacts, c.Contacts, static (r, x) =>
                {
                    r.Person = x.Person;
                    r.Role = x.Role;
                    r.Unit = x.Unit;
                    (var from, var fromCalendar) = Split(x.From);
                    r.From = from!.Value;
                    r.FromCalendar = fromCalendar!;
                    (r.To, r.ToCalendar) = Split(x.To);
                });
                break;
        }

        Sync(row.Phones, customer.Phones, static (r, x) => (r.Kind, r.Number, r.IsPrimary) = (x.Kind, x.Number, x.IsPrimary));
        Sync(row.Emails, customer.Emails, static (r, x) => (r.Address, r.SearchAddress) = (x, x.Value.ToUpperInvariant()));
        Sync(row.Addresses, customer.Addresses, static (r, x) =>
        {
            (r.Province, r.City, r.Street, r.PostalCode, r.IsPrimary) = (x.Province, x.City, x.Street, x.PostalCode, x.IsPrimary);
            (r.SearchProvince, r.SearchCity) = (NormalizedCustomerQuery.Fold(x.Province), NormalizedCustomerQuery.Fold(x.City));
        });
        Sync(row.Notes, customer.Notes, static (r, x) => (r.Author, r.At, r.Text) = (x.Author, x.At, x.Text));
        Sync(row.Interactions, customer.Interactions, static (r, x) =>
        {
            (r.Channel, r.Direction, r.At, r.Author, r.Summary, r.Outcome) = (x.Channel, x.Direction, x.At, x.Author, x.Summary, x.Outcome);
            (r.NextContact, r.NextContactCalendar) = Split(x.NextContact);
        });
        Sync(row.History, customer.History, static (r, x) =>
            (r.By, r.At, r.Field, r.OldValue, r.NewValue) = (x.Stamp.By, x.Stamp.At, x.Field, x.OldValue, x.NewValue));
        SyncLabels(row.Labels, customer);
        row.Segment ??= new SegmentColumns();
        row.Segment.Write(customer);
        row.Version++;
    }

    private static void WriteProfile(IndividualProfile p, CustomerRow row)
    {
        (row.FirstName, row.LastName, row.Gender, row.TitlePrefix) = (p.FirstName, p.LastName, p.Gender, p.TitlePrefix);
        (row.BirthCertificateNumber, row.NationalCode, row.FieldOfStudy) = (p.BirthCertificateNumber, p.NationalCode, p.FieldOfStudy);
        (row.EducationDegree, row.Sheba, row.BankCard) = (p.EducationDegree, p.Sheba, p.BankCard);
        (row.BirthDate, row.BirthDateCalendar) = Split(p.BirthDate);
        (row.MarriageDate, row.MarriageDateCalendar) = Split(p.MarriageDate);
    }

    private static void WriteProfile(CompanyProfile p, CustomerRow row)
    {
        (row.CompanyName, row.FieldOfActivity, row.LegalEntityId) = (p.Name, p.FieldOfActivity, p.LegalEntityId);
        (row.EconomicCode, row.Sheba, row.PoBox, row.BankCard) = (p.EconomicCode, p.Sheba, p.PoBox, p.BankCard);
        (row.EstablishmentDate, row.EstablishmentDateCalendar) = Split(p.EstablishmentDate);
    }

    private static (DateOnly? Date, string? Calendar) Split(NodaTime.LocalDate? date) =>
        date is { } d ? (StoredValues.IsoDate(d), d.Calendar.Id) : (null, null);

    private static void Sync<TRow, TItem>(List<TRow> rows, IReadOnlyList<TItem> items, Action<TRow, TItem> fill)
        where TRow : class, IPositioned, new()
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i == rows.Count)
            {
                rows.Add(new TRow { Position = i });
            }

            fill(rows[i], items[i]);
        }

        if (rows.Count > items.Count)
        {
            rows.RemoveRange(items.Count, rows.Count - items.Count);
        }
    }

    private static void SyncLabels(List<LabelRow> rows, Customer customer)
    {
        var wanted = customer.Groups.Select(g => (LabelRow.Group, g)).Concat(customer.Tags.Select(t => (LabelRow.Tag, t))).ToHashSet();
        rows.RemoveAll(r => !wanted.Contains((r.Kind, r.Value)));
        foreach (var (kind, value) in wanted.Except(rows.Select(r => (r.Kind, r.Value))).ToList())
        {
            rows.Add(new LabelRow
            {
                Kind = kind, Value = value, SearchValue = NormalizedCustomerQuery.Fold(value)!,
                Folded = Segmentation.Internal.CompiledCondition.FoldValue(value),
            });
        }
    }
}
