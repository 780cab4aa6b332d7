using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore;
using Crm.Core.Segmentation;
using Crm.Sample.Host.Csv;
using Crm.Sample.Host.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Crm.Sample.Host.Commands;

/// <summary>
/// The <c>db</c> command group: <c>db import --provider sqlite|postgresql --connection STRING [--customers FILE]
/// [--transactions FILE] [--format text|json]</c> loads the files of <c>customers validate</c> and <c>segment rfm</c>
/// into the library's tables (created when missing), through the bulk paths. Bad rows are listed and never stop the load.
/// </summary>
internal static class DbCommands
{
    public static Command Create(IServiceProvider services)
    {
        var provider = new Option<string>("--provider") { Description = "Database: sqlite or postgresql.", Required = true };
        provider.AcceptOnlyFromAmong(HostDatabase.Providers);
        var connection = new Option<string>("--connection") { Description = "Connection string, e.g. \"Data Source=crm.db\".", Required = true };
        var customers = new Option<string?>("--customers") { Description = "Customers CSV (the columns of `customers validate`)." };
        var transactions = new Option<string?>("--transactions") { Description = "Purchases CSV: customer_id,date,amount[,currency] (as `segment rfm`)." };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var import = new Command("import", "Load customers and/or purchases into a database (schema created when missing); bad rows are listed, never stop the load.");
        foreach (var option in new Option[] { provider, connection, customers, transactions, format })
        {
            import.Options.Add(option);
        }

        import.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var customersPath = parseResult.GetValue(customers);
            var transactionsPath = parseResult.GetValue(transactions);
            if (customersPath is null && transactionsPath is null)
            {
                await stderr.WriteLineAsync("db import: give --customers FILE, --transactions FILE or both").ConfigureAwait(false);
                return 2;
            }

            foreach (var path in new[] { customersPath, transactionsPath })
            {
                if (path is not null && !File.Exists(path))
                {
                    await stderr.WriteLineAsync($"cannot read '{path}': file not found").ConfigureAwait(false);
                    return 2;
                }
            }

            var database = new HostDatabase(parseResult.GetValue(provider)!, parseResult.GetValue(connection)!);
            var clock = services.GetRequiredService<IClock>();
            DbImportReport report;
            try
            {
                report = await ImportAsync(database, customersPath, transactionsPath, new ChangeStamp("db-import", clock.GetCurrentInstant()), services.GetRequiredService<CustomerRecordImporter>(), cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (CsvUnreadableException e)
            {
                await stderr.WriteLineAsync(e.Message).ConfigureAwait(false);
                return 2;
            }
            catch (System.Data.Common.DbException e)
            {
                await stderr.WriteLineAsync($"db import: the {database.Provider} database failed: {e.Message.Split('\n')[0].Trim()}").ConfigureAwait(false);
                return 2;
            }

            foreach (var e in report.Errors)
            {
                await stderr.WriteLineAsync($"{e.File}:{e.Line}: {e.Field}: {e.Message}").ConfigureAwait(false);
            }

            services.GetService<ILoggerFactory>()?.CreateLogger("Crm.Sample.Host.Db").LogInformation(
                "Imported {Customers} customers and {Purchases} purchases into {Provider}; {Rejected} rows not loaded",
                report.Customers, report.Purchases, database.Provider, report.Errors.Count);

            if (parseResult.GetValue(format) == "json")
            {
                await stdout.WriteLineAsync(JsonSerializer.Serialize(
                    new DbImportJson(report.Customers, report.Purchases, [.. report.Errors.Select(e => new DbImportJsonError(e.Line, e.Field, e.Rule, e.Value, e.Message))]),
                    HostJson.Options)).ConfigureAwait(false);
            }
            else
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{report.Customers} customers and {report.Purchases} purchases stored ({database.Provider}); {report.Errors.Count} rows not loaded")).ConfigureAwait(false);
            }

            return report.Errors.Count == 0 ? 0 : 1;
        });

