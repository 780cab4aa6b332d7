using System.Diagnostics;
using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore;
using Crm.Core.EntityFrameworkCore.PostgreSQL;
using Crm.Core.Segmentation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

// Usage: Crm.Core.Storage.Harness --provider sqlite|postgresql [--connection STRING] [--customers N] [--purchases N]
//        [--in-memory] [--work-mem SIZE] [--segment]   (--work-mem: PostgreSQL's work_mem for this session, e.g. 256MB;
//        --segment: also store the customers and time a 5-condition segment in the database and in memory)
// PostgreSQL's connection string defaults to the CRM_TEST_POSTGRES variable set by `source .ci/postgres`.
// Loads N purchases of the given number of customers into a fresh schema, then times summaries and RFM in the
// database and (with --in-memory) the same RFM computed by reading every purchase back and using RfmScorer.
var options = Args.Parse(args);
var asOf = new LocalDate(2026, 3, 1);
await using var context = HarnessContext.Create(options);
await context.Database.EnsureDeletedAsync();
await context.Database.EnsureCreatedAsync();
await context.Database.OpenConnectionAsync();   // one session for the whole run, so session settings hold
if (options.Postgres && options.WorkMem is { } workMem)
{
    await context.Database.ExecuteSqlAsync($"SELECT set_config('work_mem', {workMem}, false)");
}

var store = options.Postgres ? new EfCorePurchaseStore(context, NpgsqlCopyPurchaseWriter.Instance) : new EfCorePurchaseStore(context);

Console.WriteLine($"provider {options.Provider}, {options.Customers:N0} customers, {options.Purchases:N0} purchases, {Environment.ProcessorCount} cores, .NET {Environment.Version}{(options.WorkMem is null ? "" : ", work_mem " + options.WorkMem)}");
var load = Stopwatch.StartNew();
var loaded = await store.AddAsync(Population.Purchases(options.Customers, options.Purchases, asOf));
load.Stop();
Report($"load ({(options.Postgres ? "binary COPY" : "prepared inserts, one transaction")})", load, $"{loaded:N0} rows, {loaded / load.Elapsed.TotalSeconds:N0} rows/s");
if (options.Segment)
{
    var customersLoad = Stopwatch.StartNew();
    var stored = await SegmentStep.StoreCustomersAsync(context, options.Customers);
    customersLoad.Stop();
    Report("load customers (EfCoreCustomerStore.AddRangeAsync)", customersLoad, $"{stored:N0} customers");
}

if (options.Postgres)
{
    await context.Database.ExecuteSqlRawAsync("ANALYZE");
}

RfmResult? inDatabase = null;
for (var run = 1; run <= 2; run++)
{
    var rfm = Stopwatch.StartNew();
    inDatabase = await store.ScoreRfmAsync(asOf);
    rfm.Stop();
    Report($"RFM in the database, run {run}", rfm, $"{inDatabase.Rows.Count:N0} customers scored");
}

// Part of each RFM run above: the check that the totals still cover exactly the stored purchases counts them.
var countWatch = Stopwatch.StartNew();
await using (var countCommand = context.Database.GetDbConnection().CreateCommand())
{
    countCommand.CommandText = "SELECT COUNT(*) FROM crm_purchases";
    await countCommand.ExecuteScalarAsync();
}

countWatch.Stop();
Report("of which: counting the purchases (the totals' coverage check)", countWatch, "COUNT(*) over the purchase table");

// The same scores by aggregating every purchase (the path without the per-customer totals, as of an earlier date).
var aggregate = Stopwatch.StartNew();
var aggregated = await store.ScoreRfmAsync(asOf, null, allowTotals: false, CancellationToken.None);
aggregate.Stop();
Report("RFM aggregating every purchase (no totals)", aggregate, $"{aggregated.Rows.Count:N0} customers scored");
if (!aggregated.Rows.SequenceEqual(inDatabase!.Rows) || !aggregated.WithoutPurchases.SequenceEqual(inDatabase.WithoutPurchases))
{
    Console.Error.WriteLine("RFM from the totals differs from RFM aggregating the purchases.");
    return 1;
}

var refresh = Stopwatch.StartNew();
await store.RefreshTotalsAsync();
refresh.Stop();
Report("rebuild the totals (RefreshTotalsAsync: the fold of a whole load)", refresh, "every purchase folded in");

var summaries = Stopwatch.StartNew();
var summary = await store.SummarizeAsync(asOf);
summaries.Stop();
Report("summaries in the database", summaries, $"{summary.Customers.Count:N0} customers");

