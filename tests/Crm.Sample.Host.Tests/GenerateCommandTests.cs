using System.Text.Json;
using Crm.Core.Customers;
using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crm-host-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Generate_SmallRun_WritesCountedFilesThatSegmentRfmReads()
    {
        var run = await SampleHost.RunAsync("generate", "--customers", "40", "--seed", "3", "--out", _folder);

        Assert.Equal(0, run.ExitCode);
        var customers = File.ReadAllLines(Path.Combine(_folder, "customers.csv"));
        var purchases = File.ReadAllLines(Path.Combine(_folder, "purchases.csv"));
        // The first seven columns are those of earlier versions, in the same order; the rest are CustomerRecordColumns names.
        Assert.Equal("code,first_name,last_name,national_code,mobile,province,channel,kind,company_name,legal_entity_id,economic_code,sheba,phone,city,postal_code,birth_date,owner", customers[0]);
        Assert.All(customers[0].Split(','), column => Assert.Contains(column, CustomerRecordColumns.All));
        Assert.Equal("customer_id,date,amount", purchases[0]);
        Assert.Equal(41, customers.Length);
        Assert.Equal([$"customers.csv: {customers.Length - 1} rows", $"purchases.csv: {purchases.Length - 1} rows, 0 of them malformed on purpose"], run.Stdout.TrimEnd().Split('\n'));
        Assert.All(customers.Skip(1), line => Assert.True(line.Split(',')[7] == "company" || NationalCode.TryParse(line.Split(',')[3], out _), line));

        var rfm = await SampleHost.RunAsync("segment", "rfm", "--transactions", Path.Combine(_folder, "purchases.csv"), "--as-of", "2026-04-21", "--format", "json");
        Assert.Equal(0, rfm.ExitCode);
        using var doc = JsonDocument.Parse(rfm.Stdout);
        Assert.Equal(40, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Generate_Customers_EveryRowValidForCustomersValidateWithCompaniesAmongThem()
    {
        Assert.Equal(0, (await SampleHost.RunAsync("generate", "--customers", "400", "--seed", "11", "--out", _folder)).ExitCode);
        var path = Path.Combine(_folder, "customers.csv");

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(400, doc.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(400, doc.RootElement.GetProperty("valid").GetInt32());
        Assert.Equal(0, doc.RootElement.GetProperty("errors").GetArrayLength());
        Assert.Equal(0, doc.RootElement.GetProperty("warnings").GetArrayLength());
        var kinds = File.ReadLines(path).Skip(1).Select(l => l.Split(',')[7]).ToList();
        Assert.InRange(kinds.Count(k => k == "company"), 20, 90);   // about one in eight
        Assert.Equal(400, kinds.Count(k => k is "company" or "individual"));
    }

    [Fact]
    public async Task Generate_DirtyRows_SegmentRfmReportsEachWithItsLine()
    {
        Assert.Equal(0, (await SampleHost.RunAsync("generate", "--customers", "50", "--dirty-rows", "4", "--out", _folder)).ExitCode);
        var path = Path.Combine(_folder, "purchases.csv");
        var lines = File.ReadAllLines(path);

        var rfm = await SampleHost.RunAsync("segment", "rfm", "--transactions", path, "--as-of", "2026-04-21", "--format", "json");

        var reported = rfm.Stderr.Split('\n').Where(l => l.StartsWith("line ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, reported.Count);
        foreach (var report in reported)
        {
            var line = int.Parse(report[5..report.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            var row = lines[line - 1];
            Assert.True(row.StartsWith(',') || row.Contains("13/01", StringComparison.Ordinal) || row.Contains("x", StringComparison.Ordinal) || row.Contains("02-30", StringComparison.Ordinal), row);
        }

        using var doc = JsonDocument.Parse(rfm.Stdout);
        Assert.Equal(50, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Generate_SameSeedTwice_IdenticalFiles()
    {
        var second = _folder + "-b";
        try
        {
            Assert.Equal(0, (await SampleHost.RunAsync("generate", "--customers", "25", "--seed", "9", "--out", _folder)).ExitCode);
            Assert.Equal(0, (await SampleHost.RunAsync("generate", "--customers", "25", "--seed", "9", "--out", second)).ExitCode);
            foreach (var name in new[] { "customers.csv", "purchases.csv" })
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(_folder, name)), File.ReadAllBytes(Path.Combine(second, name)));
            }
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public async Task Generate_NegativeCount_ExitTwoNamingTheOption()
    {
        var run = await SampleHost.RunAsync("generate", "--customers", "-1", "--out", _folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--customers", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
