using System.Text.Json;
using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Tests;

/// <summary><c>demo</c> and <c>db import</c> with <c>--provider postgresql</c>, each on a database of its own on the
/// server of <c>CRM_TEST_POSTGRES</c> (skipped without it outside CI, failing under <c>CI=true</c>).</summary>
public sealed class PostgresHostTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crm-host-tests-" + Guid.NewGuid().ToString("N"));
    private ScratchPostgres? _database;

    private string CreateDatabase() => (_database = new ScratchPostgres()).ConnectionString;

    [PostgresHostFact]
    public async Task Demo_Postgres_StoresThereAndRefusesADatabaseThatHoldsCustomers()
    {
        var connection = CreateDatabase();
        var run = await SampleHost.RunAsync("demo", "--customers", "150", "--out", _folder, "--provider", "postgresql", "--connection", connection);
        HostAssert.Ok(run);
        Assert.Contains("report: stored 150 customers", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Search in the database", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Stored in PostgreSQL", await File.ReadAllTextAsync(Path.Combine(_folder, "index.html")), StringComparison.Ordinal);

        var again = await SampleHost.RunAsync("demo", "--customers", "150", "--out", _folder, "--provider", "postgresql", "--connection", connection);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already holds 150 customers", again.Stderr, StringComparison.Ordinal);
    }

    [PostgresHostFact]
    public async Task DbImport_Postgres_LoadsThroughCopyWithTheSameCountsAsSqlite()
    {
        var connection = CreateDatabase();
        Assert.Equal(0, (await SampleHost.RunAsync("generate", "--customers", "80", "--dirty-rows", "2", "--out", _folder)).ExitCode);
        string[] files = ["--customers", Path.Combine(_folder, "customers.csv"), "--transactions", Path.Combine(_folder, "purchases.csv"), "--format", "json"];
        var postgres = await SampleHost.RunAsync(["db", "import", "--provider", "postgresql", "--connection", connection, .. files]);
        var sqlite = await SampleHost.RunAsync(["db", "import", "--provider", "sqlite", "--connection", $"Data Source={Path.Combine(_folder, "crm.db")};Pooling=False", .. files]);
        Assert.Equal(1, postgres.ExitCode);
        Assert.Equal(sqlite.Stdout, postgres.Stdout);
        using var doc = JsonDocument.Parse(postgres.Stdout);
        Assert.Equal(80, doc.RootElement.GetProperty("customers").GetInt64());
        Assert.Equal(2, doc.RootElement.GetProperty("errors").GetArrayLength());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        _database?.Dispose();
    }
}
