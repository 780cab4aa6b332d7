namespace Crm.Core.EntityFrameworkCore.Tests.Support;

/// <summary>
/// The PostgreSQL server for the tests: its connection string comes from the environment variable
/// <c>CRM_TEST_POSTGRES</c> (set by <c>.ci/postgres</c>). Without it the PostgreSQL tests are skipped, except under CI
/// (<c>CI=true</c>), where they run and fail so a server that did not start cannot go unnoticed.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "CRM_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingReason =>
        $"PostgreSQL tests need a server: set {Variable} to a connection string (for example run `source .ci/postgres` first).";

    /// <summary>The reason to skip, or <see langword="null"/> to run.</summary>
    public static string? SkipReason => ConnectionString is null && !UnderCi ? MissingReason : null;
}

/// <summary>A fact that needs the PostgreSQL server: skipped with the reason when there is none (outside CI).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.SkipReason;
}

/// <summary>An FsCheck property that needs the PostgreSQL server: skipped with the reason when there is none (outside CI).</summary>
public sealed class PostgresPropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    public PostgresPropertyAttribute() => Skip = PostgresServer.SkipReason;
}
