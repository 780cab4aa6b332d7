using System.CommandLine;
using Crm.Core.EntityFrameworkCore;

namespace Crm.Sample.Host.Storage;

/// <summary>
/// The <c>--provider sqlite|postgresql --connection STRING</c> options shared by the commands that work on a database,
/// and the context they open: the library's ready-made <see cref="CrmDbContext"/> on SQLite or PostgreSQL.
/// </summary>
internal sealed class DbConnectionOptions
{
    public DbConnectionOptions(string what)
    {
        Provider = new Option<string?>("--provider") { Description = $"Database provider for {what}: sqlite or postgresql (with --connection)." };
        Provider.AcceptOnlyFromAmong(HostDatabase.Providers);
        Connection = new Option<string?>("--connection") { Description = "Connection string of the database (with --provider), e.g. \"Data Source=crm.db\" for SQLite." };
    }

    public Option<string?> Provider { get; }

    public Option<string?> Connection { get; }

    /// <summary>Adds both options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    /// <summary>Whether either option was given.</summary>
    public bool IsUsed(ParseResult parseResult) => parseResult.GetValue(Provider) is not null || parseResult.GetValue(Connection) is not null;

    /// <summary>Opens the context, or writes why not (one option without the other) and returns null.</summary>
    public CrmDbContext? Open(ParseResult parseResult, TextWriter errors)
    {
        var provider = parseResult.GetValue(Provider);
        var connection = parseResult.GetValue(Connection);
        if (provider is null || string.IsNullOrWhiteSpace(connection))
        {
            errors.WriteLine("--provider and --connection go together: give both (for example --provider sqlite --connection \"Data Source=crm.db\")");
            return null;
        }

        return new HostDatabase(provider, connection).CreateContext();   // the context `db import` writes with
    }
}
