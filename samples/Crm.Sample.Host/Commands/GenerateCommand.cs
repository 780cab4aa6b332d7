using System.CommandLine;
using System.Globalization;
using System.Text;
using Crm.Core.Customers;
using Crm.Sample.Host.Csv;
using Crm.Sample.Host.DemoData;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Crm.Sample.Host.Commands;

/// <summary>The <c>generate</c> command: writes seeded synthetic customers and purchases as CSV files.</summary>
internal static class GenerateCommand
{
    public static Command Create(IServiceProvider services)
    {
        var customers = new Option<int>("--customers") { Description = "How many customers to generate.", DefaultValueFactory = _ => 3000 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same files.", DefaultValueFactory = _ => 1405 };
        var asOf = new Option<string?>("--as-of") { Description = "Last day of the two years of purchases (default: today in Tehran)." };
        var dirty = new Option<int>("--dirty-rows") { Description = "How many malformed purchase rows to mix in, as real exports have (default 0).", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--out") { Description = "Folder for customers.csv and purchases.csv.", DefaultValueFactory = _ => "crm-data" };
        var command = new Command("generate", "Write seeded synthetic customers.csv and purchases.csv (customer_id,date,amount).") { customers, seed, asOf, dirty, output };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var count = parseResult.GetValue(customers);
            if (count < 0)
            {
                stderr.WriteLine($"--customers: '{count}' must be zero or more");
                return 2;
            }

            var dirtyRows = parseResult.GetValue(dirty);
            if (dirtyRows < 0 || dirtyRows > count)
            {
                stderr.WriteLine($"--dirty-rows: '{dirtyRows}' must be between 0 and --customers ({count})");
                return 2;
            }

            var day = services.GetRequiredService<IClock>().GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Tehran"]).Date;
            if (parseResult.GetValue(asOf) is { } text && !CalendarCommands.TryReadDate(text, out day, out var error))
            {
                stderr.WriteLine("--as-of: " + error);
                return 2;
            }

            var folder = parseResult.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var value = parseResult.GetValue(seed);
            var customerRows = Write(Path.Combine(folder, "customers.csv"), CustomerColumns, SyntheticData.Customers(count, value).Select(CustomerRow));
            var purchaseRows = Write(Path.Combine(folder, "purchases.csv"), ["customer_id", "date", "amount"],
                WithDirtyRows(SyntheticData.Purchases(count, day.WithCalendar(CalendarSystem.Iso), value), count, dirtyRows));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"customers.csv: {customerRows} rows"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"purchases.csv: {purchaseRows} rows, {dirtyRows} of them malformed on purpose"));
            return 0;
        });
        return command;
    }

    /// <summary>The columns of <c>customers.csv</c>: the ones of <c>CustomerRecordColumns</c> the generator fills, so
    /// <c>customers validate</c>, <c>db import</c> and <c>report</c> read the file as it is. The first seven are the
    /// columns of earlier versions, in the same order.</summary>
    private static readonly string[] CustomerColumns =
    [
        "code", "first_name", "last_name", "national_code", "mobile", "province", "channel",
        "kind", "company_name", "legal_entity_id", "economic_code", "sheba", "phone", "city", "postal_code", "birth_date", "owner",
    ];

    private static string[] CustomerRow(SyntheticCustomer c) =>
    [
        c.Code, c.FirstName, c.LastName, c.NationalCode, c.Mobile, c.Province, c.Channel,
        c.Kind, c.CompanyName, c.LegalEntityId, c.EconomicCode, c.Sheba, c.Phone, c.City, c.PostalCode, c.BirthDate, c.Owner,
    ];

    /// <summary>The kinds of bad row real exports have: an impossible date, a stray character in an amount, a missing
    /// customer id, a negative amount.</summary>
    private static readonly string[][] DirtyKinds =
    [
        ["C-{0}", "1405/13/01", "1200000"],
        ["C-{0}", "2025-06-01", "12,5x0000"],
        ["", "2025-06-01", "900000"],
        ["C-{0}", "2025-02-30", "450000"],
    ];

    /// <summary>Formats the purchases as rows and puts <paramref name="dirtyRows"/> malformed rows before the purchases of
    /// evenly spaced customers.</summary>
    internal static IEnumerable<string[]> WithDirtyRows(IEnumerable<Purchase> purchases, int count, int dirtyRows)
    {
        var seen = 0;
        var written = 0;
        CustomerCode last = default;
        foreach (var p in purchases)
        {
            if (p.CustomerId != last)
            {
                last = p.CustomerId;
                seen++;
                if (written < dirtyRows && seen == (int)((written + 1L) * count / (dirtyRows + 1L)))
                {
                    var kind = DirtyKinds[written % DirtyKinds.Length];
                    yield return [string.Format(CultureInfo.InvariantCulture, kind[0], seen), kind[1], kind[2]];
                    written++;
                }
            }

            yield return
            [
                p.CustomerId.Value,
                p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                p.Amount.Amount.ToString(CultureInfo.InvariantCulture),
            ];
        }
    }

    internal static long Write(string path, string[] header, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        CsvInjectionGuard.WriteRecord(writer, header);
        long count = 0;
        foreach (var row in rows)
        {
            CsvInjectionGuard.WriteRecord(writer, row);
            count++;
        }

        return count;
    }
}
