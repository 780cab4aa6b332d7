using System.Text.Json;
using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Tests;

/// <summary><c>segment rfm</c> and <c>segment run</c> with <c>--provider postgresql</c> give what they give on SQLite
/// for the same imported files (a database of its own on the server of <c>CRM_TEST_POSTGRES</c>).</summary>
public sealed class SegmentPostgresHostTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crm-host-tests-" + Guid.NewGuid().ToString("N"));
    private ScratchPostgres? _database;

    [PostgresHostFact]
    public async Task SegmentCommands_Postgres_PrintWhatSqliteGivesForTheSameImport()
    {
        _database = new ScratchPostgres();
        var postgres = _database.ConnectionString;
        var sqlite = $"Data Source={Path.Combine(_folder, "crm.db")};Pooling=False";
        Assert.Equal(0, (await SampleHost.RunAsync("generate", "--customers", "200", "--out", _folder)).ExitCode);
        string[] files = ["--customers", Path.Combine(_folder, "customers.csv"), "--transactions", Path.Combine(_folder, "purchases.csv")];
        Assert.Equal(0, (await SampleHost.RunAsync(["db", "import", "--provider", "postgresql", "--connection", postgres, .. files])).ExitCode);
        Assert.Equal(0, (await SampleHost.RunAsync(["db", "import", "--provider", "sqlite", "--connection", sqlite, .. files])).ExitCode);
        var definition = Path.Combine(_folder, "segment.json");
        await File.WriteAllTextAsync(definition, """
            { "name": "Active", "version": 1, "condition": { "any": [ { "all": [ { "field": "frequency", "op": "greaterThanOrEqual", "value": 2 },
              { "field": "rfmR", "op": "greaterThanOrEqual", "value": 3 } ] }, { "field": "birthDate", "op": "inPersianMonth", "value": 1 } ] } }
            """);

        var rfmPostgres = await SampleHost.RunAsync("segment", "rfm", "--provider", "postgresql", "--connection", postgres, "--as-of", "2026-03-01");
        var rfmSqlite = await SampleHost.RunAsync("segment", "rfm", "--provider", "sqlite", "--connection", sqlite, "--as-of", "2026-03-01");
        var runPostgres = await SampleHost.RunAsync("segment", "run", "--definition", definition, "--provider", "postgresql", "--connection", postgres, "--as-of", "2026-03-01");
        var runSqlite = await SampleHost.RunAsync("segment", "run", "--definition", definition, "--provider", "sqlite", "--connection", sqlite, "--as-of", "2026-03-01");

        Assert.Equal((rfmSqlite.ExitCode, rfmSqlite.Stdout), (rfmPostgres.ExitCode, rfmPostgres.Stdout));
        HostAssert.Ok(runPostgres);
        Assert.Equal(runSqlite.Stdout, runPostgres.Stdout);
        using var doc = JsonDocument.Parse(runPostgres.Stdout);
        Assert.InRange(doc.RootElement.GetProperty("count").GetInt32(), 1, 199);
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
