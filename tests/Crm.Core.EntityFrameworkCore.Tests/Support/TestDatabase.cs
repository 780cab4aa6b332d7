using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Core.EntityFrameworkCore.Tests.Support;

/// <summary>A fresh, empty database on one provider; contexts made by <see cref="CreateContext"/> all see the same data.</summary>
public abstract class TestDatabase : IDisposable
{
    /// <summary>The provider's name in test output.</summary>
    public abstract string Provider { get; }

    /// <summary>Creates a context of an application that added the Crm.Core model to its own DbContext.</summary>
    public AppDbContext CreateContext() => new(Options());

    /// <summary>Creates the library's ready-made context on the same database.</summary>
    public CrmDbContext CreateCrmContext() => new(Options<CrmDbContext>());

    /// <summary>Creates another context type on the same database (for example one whose schema comes from migrations).</summary>
    public TContext CreateContext<TContext>(Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext => create(Options<TContext>());

    /// <summary>Opens a connection to the database for raw SQL in tests.</summary>
    public abstract System.Data.Common.DbConnection OpenConnection();

    public abstract void Dispose();

    protected abstract DbContextOptions<TContext> Options<TContext>()
        where TContext : DbContext;

    private DbContextOptions<AppDbContext> Options() => Options<AppDbContext>();

    /// <summary>Creates the tables of both contexts' models.</summary>
    protected void CreateSchema()
    {
        using (var app = CreateContext())
        {
            app.Database.EnsureCreated();
        }

        using var crm = CreateCrmContext();
        Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>(crm).CreateTables();
    }
}

/// <summary>A named in-memory SQLite database, kept alive by one open connection while the fixture lives.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _connectionString = $"Data Source=crm-test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
    private readonly SqliteConnection _connection;

    public SqliteTestDatabase()
        : this(createSchema: true)
    {
    }

    /// <summary>Creates a database without any table (for the migrations test).</summary>
    public static SqliteTestDatabase Empty() => new(createSchema: false);

    private SqliteTestDatabase(bool createSchema)
    {
        _connection = new SqliteConnection(_connectionString);
        _connection.Open();
        if (createSchema)
        {
            CreateSchema();
        }
    }

    public override string Provider => "SQLite";

    public string ConnectionString => _connectionString;

    public override System.Data.Common.DbConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    public override void Dispose() => _connection.Dispose();

    protected override DbContextOptions<TContext> Options<TContext>() =>
        new DbContextOptionsBuilder<TContext>().UseSqlite(_connectionString).Options;
}

/// <summary>A throwaway PostgreSQL database on the server named by <c>CRM_TEST_POSTGRES</c>, dropped on dispose.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _admin;
    private readonly string _name = "crm_test_" + Guid.NewGuid().ToString("N");
    private readonly string _connectionString;

    public PostgresTestDatabase()
        : this(createSchema: true)
    {
    }

    /// <summary>Creates a database without any table (for the migrations test).</summary>
    public static PostgresTestDatabase Empty() => new(createSchema: false);

    private PostgresTestDatabase(bool createSchema)
    {
        _admin = PostgresServer.ConnectionString
            ?? throw new InvalidOperationException(PostgresServer.MissingReason);
        using (var connection = new NpgsqlConnection(_admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
            create.ExecuteNonQuery();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;
        if (createSchema)
        {
            CreateSchema();
        }
    }

    public override string Provider => "PostgreSQL";

    public string ConnectionString => _connectionString;

    public override System.Data.Common.DbConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        return connection;
    }

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    protected override DbContextOptions<TContext> Options<TContext>() =>
        new DbContextOptionsBuilder<TContext>().UseNpgsql(_connectionString, o => o.UseNodaTime()).Options;
}
