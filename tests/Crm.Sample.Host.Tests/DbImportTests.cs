using System.Text.Json;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore;
using Crm.Sample.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sample.Host.Tests;

public sealed class DbImportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crm-host-tests-" + Guid.NewGuid().ToString("N"));

    private string Connection => $"Data Source={Path.Combine(_folder, "crm.db")};Pooling=False";

    [Fact]
    public async Task Import_GeneratedFiles_StoresEveryGoodRowAndListsEachBadOneWithItsLine()
    {
        Assert.Equal(0, (await SampleHost.RunAsync("generate", "--customers", "60", "--dirty-rows", "3", "--out", _folder)).ExitCode);
        var customersCsv = Path.Combine(_folder, "customers.csv");
        var purchasesCsv = Path.Combine(_folder, "purchases.csv");
        var purchaseRows = File.ReadAllLines(purchasesCsv).Length - 1;
        var rfm = await SampleHost.RunAsync("segment", "rfm", "--transactions", purchasesCsv, "--as-of", "2026-04-21", "--format", "json");
        var badLines = rfm.Stderr.Split('\n').Where(l => l.StartsWith("line ", StringComparison.Ordinal))
            .Select(l => long.Parse(l[5..l.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, badLines.Count);

        var run = await SampleHost.RunAsync("db", "import", "--provider", "sqlite", "--connection", Connection,
            "--customers", customersCsv, "--transactions", purchasesCsv, "--format", "json");

        Assert.Equal(1, run.ExitCode);   // some rows were not loaded; the rest were
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(["customers", "purchases", "errors"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(60, root.GetProperty("customers").GetInt64());
        Assert.Equal(purchaseRows - 3, root.GetProperty("purchases").GetInt64());   // rows read = stored + reported
        var errors = root.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(badLines, errors.Select(e => e.GetProperty("line").GetInt64()));
        Assert.All(errors, e => Assert.Equal(["line", "field", "rule", "value", "message"], e.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(3, run.Stderr.Split('\n').Count(l => l.StartsWith(purchasesCsv + ":", StringComparison.Ordinal)));

        await using var context = new CrmDbContext(new DbContextOptionsBuilder<CrmDbContext>().UseSqlite(Connection).Options);
        var store = new EfCoreCustomerStore(context);
        Assert.Equal(60, await store.CountAsync());
        var first = File.ReadAllLines(customersCsv)[1].Split(',');
        var stored = (Individual)(await store.FindAsync(CustomerCode.Parse(first[0])))!;
        Assert.Equal((first[1], first[2], first[3]), (stored.Profile.FirstName, stored.Profile.LastName, stored.Profile.NationalCode!.Value.Value));
        Assert.Equal(first[6], stored.Acquisition!.Channel);
        var inDatabase = await new EfCorePurchaseStore(context).ScoreRfmAsync(new NodaTime.LocalDate(2026, 4, 21));
        Assert.Equal(root.GetProperty("customers").GetInt64(), inDatabase.Rows.Count);
    }

    [Fact]
    public async Task Import_SameCustomersTwice_SecondRunListsEveryCodeAsAlreadyStoredWithItsLine()
    {
        using var file = TempFile.WithLines(".csv", "kind,code,first_name,last_name,company_name,national_code",
            "individual,C-1,سارا,محمدی,,0084575948", "company,K-1,,,صنایع آفتاب,", "individual,C-2,علی,,,");
        Directory.CreateDirectory(_folder);
        var first = await SampleHost.RunAsync("db", "import", "--provider", "sqlite", "--connection", Connection, "--customers", file.Path, "--format", "json");
        using (var doc = JsonDocument.Parse(first.Stdout))
        {
            Assert.Equal(2, doc.RootElement.GetProperty("customers").GetInt64());
            var error = Assert.Single(doc.RootElement.GetProperty("errors").EnumerateArray());
            Assert.Equal((4, "last_name", "required"), (error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString(), error.GetProperty("rule").GetString()));
        }

        var second = await SampleHost.RunAsync("db", "import", "--provider", "sqlite", "--connection", Connection, "--customers", file.Path, "--format", "json");
        Assert.Equal(1, second.ExitCode);
        using var again = JsonDocument.Parse(second.Stdout);
        Assert.Equal(0, again.RootElement.GetProperty("customers").GetInt64());
        Assert.Equal([(2, "customer.exists", "C-1"), (3, "customer.exists", "K-1"), (4, "required", "")],
            again.RootElement.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("rule").GetString(), e.GetProperty("value").GetString())));
    }

    [Fact]
    public async Task Import_AmountBeyondFourDecimals_IsListedWithItsLineAndTheOtherRowsAreStored()
    {
        using var file = TempFile.WithLines(".csv", "customer_id,date,amount", "C-1,2026-01-05,1000", "C-2,2026-01-06,12.34567",
            "C-3,2026-13-01,5", "C-4,2026-01-07,7.5");
        Directory.CreateDirectory(_folder);
        var run = await SampleHost.RunAsync("db", "import", "--provider", "sqlite", "--connection", Connection, "--transactions", file.Path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("purchases").GetInt64());   // 4 rows read = 2 stored + 2 listed
        Assert.Equal([(3, "amount.precision", "12.34567"), (4, "date.format", "2026-13-01")],
            doc.RootElement.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("rule").GetString(), e.GetProperty("value").GetString())));
    }

    [Fact]
    public async Task Import_NoFileOrAMissingFile_FailsWithExitCode2NamingIt()
    {
        HostAssert.BadInput(await SampleHost.RunAsync("db", "import", "--provider", "sqlite", "--connection", Connection), 2, "--customers");
        HostAssert.BadInput(await SampleHost.RunAsync("db", "import", "--provider", "sqlite", "--connection", Connection, "--transactions", Path.Combine(_folder, "nope.csv")), 2, "nope.csv");
        var unknown = await SampleHost.RunAsync("db", "import", "--provider", "mysql", "--connection", Connection, "--customers", "x.csv");
        Assert.Equal(1, unknown.ExitCode);   // a parse error, as for every command's options
        Assert.Contains("'mysql' not recognized", unknown.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
