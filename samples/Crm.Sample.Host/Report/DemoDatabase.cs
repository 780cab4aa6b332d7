using System.Diagnostics;
using System.Globalization;
using Crm.Core.Customers;
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
            foreach (var c in customers)
            {
                var code = CustomerCode.Parse(c.Code);
                var person = Individual.Create(code, new IndividualProfile
                {
                    FirstName = c.FirstName,
                    LastName = c.LastName,
                    NationalCode = NationalCode.Parse(c.NationalCode),
                }, stamp);
                person.AddPhone(ContactPhone.Mobile(IranianMobile.Parse(c.Mobile), isPrimary: true), stamp);
                if (firstPurchase.TryGetValue(code, out var first))
                {
                    person.SetAcquisition(new AcquisitionChannel(c.Channel, first), CustomerCatalog.Unrestricted, stamp);   // the generator's channels, whatever is configured
                }

                yield return person;
            }
        }

        // One transaction for the whole load (SQLite then syncs the file once), customers in batched inserts.
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = await store.AddRangeAsync(People(), 1000, null, cancellationToken).ConfigureAwait(false);
        var purchaseStore = scope.ServiceProvider.GetRequiredService<EfCorePurchaseStore>();
        var written = await purchaseStore.AddAsync(purchases, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var rfm = await purchaseStore.ScoreRfmAsync(asOf, map, cancellationToken).ConfigureAwait(false);
        var search = customers.Count == 0 ? null : await SearchAsync(scope.ServiceProvider.GetRequiredService<ICustomerSearch>(), customers[customers.Count / 2], cancellationToken).ConfigureAwait(false);
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
