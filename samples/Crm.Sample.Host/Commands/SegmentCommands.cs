using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.Segmentation;
using Crm.Core.EntityFrameworkCore;
using Crm.Sample.Host.Csv;
using Crm.Sample.Host.Storage;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace Crm.Sample.Host.Commands;

/// <summary>The <c>segment</c> command group: <c>segment rfm</c> and <c>segment run</c>.</summary>
internal static class SegmentCommands
{
    public static Command Create(IServiceProvider services)
    {
        var group = new Command("segment", "Segmentation: RFM scores and rule-based segments.");
        group.Subcommands.Add(Rfm(services));
        group.Subcommands.Add(Run(services));
        return group;
    }

    private static Command Rfm(IServiceProvider services)
    {
        var transactions = new Option<string?>("--transactions") { Description = "CSV with header customer_id,date,amount (date yyyy-MM-dd Gregorian or yyyy/MM/dd Solar Hijri); or --provider/--connection." };
        var database = new DbConnectionOptions("the purchases, scored in the database instead of --transactions");
        var asOf = new Option<string>("--as-of") { Description = "As-of date, YYYY-MM-DD (Gregorian) or YYYY/MM/DD (Solar Hijri).", Required = true };
        var format = new Option<string>("--format") { Description = "Output format: csv or json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("rfm", "Score customers 1-5 on recency, frequency and monetary value and name their segment.");
        command.Options.Add(transactions);
        command.Options.Add(asOf);
        command.Options.Add(format);
        database.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            if (!TryDate(parseResult.GetValue(asOf)!, out var date))
            {
                stderr.WriteLine($"invalid --as-of '{parseResult.GetValue(asOf)}': expected YYYY-MM-DD or YYYY/MM/DD");
                return 2;
            }

            if (!OneSource(parseResult, transactions, database, stderr))
            {
                return 2;
            }

            var map = services.GetService<RfmSegmentMap>() ?? RfmSegmentMap.Default;
            RfmResult result;
            var allGood = true;
            if (database.IsUsed(parseResult))
            {
                using var context = database.Open(parseResult, stderr);
                if (context is null || await InDatabaseAsync(() => new EfCorePurchaseStore(context).ScoreRfmAsync(date, map, cancellationToken), stderr) is not { } scored)
                {
                    return 2;
                }

                result = scored;
            }
            else if (!TransactionsCsv.TryRead(parseResult.GetValue(transactions)!, stderr, out var purchases, out allGood, services.GetService<HostTerminal>()))
            {
                return 2;
            }
            else
            {
                result = RfmScorer.FromColumns(purchases, date, map: map);
            }

            WriteRfm(result, parseResult.GetValue(format) == "json", stdout);
            if (result.WithoutPurchases.Count > 0)
            {
                stderr.WriteLine($"note: {result.WithoutPurchases.Count} customer(s) without a purchase on or before the as-of date, not scored: "
                    + string.Join(", ", result.WithoutPurchases));
            }

            foreach (var error in result.Errors)
            {
                stderr.WriteLine(error.Message);
            }

            return allGood && result.Errors.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command Run(IServiceProvider services)
    {
        var definition = new Option<string>("--definition") { Description = "Segment definition JSON file.", Required = true };
        var customers = new Option<string?>("--customers") { Description = "Customers CSV (kind,code,first_name,...); or --provider/--connection." };
        var transactions = new Option<string?>("--transactions") { Description = "Optional purchases CSV (customer_id,date,amount) for purchase and RFM fields." };
        var asOf = new Option<string?>("--as-of") { Description = "As-of date (default: today in Tehran)." };
        var database = new DbConnectionOptions("the customers and purchases, evaluated in the database instead of --customers/--transactions");
        var command = new Command("run", "Evaluate a segment definition over a customers CSV (or a database) and list the members.");
        command.Options.Add(definition);
        command.Options.Add(customers);
        command.Options.Add(transactions);
        command.Options.Add(asOf);
        database.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var clock = services.GetRequiredService<IClock>();
            var date = SegmentContext.Today(clock).AsOf;
            if (parseResult.GetValue(asOf) is { } text && !TryDate(text, out date))
            {
                stderr.WriteLine($"invalid --as-of '{text}': expected YYYY-MM-DD or YYYY/MM/DD");
                return 2;
            }

            if (!OneSource(parseResult, customers, database, stderr))
            {
                return 2;
            }

            if (database.IsUsed(parseResult) && parseResult.GetValue(transactions) is not null)
            {
                stderr.WriteLine("--transactions reads purchases from a file; with --provider/--connection the purchases come from the database: give one or the other");
                return 2;
            }

            SegmentDefinition segment;
            List<CustomerCsvRecord>? records = null;
            try
            {
                segment = SegmentDefinitionJson.Parse(File.ReadAllText(parseResult.GetValue(definition)!, Encoding.UTF8));
                if (!database.IsUsed(parseResult))
                {
                    // With the configured ranks, groups and channels.
                    records = TerminalFiles.ReadCustomers(services.GetService<HostTerminal>(), parseResult.GetValue(customers)!,
                        services.GetRequiredService<CustomerRecordImporter>(), new ChangeStamp("segment-run", clock.GetCurrentInstant()),
                        file => file.Records.ToList());
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or CsvUnreadableException)
            {
                stderr.WriteLine(ex.Message.ReplaceLineEndings(" "));
                return 2;
            }

            if (records is null)
            {
                using var context = database.Open(parseResult, stderr);
                if (context is null || await InDatabaseAsync(() => new EfCoreSegmentQuery(context).EvaluateAsync(segment, new SegmentContext(date),
                        null, cancellationToken), stderr) is not { } found)
                {
                    return 2;
                }

                WriteMembers(found, stdout);
                return 0;
            }

            var allGood = true;
            var purchases = PurchaseColumns.From([]);
            if (parseResult.GetValue(transactions) is { } path && !TransactionsCsv.TryRead(path, stderr, out purchases, out allGood, services.GetService<HostTerminal>()))
            {
                return 2;
            }

            var loaded = new List<Customer>();
            foreach (var record in records)
            {
                if (record.Customer is { } c)
                {
                    loaded.Add(c);
                    continue;
                }

                allGood = false;
                stderr.WriteLine($"line {record.Line}: " + string.Join(" ", record.Errors.Select(e => e.Message)));
            }

            var summaries = ColumnarPurchaseSummarizer.Summarize(purchases, date).ToSummaries();
            var facts = CustomerFacts.Combine(loaded, summaries, RfmScorer.FromSummaries(summaries));
            var members = segment.Compile().Evaluate(facts, new SegmentContext(date));
            WriteMembers(members, stdout);
            return allGood ? 0 : 1;
        });
        return command;
    }

    private static void WriteMembers(SegmentMembership members, TextWriter stdout) =>
        stdout.WriteLine(JsonSerializer.Serialize(new
        {
            segment = members.SegmentName,
            version = members.Version,
            asOf = LocalDatePattern.Iso.Format(members.AsOf.WithCalendar(CalendarSystem.Iso)),
            asOfPersian = PersianDateFormat.Format(members.AsOf),
            count = members.Count,
            members = members.Members.Select(m => m.Value),
        }, HostJson.Options));

    /// <summary>Requires exactly one source: the file option or the database options.</summary>
    private static bool OneSource(ParseResult parseResult, Option<string?> file, DbConnectionOptions database, TextWriter stderr)
    {
        var fromFile = parseResult.GetValue(file) is not null;
        if (fromFile == database.IsUsed(parseResult))
        {
            stderr.WriteLine(fromFile
                ? $"give either {file.Name} or --provider/--connection, not both"
                : $"Option '{file.Name}' is required (or --provider and --connection to read a database).");
            return false;
        }

        return true;
    }

    /// <summary>Runs a database query; a connection or SQL failure is one line on stderr (exit code 2), not a stack trace.</summary>
    private static async Task<T?> InDatabaseAsync<T>(Func<Task<T>> query, TextWriter stderr)
        where T : class
    {
        try
        {
            return await query();
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine("database: " + ex.Message.ReplaceLineEndings(" "));
            return null;
        }
    }

    internal static void WriteRfm(RfmResult result, bool json, TextWriter output)
    {
        var rows = result.Rows.Select(r => new RfmOutputRow(r.CustomerId.Value, r.RecencyDays, r.Frequency, r.Monetary.Amount, r.Score.R, r.Score.F, r.Score.M, r.Segment.Name));
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(rows, HostJson.Options));
            return;
        }

