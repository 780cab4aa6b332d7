using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Crm.Sample.Host.Commands;

/// <summary>The <c>demo</c> command: every feature shows what it does on built-in data.</summary>
internal static class DemoCommand
{
    public static Command Create(IServiceProvider services)
    {
        var today = new Option<string>("--today") { Description = "Run as if today were this date (Persian yyyy/MM/dd or Gregorian yyyy-MM-dd, years 1900–2200 CE), noon in Tehran." };
        var command = new Command("demo", "Show the library at work on built-in demo data.") { today };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var clock = services.GetRequiredService<IClock>();
            if (parseResult.GetValue(today) is { } text)
            {
                if (!CalendarCommands.TryReadDate(text, out var date, out var error) || !TryNoonInTehran(date, out var noon))
                {
                    parseResult.InvocationConfiguration.Error.WriteLine("--today: " + (error.Length > 0 ? error : $"'{text}' is outside the dates the demo supports (1900-01-01 to 2200-12-31)"));
                    return 2;
                }

                clock = new FixedClock(noon);
            }

            // One section per feature, in dependency order.
            CustomersDemo.Run(services, output, clock);
            SegmentationDemo.Run(services, output, clock);
            LifetimeDemo.Run(services, output);
            SchedulingDemo.Run(services, output, clock);
            ToneLintDemo.Run(services, output);
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
