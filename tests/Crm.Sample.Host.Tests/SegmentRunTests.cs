using System.Text.Json;
using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Tests;

public class SegmentRunTests
{
    // 0084575948 is a valid national code (check digit 8 = 11 − (212 mod 11)).
    private static readonly string[] Customers =
    [
        "kind,code,first_name,last_name,company_name,national_code,city",
        "individual,C1,سارا,احمدی,,0084575948,تهران",
        "individual,C2,علی,رضایی,,,شیراز",
        "company,C3,,,شرکت نمونه,,تهران",
        "individual,C4,مریم,کریمی,,,تهران",
    ];

    private const string TehranDefinition = """
        { "name": "Tehran", "description": "customers in Tehran", "version": 3,
          "condition": { "all": [ { "field": "city", "op": "equals", "value": "تهران" } ] } }
        """;

    [Fact]
    public async Task SegmentRun_CityDefinition_ListsTheMatchingCustomers()
    {
        using var definition = TempFile.With(TehranDefinition, ".json");
        using var customers = TempFile.WithLines(".csv", Customers);

        var run = await SampleHost.RunAsync("segment", "run", "--definition", definition.Path, "--customers", customers.Path, "--as-of", "2026-03-01");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal("Tehran", root.GetProperty("segment").GetString());
        Assert.Equal(3, root.GetProperty("version").GetInt32());
        Assert.Equal("2026-03-01", root.GetProperty("asOf").GetString());
        Assert.Equal("1404/12/10", root.GetProperty("asOfPersian").GetString());
        Assert.Equal(3, root.GetProperty("count").GetInt32());
        Assert.Equal(["C1", "C3", "C4"], root.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SegmentRun_NoAsOf_UsesTodayInTehranFromTheClock()
    {
        using var definition = TempFile.With(TehranDefinition, ".json");
        using var customers = TempFile.WithLines(".csv", Customers);

        var run = await SampleHost.RunAsync("segment", "run", "--definition", definition.Path, "--customers", customers.Path);

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        // SampleHost.Now is 2026-04-21 06:00 UTC, 09:30 in Tehran.
        Assert.Equal("2026-04-21", doc.RootElement.GetProperty("asOf").GetString());
        Assert.Equal("1405/02/01", doc.RootElement.GetProperty("asOfPersian").GetString());
    }

    [Fact]
    public async Task SegmentRun_WithTransactions_EvaluatesPurchaseFigures()
    {
        using var definition = TempFile.With("""
            { "name": "Big spenders", "description": "", "version": 1,
              "condition": { "all": [ { "field": "monetary", "op": "greaterThan", "value": 25 } ] } }
            """, ".json");
        using var customers = TempFile.WithLines(".csv", Customers);
        using var transactions = TempFile.WithLines(".csv", "customer_id,date,amount", "C1,2026-01-10,20", "C1,1404/11/01,10", "C2,2026-02-01,26", "C3,2026-02-01,25", "C4,2026-03-02,100");

        var run = await SampleHost.RunAsync("segment", "run", "--definition", definition.Path, "--customers", customers.Path, "--transactions", transactions.Path, "--as-of", "2026-03-01");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        // C1 30 and C2 26 pass; C3 25 is not greater; C4's purchase is after the as-of date.
        Assert.Equal(["C1", "C2"], doc.RootElement.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SegmentRun_InvalidCustomerRow_ReportsTheLineAndExitsOne()
    {
        using var definition = TempFile.With(TehranDefinition, ".json");
        using var customers = TempFile.WithLines(".csv", [.. Customers, "individual,C5,رضا,,,0084575949,تهران"]);

        var run = await SampleHost.RunAsync("segment", "run", "--definition", definition.Path, "--customers", customers.Path, "--as-of", "2026-03-01");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("line 6:", Assert.Single(run.ErrLines), StringComparison.Ordinal);
        HostAssert.NoStackTrace(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(3, doc.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task SegmentRun_UnknownField_ExitsTwoNamingThePath()
    {
        using var definition = TempFile.With(TehranDefinition.Replace("\"city\"", "\"citty\"", StringComparison.Ordinal), ".json");
        using var customers = TempFile.WithLines(".csv", Customers);

        var run = await SampleHost.RunAsync("segment", "run", "--definition", definition.Path, "--customers", customers.Path, "--as-of", "2026-03-01");

        HostAssert.BadInput(run, 2, "$.condition.all[0].field");
        Assert.Contains("citty", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SegmentRun_DefinitionNotJson_ExitsTwoWithOneLine()
    {
        using var definition = TempFile.With("{ \"name\": ", ".json");
        using var customers = TempFile.WithLines(".csv", Customers);

        var run = await SampleHost.RunAsync("segment", "run", "--definition", definition.Path, "--customers", customers.Path, "--as-of", "2026-03-01");

        HostAssert.BadInput(run, 2, "segment.json");
    }

    [Fact]
    public async Task SegmentRun_MissingFiles_ExitTwoWithOneLine()
    {
        using var definition = TempFile.With(TehranDefinition, ".json");
        using var customers = TempFile.WithLines(".csv", Customers);
        using var missing = TempFile.Reserve(".json");

        var noDefinition = await SampleHost.RunAsync("segment", "run", "--definition", missing.Path, "--customers", customers.Path, "--as-of", "2026-03-01");
        var noCustomers = await SampleHost.RunAsync("segment", "run", "--definition", definition.Path, "--customers", missing.Path, "--as-of", "2026-03-01");
        var noTransactions = await SampleHost.RunAsync("segment", "run", "--definition", definition.Path, "--customers", customers.Path, "--transactions", missing.Path, "--as-of", "2026-03-01");

        HostAssert.BadInput(noDefinition, 2, missing.Path);
        HostAssert.BadInput(noCustomers, 2, missing.Path);
        HostAssert.BadInput(noTransactions, 2, missing.Path);
    }
}
