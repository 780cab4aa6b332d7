using System.Diagnostics;
using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.EntityFrameworkCore;
using Crm.Core.Segmentation;
using Crm.Sample.Host.DemoData;
using Crm.Sample.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Crm.Sample.Host.Report;

/// <summary>
/// The demo's embedded database: the generated customers and purchases stored in a SQLite file through the same
/// registrations an application makes (<c>AddDbContext</c> with the library's <see cref="CrmDbContext"/>, the EF Core
/// customer and purchase stores), and the RFM scores computed there by SQL, for the report to use.
/// </summary>
internal static class DemoDatabase
{
    /// <summary>What was stored and what the database computed.</summary>
    public sealed record Stored(string Path, int Customers, long Purchases, RfmResult Rfm, TimeSpan Elapsed)
    {
        /// <summary>Gets the provider the data went to.</summary>
        public string Provider { get; init; } = "sqlite";

        /// <summary>Gets the line describing a search run in the database.</summary>
        public string? Search { get; init; }

        /// <summary>Gets the line describing a rule segment evaluated in the database.</summary>
        public string? Segment { get; init; }
    }

    /// <summary>Creates (or recreates) the SQLite file <paramref name="path"/> and stores everything in it.</summary>
    public static Task<Stored> StoreAsync(string path, IReadOnlyList<SyntheticCustomer> customers, IReadOnlyList<Purchase> purchases, LocalDate asOf,
        RfmSegmentMap? map, Instant now, CancellationToken cancellationToken) =>
        StoreAsync(new HostDatabase("sqlite", $"Data Source={path};Pooling=False"), path, customers, purchases, asOf, map, now, cancellationToken, ownFile: true);

    /// <summary>
    /// Stores everything in <paramref name="database"/>: the demo's own SQLite file (<paramref name="ownFile"/>) is recreated; any other database
    /// gets the library's tables when they are missing and must hold no customer yet (the demo never deletes data it
    /// did not write).
    /// </summary>
    /// <exception cref="DemoDatabaseNotEmptyException">The database already holds customers.</exception>
    public static async Task<Stored> StoreAsync(HostDatabase database, string name, IReadOnlyList<SyntheticCustomer> customers, IReadOnlyList<Purchase> purchases,
        LocalDate asOf, RfmSegmentMap? map, Instant now, CancellationToken cancellationToken, bool ownFile = false)
    {
        var clock = Stopwatch.StartNew();
        var services = new ServiceCollection()
            .AddScoped(_ => database.CreateContext())
            .AddCrmEntityFrameworkCore<CrmDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<EfCoreCustomerStore>();
        if (!ownFile)
        {
            await HostDatabase.EnsureSchemaAsync(context, cancellationToken).ConfigureAwait(false);
            var already = await store.CountAsync(cancellationToken).ConfigureAwait(false);
            if (already > 0)
            {
                throw new DemoDatabaseNotEmptyException(string.Create(CultureInfo.InvariantCulture,
                    $"--connection: the database already holds {already:#,0} customers; the demo stores its generated data only in a database without customers (it never deletes data it did not write)"));
            }
        }
        else
        {
            await context.Database.EnsureDeletedAsync(cancellationToken).ConfigureAwait(false);
            await context.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }

        var stamp = new ChangeStamp("demo", now);
        var firstPurchase = new Dictionary<CustomerCode, LocalDate>();
        foreach (var p in purchases)
        {
            if (!firstPurchase.TryGetValue(p.CustomerId, out var seen) || p.Date < seen)
            {
                firstPurchase[p.CustomerId] = p.Date;
            }
        }

        IEnumerable<Customer> People()
        {
            Individual? lastPerson = null;
            foreach (var c in customers)
            {
                var customer = ToCustomer(c, lastPerson, asOf, stamp);
                if (customer is Individual person)
                {
                    lastPerson = person;
                }

                if (firstPurchase.TryGetValue(customer.Code, out var first))
                {
                    customer.SetAcquisition(new AcquisitionChannel(c.Channel, first), CustomerCatalog.Unrestricted, stamp);   // the generator's channels, whatever is configured
                }

                yield return customer;
            }
        }

        // One transaction for the whole load (SQLite then syncs the file once), customers in batched inserts.
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = await store.AddRangeAsync(People(), 1000, null, cancellationToken).ConfigureAwait(false);
        var purchaseStore = scope.ServiceProvider.GetRequiredService<EfCorePurchaseStore>();
        var written = await purchaseStore.AddAsync(purchases, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var rfm = await purchaseStore.ScoreRfmAsync(asOf, map, cancellationToken).ConfigureAwait(false);
        var someone = customers.Skip(customers.Count / 2).FirstOrDefault(c => !c.IsCompany);
        var search = someone is null ? null : await SearchAsync(scope.ServiceProvider.GetRequiredService<ICustomerSearch>(), someone, cancellationToken).ConfigureAwait(false);
        var segment = await new EfCoreSegmentQuery(context).EvaluateAsync(SegmentDefinitionJson.Parse(SocialRepeatBuyers), new SegmentContext(asOf, SegmentContext.Tehran), map, cancellationToken)
            .ConfigureAwait(false);
        return new Stored(name, checked((int)added.Added), written, rfm, clock.Elapsed)
        {
            Provider = database.Provider,
            Search = search,
            Segment = string.Create(CultureInfo.InvariantCulture,
                $"Rule segment '{segment.SegmentName}' evaluated in the database (acquired on instagram or telegram, 3+ purchases, R score 4+): {segment.Count:#,0} customers"),
        };
    }

    /// <summary>
    /// Builds the customer aggregate of a generated customer through the model's own methods: an individual's profile
    /// (national code, birth date, gender) or a company's (legal-entity ID, economic code, Sheba) with its contact
    /// person in a role and unit; the mobile as primary phone and a landline; the address in the province's capital; the
    /// owner; a behavioural note; and the last conversation, in the interaction log with its agreed next contact.
    /// </summary>
    /// <param name="c">The generated customer.</param>
    /// <param name="lastPerson">The individual generated last: a company's contact person.</param>
    /// <param name="asOf">The demo's day (ISO); conversations are dated before it, next contacts after it.</param>
    /// <param name="stamp">Who records the changes and when.</param>
    internal static Customer ToCustomer(SyntheticCustomer c, Individual? lastPerson, LocalDate asOf, ChangeStamp stamp)
    {
        var code = CustomerCode.Parse(c.Code);
        Customer customer;
        if (c.IsCompany)
        {
            var company = Company.Create(code, new CompanyProfile
            {
                Name = c.CompanyName,
                LegalEntityId = LegalEntityId.Parse(c.LegalEntityId),
                EconomicCode = EconomicCode.Parse(c.EconomicCode),
                Sheba = Sheba.Parse(c.Sheba),
            }, stamp);
            if (lastPerson is not null && lastPerson.Code.Value == c.ContactPerson)
            {
                company.AddContact(lastPerson, c.ContactRole, c.ContactUnit, asOf.WithCalendar(SolarHijri.Calendar).PlusYears(-1), stamp);
            }

            customer = company;
        }
        else
        {
            customer = Individual.Create(code, new IndividualProfile
            {
                FirstName = c.FirstName,
                LastName = c.LastName,
                Gender = c.Gender == "female" ? Gender.Female : Gender.Male,
                NationalCode = NationalCode.Parse(c.NationalCode),
                BirthDate = ParsePersian(c.BirthDate),
            }, stamp);
        }

        customer.AddPhone(ContactPhone.Mobile(IranianMobile.Parse(c.Mobile), isPrimary: true), stamp);
        if (c.Phone.Length > 0)
        {
            customer.AddPhone(ContactPhone.Landline(IranianLandline.Parse(c.Phone)), stamp);
        }

        customer.AddAddress(new PostalAddress(c.Province, c.City, null, PostalCode.Parse(c.PostalCode), IsPrimary: true), stamp);
        customer.AssignOwner(c.Owner, stamp);
        if (c.Note.Length > 0)
        {
            customer.AddNote(c.Note, stamp);
        }

        if (c.LastContactDaysAgo > 0)
        {
            var at = asOf.PlusDays(-c.LastContactDaysAgo).At(new LocalTime(11, 0)).InZoneLeniently(SegmentContext.Tehran).ToInstant();
            LocalDate? next = c.NextContactInDays > 0 ? asOf.PlusDays(c.NextContactInDays).WithCalendar(SolarHijri.Calendar) : null;
            customer.LogInteraction(new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, at, c.Owner, c.LastContactSummary, nextContact: next));
        }

        return customer;
    }

