using System.Diagnostics;
using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore;
using Crm.Core.Segmentation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

/// <summary>
/// The <c>--segment</c> step: stores the customers C-1…C-n (individuals and companies, Persian names and cities, birth
/// dates, tags), then times one 5-condition segment in the database (<see cref="EfCoreSegmentQuery"/>) against the
/// in-memory path (load every customer, combine with the summaries and RFM scores, <see cref="CompiledSegment.Evaluate(CustomerSnapshot, SegmentContext)"/>),
/// and checks that both give the same members.
/// </summary>
internal static class SegmentStep
{
    public const string Json = """
        { "name": "Loyal in Tehran or Shiraz", "version": 1,
          "condition": { "all": [
            { "field": "city", "op": "in", "value": ["تهران", "شيراز"] },
            { "any": [ { "field": "birthDate", "op": "anniversaryWithinDays", "value": 60 }, { "field": "tags", "op": "contains", "value": "vip" } ] },
            { "field": "frequency", "op": "greaterThanOrEqual", "value": 3 },
            { "field": "rfmR", "op": "greaterThanOrEqual", "value": 3 } ] } }
        """;

    private static readonly string[] Cities = ["تهران", "شیراز", "اصفهان", "مشهد", "تبریز", "کرج", "قم", "اهواز"];
    private static readonly string[] LastNames = ["محمدی", "احمدی", "رضایی", "کریمی", "حسینی", "علوی", "Smith", "O'Brien"];

    public static async Task<long> StoreCustomersAsync(DbContext context, int count)
    {
        var result = await new EfCoreCustomerStore(context).AddRangeAsync(Customers(count));
        return result.Added;
    }

    public static async Task<bool> RunAsync(DbContext context, LocalDate asOf, PurchaseSummary summary, RfmResult rfm, Action<string, Stopwatch, string> report)
    {
        var definition = SegmentDefinitionJson.Parse(Json);
        var segmentContext = new SegmentContext(asOf);
        SegmentMembership? inDatabase = null;
        for (var run = 1; run <= 2; run++)
        {
            var watch = Stopwatch.StartNew();
            inDatabase = await new EfCoreSegmentQuery(context).EvaluateAsync(definition, segmentContext);
            watch.Stop();
            report($"5-condition segment in the database, run {run}", watch, $"{inDatabase.Count:N0} members");
        }

        var load = Stopwatch.StartNew();
        var customers = await new EfCoreCustomerStore(context).AllAsync();
        var snapshot = CustomerSnapshot.Build(CustomerFacts.Combine(customers, summary.Customers, rfm));
        load.Stop();
        report("in memory: load every customer, build the snapshot", load, $"{customers.Count:N0} customers");
        var compiled = definition.Compile();
        SegmentMembership? inMemory = null;
        for (var run = 1; run <= 2; run++)
        {
            var watch = Stopwatch.StartNew();
            inMemory = compiled.Evaluate(snapshot, segmentContext);
            watch.Stop();
            report($"in memory: evaluate the segment, run {run}", watch, $"{inMemory.Count:N0} members");
        }

        return inMemory!.Members.SequenceEqual(inDatabase!.Members);
    }

    private static IEnumerable<Customer> Customers(int count)
    {
        var random = new Random(7);
        var stamp = new ChangeStamp("harness", Instant.FromUtc(2026, 1, 1, 0, 0));
        for (var i = 1; i <= count; i++)
        {
            var code = CustomerCode.Parse("C-" + i.ToString(CultureInfo.InvariantCulture));
            Customer customer = random.Next(5) == 0
                ? Company.Create(code, new CompanyProfile { Name = "شرکت " + LastNames[random.Next(LastNames.Length)] }, stamp)
                : Individual.Create(code, new IndividualProfile
                {
                    LastName = LastNames[random.Next(LastNames.Length)],
                    BirthDate = random.Next(4) == 0 ? null : new LocalDate(1330, 1, 1, CalendarSystem.PersianAstronomical).PlusDays(random.Next(0, 27_000)),
                }, stamp);
            customer.AddAddress(new PostalAddress(null, Cities[random.Next(Cities.Length)], null, null, true), stamp);
            if (random.Next(10) == 0)
            {
                customer.AddTag(random.Next(2) == 0 ? "VIP" : "vip-gold", stamp);
            }

            yield return customer;
        }
    }
}