        // Written in chunks of about 64 KB: the console writer flushes on every call, and a million rows one write each cost
        // more than scoring them.
        var chunk = new StringBuilder();
        chunk.Append("customerId,recencyDays,frequency,monetary,r,f,m,segment").Append(output.NewLine);
        foreach (var r in rows)
        {
            // Customer codes and segment names are text from the user's files and configuration: quoted where needed and
            // neutralised where a spreadsheet would read a formula (a code may start with '-', a name hold ',' or '=').
            chunk.AppendJoin(',', CsvInjectionGuard.Cell(r.CustomerId), I(r.RecencyDays), I(r.Frequency), r.Monetary.ToString(CultureInfo.InvariantCulture), I(r.R), I(r.F), I(r.M), CsvInjectionGuard.Cell(r.Segment))
                .Append(output.NewLine);
            if (chunk.Length >= 1 << 16)
            {
                output.Write(chunk);
                chunk.Clear();
            }
        }

        output.Write(chunk);
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static bool TryDate(string text, out LocalDate date)
    {
        var ascii = PersianDigits.ToAscii(text).Trim();
        if (ascii.Contains('/', StringComparison.Ordinal))
        {
            return PersianDateFormat.TryParse(ascii, out date);
        }

        var parsed = LocalDatePattern.Iso.Parse(ascii);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }
}

