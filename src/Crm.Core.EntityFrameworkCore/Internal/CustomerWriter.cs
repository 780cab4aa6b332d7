using Crm.Core.Customers;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>Copies a customer into its stored rows, reusing the rows already there (so EF Core updates rows in place,
/// appends new notes, interactions and history entries, and deletes only what the customer no longer has).</summary>
/// <remarks>
/// Notes, interactions and history entries are append-only. When the customer was loaded from the store, only its
/// pending ones (<see cref="Customer.PendingChanges"/>) are written, after whatever the stored lists hold by then, so
/// entries another writer appended meanwhile are kept, never overwritten or deleted.
/// </remarks>
internal static class CustomerWriter
{
    /// <summary>The history field of an added note, and of a logged interaction (each adds exactly one entry).</summary>
    private const string NotesField = "notes";
    private const string InteractionsField = "interactions";

    /// <summary>Whether every pending change only appends (notes and interactions), so the save needs no version check.</summary>
    public static bool OnlyAppends(IReadOnlyList<CustomerChange> pending) =>
        pending.All(c => c.Field is NotesField or InteractionsField);

    /// <summary>Writes the whole customer; the append-only lists are rewritten by position (a new or unknown customer).</summary>
    public static void Write(Customer customer, CustomerRow row) => Write(customer, row, null);

    /// <summary>Writes the whole customer; of the append-only lists, only the <paramref name="pending"/> entries are
    /// appended after what is stored (a customer loaded from the store).</summary>
    public static void Write(Customer customer, CustomerRow row, IReadOnlyList<CustomerChange>? pending)
    {
        var storedLast = row.Segment?.LastInteractionAt;
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
        if (pending is null)
        {
            Sync(row.Notes, customer.Notes, FillNote);
            Sync(row.Interactions, customer.Interactions, FillInteraction);
            Sync(row.History, customer.History, FillHistory);
        }

        SyncLabels(row.Labels, customer);
        row.Segment ??= new SegmentColumns();
        row.Segment.Write(customer);
        if (pending is not null)
        {
            Append(customer, row, pending, storedLast);
        }

        row.Version++;
    }

    /// <summary>Appends the customer's pending notes, interactions and history entries after the stored ones, and
    /// nothing else: the version is not changed, so appends by concurrent writers never conflict.</summary>
    public static void Append(Customer customer, CustomerRow row, IReadOnlyList<CustomerChange> pending) =>
        Append(customer, row, pending, row.Segment?.LastInteractionAt);

    private static void Append(Customer customer, CustomerRow row, IReadOnlyList<CustomerChange> pending, NodaTime.Instant? storedLast)
    {
        AppendTail(row.Notes, customer.Notes, pending.Count(c => c.Field == NotesField), FillNote);
        AppendTail(row.Interactions, customer.Interactions, pending.Count(c => c.Field == InteractionsField), FillInteraction);
        AppendTail(row.History, customer.History, pending.Count, FillHistory);

        // The last interaction of the stored rows and this customer's: another writer's interactions count too.
        var mine = customer.LastInteractionAt is { } at ? StoredValues.Truncate(at) : (NodaTime.Instant?)null;
        var last = storedLast is null || (mine is not null && mine > storedLast) ? mine : storedLast;
        if (last != row.Segment?.LastInteractionAt)
        {
            row.Segment ??= new SegmentColumns();
            row.Segment.LastInteractionAt = last;
        }
    }

    private static void FillNote(NoteRow r, BehaviouralNote x) => (r.Author, r.At, r.Text) = (x.Author, x.At, x.Text);

    private static void FillInteraction(InteractionRow r, Interaction x)
    {
        (r.Channel, r.Direction, r.At, r.Author, r.Summary, r.Outcome, r.EntryId) = (x.Channel, x.Direction, x.At, x.Author, x.Summary, x.Outcome, x.Id);
        (r.NextContact, r.NextContactCalendar) = Split(x.NextContact);
    }

    private static void FillHistory(ChangeRow r, CustomerChange x) =>
        (r.By, r.At, r.Field, r.OldValue, r.NewValue) = (x.Stamp.By, x.Stamp.At, x.Field, x.OldValue, x.NewValue);

    /// <summary>Adds the last <paramref name="count"/> items as new rows after the highest stored position.</summary>
    private static void AppendTail<TRow, TItem>(List<TRow> rows, IReadOnlyList<TItem> items, int count, Action<TRow, TItem> fill)
        where TRow : class, IPositioned, new()
    {
        var next = rows.Count == 0 ? 0 : rows.Max(r => r.Position) + 1;
        for (var i = items.Count - count; i < items.Count; i++)
        {
            var added = new TRow { Position = next++ };
            fill(added, items[i]);
            rows.Add(added);
        }
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
