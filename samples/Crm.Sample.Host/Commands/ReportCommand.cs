using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using Crm.Core.Segmentation;
using Crm.Sample.Host.Csv;
using Crm.Sample.Host.Storage;
using Crm.Sample.Host.DemoData;
using Crm.Sample.Host.Report;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Crm.Sample.Host.Commands;

/// <summary>
/// The <c>report</c> command: the demo's analyses and HTML report on the user's own files — customers (the columns of
/// <c>generate</c>'s customers.csv: <c>code</c>, <c>first_name</c>, <c>last_name</c>, <c>channel</c>; others are ignored)
/// and transactions (<c>customer_id,date,amount[,currency]</c>, read by the streaming importer). Malformed rows are listed
/// with their line numbers on stderr and in the report, and never stop the run.
/// </summary>
internal static class ReportCommand
{
    /// <summary>The default report folder of <c>report</c> and <c>demo</c>.</summary>
    public const string DefaultFolder = "crm-report";

    public static Command Create(IServiceProvider services)
    {
        var customers = new Option<string>("--customers") { Description = "Customers CSV (code, first_name, last_name, channel).", Required = true };
        var transactions = new Option<string>("--transactions") { Description = "Transactions CSV (customer_id,date,amount[,currency]).", Required = true };
        var asOf = new Option<string>("--as-of") { Description = "Last day of the data (Persian yyyy/MM/dd or Gregorian yyyy-MM-dd); the last purchase day by default." };
        var output = new Option<string>("--out") { Description = "Folder for index.html and the CSV exports.", DefaultValueFactory = _ => DefaultFolder };
        var command = new Command("report", "Run the analyses of `demo` on your own customers and transactions and write the HTML report.") { customers, transactions, asOf, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            LocalDate? day = null;
            if (parseResult.GetValue(asOf) is { } text)
            {
                if (!CalendarCommands.TryReadDate(text, out var parsed, out var error))
                {
                    await stderr.WriteLineAsync("--as-of: " + error).ConfigureAwait(false);
                    return HostApp.BadInput;
                }

                day = parsed.WithCalendar(CalendarSystem.Iso);
            }

            var problems = new List<ReportProblem>();
            var transactionsPath = parseResult.GetValue(transactions)!;
            var customersPath = parseResult.GetValue(customers)!;
            PurchaseImportResult imported;
            Dictionary<CustomerCode, ReportCustomer> known;
            var customerProblems = new List<ReportProblem>();
            try
            {
                imported = TerminalFiles.ReadPurchases(services.GetService<HostTerminal>(), transactionsPath, cancellationToken);
                var stamp = new ChangeStamp("report", services.GetRequiredService<IClock>().GetCurrentInstant());
                known = TerminalFiles.ReadCustomers(services.GetService<HostTerminal>(), customersPath, services.GetRequiredService<CustomerRecordImporter>(), stamp,
                    file => ReadCustomers(file, Path.GetFileName(customersPath), customerProblems));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CsvUnreadableException)
            {
                await stderr.WriteLineAsync("cannot read input: " + ex.Message).ConfigureAwait(false);
                return HostApp.BadInput;
            }

            var transactionsName = Path.GetFileName(transactionsPath);
            foreach (var e in imported.Errors)
            {
                problems.Add(new ReportProblem(transactionsName, e.Line, e.Error.Message));
            }

            problems.AddRange(customerProblems);
            var purchases = ToPurchases(imported.Purchases);
            foreach (var p in problems)
            {
                await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{p.Source}:{p.Line}: {p.Message}")).ConfigureAwait(false);
            }

            if (purchases.Count == 0)
            {
                await stderr.WriteLineAsync($"{transactionsName}: no transaction could be read, so there is nothing to report").ConfigureAwait(false);
                return HostApp.BadInput;
            }

            var end = day ?? purchases.Max(p => p.Date);
            var input = new ReportInput(purchases, known, end, problems);
            var folder = parseResult.GetValue(output)!;
            var page = services.GetService<HostTerminal>()?.Output is { } console
                ? await ReportProgress.RunAsync(console, (log, hooks) => WriteAsync(services, input, folder, "Crm.Core report", log, cancellationToken, hooks)).ConfigureAwait(false)
                : await WriteAsync(services, input, folder, "Crm.Core report", stdout, cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"report: {known.Count} customers, {purchases.Count} purchases, {problems.Count} row(s) reported; written to {page}")).ConfigureAwait(false);
            return problems.Count == 0 ? HostApp.Success : HostApp.RowsReported;
        });
        return command;
    }

    /// <summary>Builds the report of <paramref name="input"/> and writes it into <paramref name="folder"/>; one line per step on
    /// <paramref name="log"/> with its time, and each step and the built sections to <paramref name="hooks"/> (a terminal's
    /// progress display). Returns the path of index.html.</summary>
    public static async Task<string> WriteAsync(
        IServiceProvider services, ReportInput input, string folder, string title, TextWriter log, CancellationToken cancellationToken, ReportHooks? hooks = null)
    {
        var clock = Stopwatch.StartNew();
        string? current = null;
        void Step(string name)
        {
            if (current is not null)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report: {current} ({clock.Elapsed.TotalSeconds:F1} s)"));
            }

            current = name;
            clock.Restart();
            if (name != "done")
            {
                hooks?.Step?.Invoke(name);
            }
        }

        var sections = ReportBuilder.Build(input, services, Step, cancellationToken);
        hooks?.Built?.Invoke(sections);
        Step("writing");
        var customers = input.Purchases.Select(p => p.CustomerId).Distinct().Count();
        var facts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"As of {NodaTime.Text.LocalDatePattern.Iso.Format(input.AsOf.WithCalendar(CalendarSystem.Iso))} · {PersianDateFormat.FormatLong(input.AsOf)}"),
            string.Create(CultureInfo.InvariantCulture, $"{customers:#,0} customers with purchases, {input.Purchases.Count:#,0} purchases, {input.Problems.Count:#,0} row(s) reported while reading"),
        };
        if (input.Storage is { } storage)
        {
            facts.Add(storage);
        }

        var page = await ReportWriter.WriteAsync(folder, title, facts, sections, cancellationToken).ConfigureAwait(false);
        Step("done");
        return page;
    }

    /// <summary>Writes the demo's report on <paramref name="count"/> generated customers as of <paramref name="today"/>, after
    /// storing them and their purchases in <c>crm.db</c> (SQLite) in <paramref name="folder"/>, whose RFM scores the report shows.</summary>
    public static Task<string> WriteDemoAsync(IServiceProvider services, int count, LocalDate today, string folder, TextWriter log, CancellationToken cancellationToken) =>
        WriteDemoAsync(services, count, today, folder, null, log, cancellationToken);

    /// <summary>As <see cref="WriteDemoAsync(IServiceProvider, int, LocalDate, string, TextWriter, CancellationToken)"/>, storing
    /// in <paramref name="database"/> instead of the embedded file when one is given (<c>--provider/--connection</c>).
    /// <paramref name="hooks"/> hears of each step (generating, storing, then the report's own).</summary>
    public static async Task<string> WriteDemoAsync(IServiceProvider services, int count, LocalDate today, string folder, HostDatabase? database, TextWriter log,
        CancellationToken cancellationToken, ReportHooks? hooks = null)
    {
        hooks?.Step?.Invoke("generating customers and purchases");
        const int Seed = 1404;
        var iso = today.WithCalendar(CalendarSystem.Iso);
        var generated = SyntheticData.Customers(count, Seed).ToList();
        var known = generated.ToDictionary(c => CustomerCode.Parse(c.Code), c => new ReportCustomer(c.DisplayName, c.Channel));
        Directory.CreateDirectory(folder);

        // The purchases go through a CSV file with a few malformed rows of the kinds real exports have, read back by the
        // streaming importer as a user's export would be: the report lists the bad rows with their lines.
        var data = Directory.CreateDirectory(Path.Combine(folder, "data")).FullName;
        var purchasesPath = Path.Combine(data, "purchases.csv");
        GenerateCommand.Write(purchasesPath, ["customer_id", "date", "amount"], GenerateCommand.WithDirtyRows(SyntheticData.Purchases(count, iso, Seed), count, Math.Min(DemoDirtyRows, count)));
        var imported = PurchaseCsvImporter.ReadFile(purchasesPath, cancellationToken: cancellationToken);
        var purchases = ToPurchases(imported.Purchases);
        var problems = imported.Errors.Select(e => new ReportProblem("data/purchases.csv", e.Line, e.Error.Message)).ToList();
        hooks?.Step?.Invoke(database is null ? "storing in the database (SQLite)" : "storing in the database");
        var now = services.GetRequiredService<IClock>().GetCurrentInstant();
        var stored = database is null
            ? await DemoDatabase.StoreAsync(Path.Combine(folder, "crm.db"), generated, purchases, iso, services.GetService<RfmSegmentMap>(), now, cancellationToken).ConfigureAwait(false)
            : await DemoDatabase.StoreAsync(database, database.IsPostgres ? "the PostgreSQL database" : "the given SQLite database", generated, purchases, iso, services.GetService<RfmSegmentMap>(), now, cancellationToken).ConfigureAwait(false);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"report: stored {stored.Customers} customers and {stored.Purchases} purchases in {stored.Path} ({stored.Elapsed.TotalSeconds:F1} s)")).ConfigureAwait(false);
        services.GetService<ILoggerFactory>()?.CreateLogger("Crm.Sample.Host.Demo").LogInformation(
            "Stored {Customers} customers and {Purchases} purchases in {Database} ({Provider}) in {Seconds:F1} s",
            stored.Customers, stored.Purchases, stored.Path, stored.Provider, stored.Elapsed.TotalSeconds);
        if (stored.Search is { } search)
        {
            await log.WriteLineAsync("report: " + search).ConfigureAwait(false);
        }

        if (stored.Segment is { } segment)
        {
            await log.WriteLineAsync("report: " + segment).ConfigureAwait(false);
        }
        var input = new ReportInput(purchases, known, iso, problems) { StoredRfm = stored.Rfm, Storage = DemoDatabase.Describe(stored), Agreed = Agreed(generated, iso, now) };
        return await WriteAsync(services, input, folder, "Crm.Core demo report", log, cancellationToken, hooks).ConfigureAwait(false);
    }

    /// <summary>The names and channels of the valid customers of the file; each invalid row (and a header that names unknown
    /// columns) is one problem, with all its messages.</summary>
    /// <summary>How many malformed purchase rows the demo's data file holds, one of each kind <c>generate --dirty-rows</c> writes.</summary>
    private const int DemoDirtyRows = 4;

    /// <summary>The follow-ups the generated records call for in the coming Persian month, from the library's one call
    /// (<see cref="CustomerFollowUps.Between"/>) over the customers whose agreed next contact or birthday falls in it.</summary>
    private static IReadOnlyList<FollowUp> Agreed(IReadOnlyList<SyntheticCustomer> generated, LocalDate asOf, Instant now)
    {
        var (start, days) = ReportBuilder.ComingMonth(asOf);
        var end = start.PlusDays(days - 1);
        var (first, last) = (start.WithCalendar(CalendarSystem.Iso), end.WithCalendar(CalendarSystem.Iso));
        var stamp = new ChangeStamp("demo", now);
        var inMonth = generated.Where(c =>
            (c.NextContactInDays > 0 && asOf.PlusDays(c.NextContactInDays) is var due && due >= first && due <= last)
            || (c.BirthDate.Length == 10 && int.Parse(c.BirthDate.AsSpan(5, 2), CultureInfo.InvariantCulture) == start.Month));
        return CustomerFollowUps.Between(inMonth.Select(c => DemoDatabase.ToCustomer(c, null, asOf, stamp)), start, end, c => c.Owner ?? SyntheticData.Owners[0]);
    }

    private static Dictionary<CustomerCode, ReportCustomer> ReadCustomers(CustomersCsv file, string source, List<ReportProblem> problems)
    {
        var known = new Dictionary<CustomerCode, ReportCustomer>();
        if (!file.Header.Contains(CustomerRecordColumns.Code, StringComparer.Ordinal))
        {
            problems.Add(new ReportProblem(source, 1, "rule 'csv.header' failed: the header has no column 'code'; names and channels are left out"));
            return known;
        }

        foreach (var record in file.Records)
        {
            if (record.Customer is not { } customer)
            {
                problems.Add(new ReportProblem(source, record.Line, string.Join(" ", record.Errors.Select(e => e.Message))));
                continue;
            }

            var name = customer is Individual person
                ? string.Join(' ', new[] { person.Profile.FirstName, person.Profile.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)))
                : customer.DisplayName;
            known.Add(customer.Code, new ReportCustomer(name, customer.Acquisition?.Channel ?? string.Empty));
        }

        return known;
    }

    private static List<Purchase> ToPurchases(PurchaseColumns columns)
    {
        var list = new List<Purchase>(columns.Count);
        var customers = columns.Customers;
        for (var i = 0; i < columns.Count; i++)
        {
            var date = LocalDate.FromDateOnly(DateOnly.FromDayNumber(columns.DayNumber[i]));
            list.Add(new Purchase(customers[columns.CustomerIndex[i]], date, new Money(columns.Amount[i], columns.Currencies[columns.CurrencyIndex[i]])));
        }

        return list;
    }
}