/// <summary>One output row of <c>segment rfm</c>.</summary>
internal sealed record RfmOutputRow(string CustomerId, int RecencyDays, int Frequency, decimal Monetary, int R, int F, int M, string Segment);

/// <summary>Reads the <c>customer_id,date,amount</c> transactions CSV of <c>segment rfm</c> with the library's streaming
/// importer; bad lines are reported and skipped.</summary>
internal static class TransactionsCsv
{
    public const string Header = "customer_id,date,amount";

    /// <summary>Reads the file into columns; returns false (after one line on <paramref name="errors"/>) when it cannot be
    /// read at all.</summary>
    /// <summary>Purchases before this day (1900-01-01) are kept but noted: a Solar Hijri date written with '-'
    /// ("1403-12-30") is read as Gregorian year 1403.</summary>
    internal static readonly int PlausibleFromDay = new DateOnly(1900, 1, 1).DayNumber;

    /// <summary>Writes one note when purchases are dated before 1900 (Gregorian), with the earliest date.</summary>
    internal static void NoteImplausibleYears(PurchaseColumns purchases, TextWriter errors)
    {
        var count = 0;
        var earliest = int.MaxValue;
        foreach (var day in purchases.DayNumber)
        {
            if (day < PlausibleFromDay)
            {
                count++;
                earliest = Math.Min(earliest, day);
            }
        }

        if (count > 0)
        {
            errors.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"note: {count} purchase(s) dated before 1900-01-01, the earliest {DateOnly.FromDayNumber(earliest):yyyy-MM-dd}: a Solar Hijri date written with '-' is read as Gregorian; write Solar Hijri dates as yyyy/MM/dd"));
        }
    }

    public static bool TryRead(string path, TextWriter errors, out PurchaseColumns purchases, out bool allGood, HostTerminal? terminal = null)
    {
        purchases = PurchaseColumns.From([]);
        allGood = true;
        PurchaseImportResult result;
        try
        {
            string? first;
            using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            {
                first = reader.ReadLine();
            }

            if (first is null || !string.Equals(first.Trim().TrimStart('\uFEFF'), Header, StringComparison.Ordinal))
            {
                errors.WriteLine($"cannot read '{path}': the first line must be the header '{Header}'");
                return false;
            }

            result = TerminalFiles.ReadPurchases(terminal, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.WriteLine($"cannot read '{path}': {ex.Message}");
            return false;
        }

        foreach (var problem in result.Errors)
        {
            allGood = false;
            var error = problem.Error;
            var text = error.Rule == "csv.field-count" ? error.Message : error.Field switch
            {
                "date" or "amount" => $"{error.Field}: {error.Message}",
                _ => "customer_id: " + error.Message,
            };
            errors.WriteLine($"line {problem.Line}: {text}; line skipped");
        }

        purchases = result.Purchases;
        NoteImplausibleYears(purchases, errors);
        return true;
    }

    /// <summary>Reads the file as purchase records (for the lifetime commands).</summary>
    public static bool TryReadPurchases(string path, TextWriter errors, out List<Purchase> purchases, out bool allGood, HostTerminal? terminal = null)
    {
        purchases = [];
        if (!TryRead(path, errors, out PurchaseColumns columns, out allGood, terminal))
        {
            return false;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            purchases.Add(new Purchase(columns.Customers[columns.CustomerIndex[i]], LocalDate.FromDateOnly(DateOnly.FromDayNumber(columns.DayNumber[i])),
                new Money(columns.Amount[i], columns.Currencies[columns.CurrencyIndex[i]])));
        }

        return true;
    }
}
