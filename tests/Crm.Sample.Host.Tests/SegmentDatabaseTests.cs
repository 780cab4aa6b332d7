using System.Globalization;
using System.Text.Json;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore;
using Crm.Sample.Host.Commands;
using Crm.Core.Segmentation;
using Crm.Sample.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sample.Host.Tests;

/// <summary><c>segment rfm</c> and <c>segment run</c> with <c>--provider/--connection</c>: the same data loaded through the
/// library into a SQLite file gives the same output as the file-based commands.</summary>
public sealed class SegmentDatabaseTests : IDisposable
{
    private const string AsOf = "2026-03-01";

    private static readonly string[] Customers =
    [
        "kind,code,first_name,last_name,company_name,national_code,city,birth_date",
        "individual,B10,سارا,احمدی,,0084575948,تهران,1370/12/20",
        "individual,b1,علی,رضایی,,,شیراز,1367/01/12",
        "company,A3,,,شرکت نمونه,,تهران,",
        "individual,a2,مریم,کریمی,,,تهران,1365/01/05",
        "individual,Z7,رضا,علوی,,,اصفهان,",
    ];

    private static readonly string[] Transactions =
    [
        "customer_id,date,amount",
        "B10,2025-08-01,4.04", "B10,2025-09-01,4.04", "B10,2025-10-01,4.04", "B10,2025-11-01,4.04", "B10,2025-12-01,4.04",
        "b1,2025-10-15,10.1", "b1,2025-11-15,10.1", "b1,2025-12-15,10.1", "b1,2026-01-01,10.1",
        "A3,2025-12-20,10.1", "A3,2026-01-20,10.1", "A3,2026-02-01,10.1",
        "a2,1404/11/15,0.5", "a2,1404/12/01,0.25",
        "B9,2026-02-28,1000.25", "Z7,2026-03-05,3",
    ];

    private static readonly string[] Definitions =
    [
        """{ "name": "Tehran", "version": 2, "condition": { "all": [ { "field": "city", "op": "equals", "value": "تهران" } ] } }""",
        """{ "name": "Loyal", "version": 1, "condition": { "any": [ { "field": "frequency", "op": "greaterThanOrEqual", "value": 4 }, { "field": "rfmSegment", "op": "in", "value": ["نیازمند توجه", "New Customers"] } ] } }""",
        """{ "name": "Birthdays", "version": 1, "condition": { "all": [ { "field": "birthDate", "op": "anniversaryWithinDays", "value": 30 }, { "field": "lastName", "op": "startsWith", "value": "احم" } ] } }""",
        """{ "name": "Quiet", "version": 1, "condition": { "any": [ { "field": "lastPurchase", "op": "isEmpty" }, { "field": "recencyDays", "op": "greaterThan", "value": 60 }, { "field": "companyName", "op": "contains", "value": "نمونه" } ] } }""",
    ];

    private readonly TempFile _database = TempFile.Reserve(".db");
    private readonly TempFile _customers = TempFile.WithLines(".csv", Customers);
    private readonly TempFile _transactions = TempFile.WithLines(".csv", Transactions);

    public SegmentDatabaseTests()
    {
        using var context = new CrmDbContext(new DbContextOptionsBuilder<CrmDbContext>().UseSqlite(Connection).Options);
        context.Database.EnsureCreated();
        var importer = new CustomerRecordImporter(CustomerCatalog.Unrestricted);
        var store = new EfCoreCustomerStore(context);
        using (var file = File.OpenRead(_customers.Path))
        {
            foreach (var imported in CustomerCsvImporter.Read(file, importer, new ChangeStamp("test", SampleHost.Now)))
            {
                Assert.True(imported.Customer is not null, string.Join(" ", imported.Errors.Select(e => e.Message)));
                Assert.True(store.TryAddAsync(imported.Customer).GetAwaiter().GetResult());
            }
        }

        Assert.True(TransactionsCsv.TryReadPurchases(_transactions.Path, TextWriter.Null, out var purchases, out _));
        new EfCorePurchaseStore(context).AddAsync(purchases).GetAwaiter().GetResult();
    }

