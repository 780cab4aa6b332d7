using Npgsql;

namespace Crm.Sample.Host.Tests.Support;

/// <summary>A database of its own on the server of <c>CRM_TEST_POSTGRES</c>, dropped on dispose.</summary>
internal sealed class ScratchPostgres : IDisposable
{
    public const string Variable = "CRM_TEST_POSTGRES";

    private readonly string _admin;
    private readonly string _name = "crm_host_" + Guid.NewGuid().ToString("N");

    public ScratchPostgres()
    {
        _admin = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s
            ? s
            : throw new InvalidOperationException($"set {Variable} to a PostgreSQL connection string (source .ci/postgres)");
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        create.ExecuteNonQuery();
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;
    }

    /// <summary>The connection string of the new database.</summary>
    public string ConnectionString { get; }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}

/// <summary>A fact that needs the PostgreSQL server: skipped with the reason when there is none, except under CI.</summary>
public sealed class PostgresHostFactAttribute : FactAttribute
{
    public PostgresHostFactAttribute()
    {
        var missing = Environment.GetEnvironmentVariable(ScratchPostgres.Variable) is not { Length: > 0 };
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Skip = missing && !underCi ? "PostgreSQL host tests need a server: set CRM_TEST_POSTGRES (for example run `source .ci/postgres` first)." : null;
    }
}
