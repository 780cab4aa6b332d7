using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Internal;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.Segmentation;
using Crm.Core.TestKit;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Tests;

/// <summary>Rule segments in the database against the in-memory evaluator, run on every provider.</summary>
public static class SegmentChecks
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly string[] Prefixes = ["C-", "c-", "Z", "a.", "ب", "C_", "۱"];
    private static readonly DateTimeZone[] Zones = [SegmentContext.Tehran, DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["America/New_York"]];

    /// <summary>A stored population with its in-memory facts.</summary>
    public sealed record Population(IReadOnlyList<Customer> Customers, IReadOnlyList<Purchase> Purchases, LocalDate AsOf)
    {
        public IReadOnlyList<CustomerFacts> Facts()
        {
            var summaries = PurchaseSummarizer.Summarize(Purchases, AsOf).Customers;
            return CustomerFacts.Combine(Customers, summaries, RfmScorer.FromPurchases(Purchases, AsOf));
        }
    }

    /// <summary>Replaces the stored customers and purchases.</summary>
    public static async Task<Population> StoreAsync(TestDatabase db, IReadOnlyList<Customer> customers, IReadOnlyList<Purchase> purchases, LocalDate asOf)
    {
        using var context = db.CreateContext();
        var store = new EfCoreCustomerStore(context);
        foreach (var code in await context.Set<CustomerRow>().Select(c => c.Code).ToListAsync())
        {
            await store.RemoveAsync(code);
        }

        await context.Set<PurchaseRow>().ExecuteDeleteAsync();
        foreach (var customer in customers)
        {
            Assert.True(await store.TryAddAsync(customer));
        }

        await new EfCorePurchaseStore(context).AddAsync(purchases);
        return new Population(customers, purchases, asOf);
    }

    public static Population RandomPopulation(TestDatabase db, int seed)
    {
        var random = new Random(seed);
        var make = new RandomCustomers(seed);
        var codes = Enumerable.Range(0, random.Next(0, 30)).Select(_ => Prefixes[random.Next(Prefixes.Length)] + random.Next(0, 30)).Distinct(StringComparer.Ordinal);
        var customers = codes.Select(make.Create).ToList();
        var asOf = RandomPurchases.AsOf.PlusDays(random.Next(3) == 0 ? 25 : 0);
        return StoreAsync(db, customers, RandomPurchases.Generate(seed), asOf).GetAwaiter().GetResult();
    }

    public static bool Members_RandomDefinitions_EqualInMemory(TestDatabase db, int seed)
    {
        Gate.Wait();
        try
        {
            var population = RandomPopulation(db, seed);
            var facts = population.Facts();
            var random = new Random(seed);
            var definitions = new RandomSegments(seed, Dates(population), Texts(population));
            using var context = db.CreateContext();
            var query = new EfCoreSegmentQuery(context);
            for (var i = 0; i < 12; i++)
            {
                var definition = definitions.Next();
                var zone = Zones[random.Next(Zones.Length)];
                var segmentContext = new SegmentContext(population.AsOf, zone);
                var expected = definition.Compile().Evaluate(CustomerSnapshot.Build(facts, zone), segmentContext);
                var actual = query.EvaluateAsync(definition, segmentContext).GetAwaiter().GetResult();
                Assert.True(expected.Members.SequenceEqual(actual.Members),
                    $"{db.Provider}, seed {seed}: {SegmentDefinitionJson.Serialize(definition, indented: false)} in {zone.Id}: expected [{string.Join(", ", expected.Members)}], got [{string.Join(", ", actual.Members)}]");
                Assert.Equal((expected.SegmentName, expected.Version, expected.AsOf), (actual.SegmentName, actual.Version, actual.AsOf));
            }

            return true;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Every date the population holds, as operands that hit equalities and anniversaries.</summary>
    private static List<LocalDate> Dates(Population population)
    {
        var dates = new List<LocalDate>();
        foreach (var c in population.Customers)
        {
            dates.AddRange(new[] { c.Acquisition?.Date, c.LastInteractionAt?.InUtc().Date }.OfType<LocalDate>());
            if (c is Individual i)
            {
                dates.AddRange(new[] { i.Profile.BirthDate, i.Profile.MarriageDate }.OfType<LocalDate>());
            }
            else if (c is Company { Profile.EstablishmentDate: { } established })
            {
                dates.Add(established);
            }
        }

        dates.AddRange(population.Purchases.Select(p => p.Date));
        return dates;
    }

    /// <summary>Every text the population holds, by field, as operands that hit equalities and prefixes.</summary>
    private static Dictionary<string, List<string>> Texts(Population population)
    {
        var texts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string? value)
        {
            if (value is not null)
            {
                (texts.TryGetValue(field, out var list) ? list : texts[field] = []).Add(value);
            }
        }

        foreach (var c in population.Customers)
        {
            (string, string?)[] values =
            [
                ("code", c.Code.Value), ("displayName", c.DisplayName), ("owner", c.Owner), ("rank", c.Rank), ("acquisitionChannel", c.Acquisition?.Channel),
                ("email", c.PrimaryEmail?.Value), ("city", c.PrimaryAddress?.City), ("province", c.PrimaryAddress?.Province),
                ("firstName", (c as Individual)?.Profile.FirstName), ("lastName", (c as Individual)?.Profile.LastName),
                ("fieldOfStudy", (c as Individual)?.Profile.FieldOfStudy), ("nationalCode", (c as Individual)?.Profile.NationalCode?.Value),
                ("companyName", (c as Company)?.Profile.Name), ("fieldOfActivity", (c as Company)?.Profile.FieldOfActivity),
            ];
            foreach (var (field, value) in values)
            {
                Add(field, value);
            }

            c.Tags.ToList().ForEach(t => Add("tags", t));
            c.Groups.ToList().ForEach(g => Add("groups", g));
        }

        foreach (var rule in RfmSegmentMap.Default.Rules)
        {
            Add("rfmSegment", rule.Name);
            Add("rfmSegment", rule.PersianName);
        }

        return texts;
    }

    public static async Task<SegmentMembership> RunAsync(TestDatabase db, SegmentDefinition definition, LocalDate asOf)
    {
        using var context = db.CreateContext();
        return await new EfCoreSegmentQuery(context).EvaluateAsync(definition, new SegmentContext(asOf));
    }

    /// <summary>Runs a block with the stored data to itself.</summary>
    public static async Task ExclusiveAsync(Func<Task> work)
    {
        await Gate.WaitAsync();
        try
        {
            await work();
        }
        finally
        {
            Gate.Release();
        }
    }

    public static SegmentDefinition Single(string field, SegmentOperator op, params string[] values) =>
        new("s", null, 1, new SegmentCondition(field, op, values));

    public static Purchase Purchase(string code, LocalDate date, decimal amount) => new(CustomerCode.Parse(code), date, Money.FromRials(amount));

    public static Individual Person(string code, string? first, string last, LocalDate? birth = null) =>
        Individual.Create(CustomerCode.Parse(code), new IndividualProfile { FirstName = first, LastName = last, BirthDate = birth }, SomeCustomers.Stamp());
}