if (options.Segment && !await SegmentStep.RunAsync(context, asOf, summary, inDatabase!, Report))
{
    Console.Error.WriteLine("The segment in the database differs from the in-memory evaluation.");
    return 1;
}

if (options.InMemory)
{
    var memory = Stopwatch.StartNew();
    var purchases = await ReadBack(context);
    var inMemory = RfmScorer.FromPurchases(purchases, asOf);
    memory.Stop();
    Report("RFM in memory (read every purchase, RfmScorer)", memory, $"{inMemory.Rows.Count:N0} customers scored");
    if (!inMemory.Rows.SequenceEqual(inDatabase!.Rows))
    {
        Console.Error.WriteLine("RFM in the database differs from RfmScorer.");
        return 1;
    }

    Console.WriteLine("RFM in the database equals RfmScorer for every customer.");
}

return 0;

static void Report(string what, Stopwatch watch, string detail)
{
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what,-50} {watch.Elapsed.TotalSeconds,8:F2} s   {detail}; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB, managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB"));
}

static async Task<List<Purchase>> ReadBack(DbContext context)
{
    var list = new List<Purchase>();
    var connection = context.Database.GetDbConnection();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT customer_code, date, amount_units, currency FROM crm_purchases";
    await using var reader = await command.ExecuteReaderAsync();
    var codes = new Dictionary<string, CustomerCode>(StringComparer.Ordinal);
    while (await reader.ReadAsync())
    {
        var text = reader.GetString(0);
        if (!codes.TryGetValue(text, out var code))
        {
            codes.Add(text, code = CustomerCode.Parse(text));
        }

        list.Add(new Purchase(code, LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(1)),
            new Money(Convert.ToDecimal(reader.GetValue(2), CultureInfo.InvariantCulture) / 10_000m, reader.GetString(3))));
    }

    return list;
}

internal sealed record Args(string Provider, string Connection, int Customers, long Purchases, bool InMemory, string? WorkMem, bool Segment)
{
    public bool Postgres => Provider == "postgresql";

    public static Args Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var provider = Value("--provider", "sqlite");
        if (provider is not ("sqlite" or "postgresql"))
        {
            throw new ArgumentException($"--provider must be sqlite or postgresql, not '{provider}'.");
        }

        var connection = Value("--connection", provider == "sqlite"
            ? "Data Source=" + Path.Combine(Path.GetTempPath(), "crm-harness.db")
            : Environment.GetEnvironmentVariable("CRM_TEST_POSTGRES") ?? throw new ArgumentException("--connection or CRM_TEST_POSTGRES is required for postgresql."));
        return new Args(provider, connection,
            int.Parse(Value("--customers", "10000"), CultureInfo.InvariantCulture),
            long.Parse(Value("--purchases", "100000"), CultureInfo.InvariantCulture),
            Array.IndexOf(args, "--in-memory") >= 0,
            Array.IndexOf(args, "--work-mem") >= 0 ? Value("--work-mem", "4MB") : null,
            Array.IndexOf(args, "--segment") >= 0);
    }
}

internal sealed class HarnessContext(DbContextOptions<HarnessContext> options) : DbContext(options)
{
    public static HarnessContext Create(Args args)
    {
        var builder = new DbContextOptionsBuilder<HarnessContext>();
        if (args.Postgres)
        {
            var connection = new Npgsql.NpgsqlConnectionStringBuilder(args.Connection) { Database = "crm_harness", CommandTimeout = 600 };
            builder.UseNpgsql(connection.ConnectionString);
        }
        else
        {
            builder.UseSqlite(args.Connection);
        }

        return new HarnessContext(builder.Options);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseCrmCore();
}

/// <summary>A deterministic population: customers C-1…C-n, purchases spread over three years before the as-of date,
/// amounts in whole thousands of rials (so monetary values tie often, as real prices do).</summary>
internal static class Population
{
    public static IEnumerable<Purchase> Purchases(int customers, long purchases, LocalDate asOf)
    {
        var random = new Random(42);
        var codes = new CustomerCode[customers];
        for (var i = 0; i < customers; i++)
        {
            codes[i] = CustomerCode.Parse("C-" + (i + 1).ToString(CultureInfo.InvariantCulture));
        }

        for (long p = 0; p < purchases; p++)
        {
            var code = codes[p < customers ? p : random.Next(customers)];
            yield return new Purchase(code, asOf.PlusDays(-random.Next(0, 1095)), Money.FromRials(1000m * random.Next(1, 5000)));
        }
    }
}
