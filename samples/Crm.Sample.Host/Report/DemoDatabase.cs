using System.Diagnostics;
using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore;
using Crm.Core.Segmentation;
using Crm.Sample.Host.DemoData;
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
    public sealed record Stored(string Path, int Customers, long Purchases, RfmResult Rfm, TimeSpan Elapsed);

    /// <summary>Creates (or recreates) <paramref name="path"/> and stores everything in it.</summary>
    public static async Task<Stored> StoreAsync(string path, IReadOnlyList<SyntheticCustomer> customers, IReadOnlyList<Purchase> purchases, LocalDate asOf,
        RfmSegmentMap? map, Instant now, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var services = new ServiceCollection()
            .AddDbContext<CrmDbContext>(o => o.UseSqlite($"Data Source={path};Pooling=False"))
            .AddScoped(sp => new EfCoreCustomerStore(sp.GetRequiredService<CrmDbContext>()))
            .AddScoped(sp => new EfCorePurchaseStore(sp.GetRequiredService<CrmDbContext>()));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await context.Database.EnsureDeletedAsync(cancellationToken).ConfigureAwait(false);
        await context.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        var store = scope.ServiceProvider.GetRequiredService<EfCoreCustomerStore>();
        var stamp = new ChangeStamp("demo", now);
        var firstPurchase = new Dictionary<CustomerCode, LocalDate>();
        foreach (var p in purchases)
        {
            if (!firstPurchase.TryGetValue(p.CustomerId, out var seen) || p.Date < seen)
            {
                firstPurchase[p.CustomerId] = p.Date;
            }
        }

        // One transaction for the whole load: SQLite then syncs the file once instead of once per customer.
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = 0;
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
                person.SetAcquisition(new AcquisitionChannel(c.Channel, first), stamp);
            }

            added += await store.TryAddAsync(person, cancellationToken).ConfigureAwait(false) ? 1 : 0;

            // The demo never touches these objects again: forgetting them keeps each save as cheap as the first
            // (EF Core's change detection walks every tracked entity).
            context.ChangeTracker.Clear();
        }

        var purchaseStore = scope.ServiceProvider.GetRequiredService<EfCorePurchaseStore>();
        var written = await purchaseStore.AddAsync(purchases, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var rfm = await purchaseStore.ScoreRfmAsync(asOf, map, cancellationToken).ConfigureAwait(false);
        return new Stored(path, added, written, rfm, clock.Elapsed);
    }

    /// <summary>One line for the report's header.</summary>
    public static string Describe(Stored stored) => string.Create(CultureInfo.InvariantCulture,
        $"Stored in SQLite ({System.IO.Path.GetFileName(stored.Path)}): {stored.Customers:#,0} customers and {stored.Purchases:#,0} purchases in {stored.Elapsed.TotalSeconds:F1} s; the RFM scores below were computed by the database");
}
