using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

using Crm.Sample.Host.Report;
using Crm.Sample.Host.Storage;

namespace Crm.Sample.Host.Commands;

/// <summary>The <c>demo</c> command: every feature shows what it does on built-in data.</summary>
internal static class DemoCommand
{
    public static Command Create(IServiceProvider services)
    {
        var today = new Option<string>("--today") { Description = "Run as if today were this date (Persian yyyy/MM/dd or Gregorian yyyy-MM-dd, years 1900–2200 CE), noon in Tehran." };
        var output = new Option<string>("--out") { Description = "Folder for the HTML report and its CSV exports.", DefaultValueFactory = _ => ReportCommand.DefaultFolder };
        var customers = new Option<int>("--customers") { Description = "How many generated customers the report analyses (default 3,000).", DefaultValueFactory = _ => 3000 };
        var noReport = new Option<bool>("--no-report") { Description = "Print the demo sections only; write no report." };
        var provider = new Option<string>("--provider") { Description = "Where the generated data is stored: sqlite (crm.db in the report folder) or postgresql.", DefaultValueFactory = _ => "sqlite" };
        provider.AcceptOnlyFromAmong(HostDatabase.Providers);
        var connection = new Option<string>("--connection") { Description = "Connection string of the PostgreSQL database (one without customers); with sqlite, crm.db in --out by default." };
        var command = new Command("demo", "Show the library at work on built-in demo data, and write an HTML report on generated customers.") { today, output, customers, noReport, provider, connection };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var clock = services.GetRequiredService<IClock>();
            if (parseResult.GetValue(today) is { } text)
            {
                if (!CalendarCommands.TryReadDate(text, out var date, out var error) || !TryNoonInTehran(date, out var noon))
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync("--today: " + (error.Length > 0 ? error : $"'{text}' is outside the dates the demo supports (1900-01-01 to 2200-12-31)")).ConfigureAwait(false);
                    return 2;
                }

                clock = new FixedClock(noon);
            }

            var count = parseResult.GetValue(customers);
            if (count is < 1 or > 10_000_000)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"--customers: '{count}' must be between 1 and 10,000,000").ConfigureAwait(false);
                return 2;
            }

            HostDatabase? database = null;
            if (parseResult.GetValue(provider) == "postgresql")
            {
                if (parseResult.GetValue(connection) is not { Length: > 0 } text2)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync("--connection: the postgresql provider needs a connection string").ConfigureAwait(false);
                    return 2;
                }

                database = new HostDatabase("postgresql", text2);
            }
            else if (parseResult.GetValue(connection) is { Length: > 0 } sqlite)
            {
                database = new HostDatabase("sqlite", sqlite);
            }

            // One section per feature, in dependency order.
            await CustomersDemo.RunAsync(services, stdout, clock, cancellationToken).ConfigureAwait(false);
            SegmentationDemo.Run(services, stdout, clock);
            LifetimeDemo.Run(services, stdout);
            SchedulingDemo.Run(services, stdout, clock);
            ToneLintDemo.Run(services, stdout);
            if (!parseResult.GetValue(noReport))
            {
                await stdout.WriteLineAsync().ConfigureAwait(false);
                await stdout.WriteLineAsync($"== Report ({count:#,0} generated customers) ==").ConfigureAwait(false);
                var day = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Tehran"]).Date;
                string page;
                try
                {
                    page = await ReportCommand.WriteDemoAsync(services, count, day, parseResult.GetValue(output)!, database, stdout, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is DemoDatabaseNotEmptyException or System.Data.Common.DbException)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync(e is DemoDatabaseNotEmptyException ? e.Message : $"--connection: the database failed: {e.Message.Split('\n')[0].Trim()}").ConfigureAwait(false);
                    return 2;
                }

                await stdout.WriteLineAsync("report written to " + page).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static bool TryNoonInTehran(LocalDate date, out Instant noon)
    {
        try
        {
            var iso = date.WithCalendar(CalendarSystem.Iso);
            noon = (iso + new LocalTime(12, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["Asia/Tehran"]).ToInstant();
            return iso.Year is >= 1900 and <= 2200;
        }
        catch (ArgumentOutOfRangeException)
        {
            noon = default;
            return false;
        }
    }

    /// <summary>A clock that always answers the same instant.</summary>
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