        var group = new Command("db", "Database commands.");
        group.Subcommands.Add(import);
        return group;
    }

    /// <summary>Loads the files; rows read = rows stored + rows in <see cref="DbImportReport.Errors"/>.</summary>
    internal static async Task<DbImportReport> ImportAsync(HostDatabase database, string? customersPath, string? transactionsPath, ChangeStamp stamp,
        CustomerRecordImporter importer, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        await HostDatabase.EnsureSchemaAsync(context, cancellationToken).ConfigureAwait(false);
        var errors = new List<DbImportError>();
        long customers = 0, purchases = 0;
        if (customersPath is not null)
        {
            customers = await ImportCustomersAsync(context, customersPath, stamp, importer, errors, cancellationToken).ConfigureAwait(false);
        }

        if (transactionsPath is not null)
        {
            purchases = await ImportPurchasesAsync(database, context, transactionsPath, errors, cancellationToken).ConfigureAwait(false);
        }

        return new DbImportReport(customers, purchases, errors);
    }

    private static async Task<long> ImportCustomersAsync(CrmDbContext context, string path, ChangeStamp stamp, CustomerRecordImporter importer,
        List<DbImportError> errors, CancellationToken cancellationToken)
    {
        using var csv = CustomersCsv.Open(path, importer, stamp, cancellationToken: cancellationToken);
        var first = errors.Count;
        var lines = new List<long>();   // the line of each customer handed to the store, to name the skipped ones
        IEnumerable<Customer> Valid()
        {
            foreach (var record in csv.Records)
            {
                if (record.Customer is not { } customer)
                {
                    errors.AddRange(record.Errors.Select(e => new DbImportError(path, record.Line, e.Field, e.Rule, e.Value, e.Message)));
                    continue;
                }

                lines.Add(record.Line);
                yield return customer;
            }
        }

        var bulk = await new EfCoreCustomerStore(context).AddRangeAsync(Valid(), 1000, null, cancellationToken).ConfigureAwait(false);
        errors.AddRange(bulk.Skipped.Select(s => new DbImportError(path, lines[checked((int)s.Index)], "code", s.Rule, s.Code.Value, s.Message)));
        errors.Sort(first, errors.Count - first, Comparer<DbImportError>.Create((x, y) => x.Line.CompareTo(y.Line)));
        return bulk.Added;
    }

    private static async Task<long> ImportPurchasesAsync(HostDatabase database, CrmDbContext context, string path,
        List<DbImportError> errors, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CsvUnreadableException($"cannot read '{path}': file not found");
        }

        var read = PurchaseCsvImporter.ReadFile(path, null, null, cancellationToken);
        var first = errors.Count;
        errors.AddRange(read.Errors.Select(e => new DbImportError(path, e.Line, e.Error.Field, e.Error.Rule, e.Error.Value, e.Error.Message)));
        var columns = read.Purchases;
        var tooPrecise = new List<int>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (decimal.Round(columns.Amount[i], 4) != columns.Amount[i])
            {
                tooPrecise.Add(i);
            }
        }

        var rejectedLines = read.Errors.Select(e => e.Line).ToHashSet();
        if (tooPrecise.Count > 0)
        {
            // The store keeps ten-thousandths. The importer does not keep the line of an accepted row, so it is counted
            // here: the n-th accepted row is the n-th data line that was not reported (one line per row, as written by
            // spreadsheet exports).
            long line = 1;
            var next = 0;
            for (var i = 0; i < columns.Count && next < tooPrecise.Count; i++)
            {
                do
                {
                    line++;
                }
                while (rejectedLines.Contains(line));

                if (i == tooPrecise[next])
                {
                    var amount = columns.Amount[i].ToString(CultureInfo.InvariantCulture);
                    errors.Add(new DbImportError(path, line, "amount", "amount.precision", amount,
                        $"Rule 'amount.precision' failed for value '{amount}': the database keeps amounts to four decimal places."));
                    next++;
                }
            }
        }

        errors.Sort(first, errors.Count - first, Comparer<DbImportError>.Create((x, y) => x.Line.CompareTo(y.Line)));
        var skip = tooPrecise.ToHashSet();
        return await database.Purchases(context).AddAsync(Purchases(columns).Where((_, i) => !skip.Contains(i)), cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<Purchase> Purchases(PurchaseColumns columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            yield return new Purchase(
                columns.Customers[columns.CustomerIndex[i]],
                LocalDate.FromDateOnly(DateOnly.FromDayNumber(columns.DayNumber[i])),
                new Money(columns.Amount[i], columns.Currencies[columns.CurrencyIndex[i]]));
        }
    }
}

/// <summary>What <c>db import</c> stored and the rows it did not.</summary>
internal sealed record DbImportReport(long Customers, long Purchases, IReadOnlyList<DbImportError> Errors);

/// <summary>A row not loaded: the file, its line, the column, the rule, the value and why.</summary>
internal sealed record DbImportError(string File, long Line, string Field, string Rule, string Value, string Message);

/// <summary>The JSON of <c>db import --format json</c>: <c>{"customers":N,"purchases":N,"errors":[{"line","field","rule","value","message"}]}</c>.</summary>
internal sealed record DbImportJson(long Customers, long Purchases, IReadOnlyList<DbImportJsonError> Errors);

/// <summary>One error of <see cref="DbImportJson"/>.</summary>
internal sealed record DbImportJsonError(long Line, string Field, string Rule, string Value, string Message);