    /// <summary>Reads the generator's Solar Hijri <c>yyyy/MM/dd</c>.</summary>
    private static LocalDate ParsePersian(string text)
    {
        var parts = text.Split('/');
        return SolarHijri.Date(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    /// <summary>The demo's rule segment, run by the database (<see cref="EfCoreSegmentQuery"/>).</summary>
    private const string SocialRepeatBuyers = """
        { "name": "social repeat buyers", "description": "مشتریان تکراری شبکه‌های اجتماعی", "version": 1,
          "condition": { "all": [
            { "field": "acquisitionChannel", "op": "in", "value": ["instagram", "telegram"] },
            { "field": "frequency", "op": "greaterThanOrEqual", "value": 3 },
            { "field": "rfmR", "op": "greaterThanOrEqual", "value": 4 } ] } }
        """;

    /// <summary>Finds one stored customer the way a user types: the last name with Arabic letters, the mobile in
    /// Persian digits, both matched by the database.</summary>
    private static async Task<string> SearchAsync(ICustomerSearch search, SyntheticCustomer someone, CancellationToken cancellationToken)
    {
        var typed = someone.LastName.Replace('ی', 'ي').Replace('ک', 'ك');
        var mobile = string.Concat(someone.Mobile.Select(c => c is >= '0' and <= '9' ? (char)('۰' + (c - '0')) : c));
        var query = new CustomerQuery { Text = typed, Phone = mobile };
        var found = await search.SearchAsync(query, cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture,
            $"Search in the database for «{typed}» with phone «{mobile}» (Arabic letters, Persian digits): {string.Join(", ", found.Select(c => c.Code.Value + " " + c.DisplayName))}");
    }

    /// <summary>One line for the report's header.</summary>
    public static string Describe(Stored stored) => string.Create(CultureInfo.InvariantCulture,
        $"Stored in {(stored.Provider == "postgresql" ? "PostgreSQL" : "SQLite")} ({System.IO.Path.GetFileName(stored.Path)}): {stored.Customers:#,0} customers and {stored.Purchases:#,0} purchases in {stored.Elapsed.TotalSeconds:F1} s; the RFM scores below were computed by the database");
}

/// <summary>The database given to <c>demo</c> already holds customers.</summary>
internal sealed class DemoDatabaseNotEmptyException(string message) : Exception(message);