    private string Connection => $"Data Source={_database.Path};Pooling=False";

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task SegmentRfm_FromDatabase_PrintsWhatTheFileGives(string format)
    {
        var file = await SampleHost.RunAsync("segment", "rfm", "--transactions", _transactions.Path, "--as-of", AsOf, "--format", format);
        var database = await SampleHost.RunAsync("segment", "rfm", "--provider", "sqlite", "--connection", Connection, "--as-of", AsOf, "--format", format);

        Assert.Equal((0, 0), (file.ExitCode, database.ExitCode));
        Assert.Contains("B10", database.Stdout, StringComparison.Ordinal);
        // The database keeps amounts exactly (in ten-thousandths), not the digits typed: 20.20 comes back as 20.2.
        Assert.Equal(Rows(file.Stdout, format), Rows(database.Stdout, format));
        Assert.Equal(file.Stderr, database.Stderr);   // the note on Z7, whose only purchase is after the as-of date
    }

    /// <summary>The output's rows with the monetary value as a number (trailing zeros dropped), every other field as text.</summary>
    private static List<string> Rows(string output, string format)
    {
        static string Number(string text) => decimal.Parse(text, CultureInfo.InvariantCulture).ToString("0.############################", CultureInfo.InvariantCulture);
        if (format == "csv")
        {
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((line, i) =>
                i == 0 ? line : string.Join(',', line.Split(',').Select((cell, k) => k == 3 ? Number(cell) : cell)))];
        }

        using var doc = JsonDocument.Parse(output);
        return [.. doc.RootElement.EnumerateArray().Select(row => string.Join('|', row.EnumerateObject().Select(p =>
            p.Name == "monetary" ? Number(p.Value.GetRawText()) : p.Value.GetRawText())))];
    }

    [Fact]
    public async Task SegmentRun_FromDatabase_PrintsWhatTheFilesGive()
    {
        foreach (var json in Definitions)
        {
            using var definition = TempFile.With(json, ".json");
            var file = await SampleHost.RunAsync("segment", "run", "--definition", definition.Path, "--customers", _customers.Path, "--transactions", _transactions.Path, "--as-of", AsOf);
            var database = await SampleHost.RunAsync("segment", "run", "--definition", definition.Path, "--provider", "sqlite", "--connection", Connection, "--as-of", AsOf);

            HostAssert.Ok(file);
            HostAssert.Ok(database);
            Assert.Equal(file.Stdout, database.Stdout);
            using var doc = JsonDocument.Parse(database.Stdout);
            Assert.InRange(doc.RootElement.GetProperty("count").GetInt32(), 1, Customers.Length - 2);   // a proper subset
        }
    }

    [Fact]
    public async Task SegmentRun_FileAndDatabaseBoth_ExitsTwoNamingTheOptions()
    {
        using var definition = TempFile.With(Definitions[0], ".json");

        var both = await SampleHost.RunAsync("segment", "run", "--definition", definition.Path, "--customers", _customers.Path, "--provider", "sqlite", "--connection", Connection);
        var neither = await SampleHost.RunAsync("segment", "rfm", "--as-of", AsOf);
        var half = await SampleHost.RunAsync("segment", "rfm", "--provider", "sqlite", "--as-of", AsOf);

        HostAssert.BadInput(both, 2, "--customers");
        HostAssert.BadInput(neither, 2, "--transactions");
        HostAssert.BadInput(half, 2, "--connection");
    }

    [Fact]
    public async Task SegmentRfm_DatabaseWithoutTables_ExitsTwoWithOneLine()
    {
        using var empty = TempFile.Reserve(".db");

        var run = await SampleHost.RunAsync("segment", "rfm", "--provider", "sqlite", "--connection", $"Data Source={empty.Path};Pooling=False", "--as-of", AsOf);

        HostAssert.BadInput(run, 2, "database:");
    }

    public void Dispose()
    {
        _database.Dispose();
        _customers.Dispose();
        _transactions.Dispose();
    }
}
