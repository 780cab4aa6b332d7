using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Spectre.Console;

namespace Crm.Sample.Host.Commands;

/// <summary>The <c>followups plan</c> command: plans JSON Lines follow-ups on Iran's working days.</summary>
internal static class FollowUpCommands
{
    private sealed record InputLine(string? Id, string? CustomerId, string? Owner, string? Due, int? Priority, string? Kind);

    private sealed record AssignmentRow(string Id, string Owner, string Due, string Scheduled, string Moved);

    private sealed record UnplacedRow(string Id, string Owner, string Due, string Reason, string Message);

    private sealed record LineError(int Line, string Message);

    private sealed record PlanOutput(IReadOnlyList<AssignmentRow> Assignments, IReadOnlyList<UnplacedRow> Unplaced, IReadOnlyList<LineError> Errors);

    public static Command Create(IServiceProvider services)
    {
        var input = new Option<string>("--input") { Description = "JSON Lines: {\"id\",\"customerId\",\"owner\",\"due\":\"1405/02/03\",\"priority\":1-5,\"kind\":\"call\"}.", Required = true };
        var start = new Option<string>("--start") { Description = "First day of the plan, Persian yyyy/MM/dd.", Required = true };
        var days = new Option<int>("--days") { Description = "Number of days to plan.", DefaultValueFactory = _ => 30 };
        var capacity = new Option<int>("--daily-capacity") { Description = "Follow-ups per owner per working day.", DefaultValueFactory = _ => 20 };
        var weekend = new Option<string>("--weekend") { Description = "friday (default), thursday-friday, or any day list." };
        var ics = new Option<string>("--ics") { Description = "Also write the plan as an iCalendar file." };
        var feed = CalendarCommands.HolidayFeedOption();
        var format = CalendarCommands.FormatOption();
        var plan = new Command("plan", "Plan follow-ups within daily capacity on working days.") { input, start, days, capacity, weekend, ics, feed, format };
        plan.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (!PersianDateFormat.TryParse(parse.GetValue(start)!, PersianDateStyles.None, out var first, out var error))
            {
                stderr.WriteLine("--start: " + error);
                return 2;
            }

            var path = parse.GetValue(input)!;
            if (!File.Exists(path))
            {
                stderr.WriteLine($"--input: '{path}' does not exist");
                return 2;
            }

            if (parse.GetValue(days) is < 1 or > 3660 || parse.GetValue(capacity) < 0)
            {
                stderr.WriteLine("--days must be 1 to 3660 and --daily-capacity 0 or more");
                return 2;
            }

            if (!CalendarCommands.TryCalendar(services, parse.GetValue(weekend), parse.GetValue(feed), stderr, out var calendar))
            {
                return 2;
            }

            var (items, errors) = TerminalFiles.Read(services.GetService<HostTerminal>(), path, () => Read(path));
            var planner = new FollowUpPlanner(calendar, new FollowUpPlannerOptions { DefaultCapacity = DailyCapacity.Count(parse.GetValue(capacity)) });
            FollowUpPlan result;
            try
            {
                result = planner.Plan(items, first, parse.GetValue(days));
            }
            catch (Exception ex) when (ex is LunarHolidayDataMissingException or ArgumentOutOfRangeException)
            {
                stderr.WriteLine(ex.Message.ReplaceLineEndings(" "));
                return 2;
            }

            if (parse.GetValue(ics) is { } icsPath)
            {
                try
                {
                    using var writer = new StreamWriter(icsPath);
                    ICalendarExport.WritePlan(result, writer, services.GetRequiredService<IClock>().GetCurrentInstant());
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"--ics: cannot write '{icsPath}': {ex.Message}");
                    return 2;
                }
            }

            Write(result, errors, parse.GetValue(format) == "json", stdout, services.GetService<HostTerminal>()?.Output);
            return 0;
        });

        var group = new Command("followups", "Follow-up planning: the digital tickler file.");
        group.Subcommands.Add(plan);
        return group;
    }

    private static (List<FollowUp> Items, List<LineError> Errors) Read(string path)
    {
        var items = new List<FollowUp>();
        var errors = new List<LineError>();
        var lineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<InputLine>(line, HostJson.Options) is not { } row)
                {
                    errors.Add(new LineError(number, "expected a JSON object, found null"));
                    continue;
                }

                if (!PersianDateFormat.TryParse(row.Due.AsSpan(), PersianDateStyles.None, out var due, out var dueError))
                {
                    errors.Add(new LineError(number, "due: " + dueError));
                    continue;
                }

                var kind = FollowUpKind.Call;
                if (row.Kind is not null)
                {
                    // By name only: Enum.TryParse also takes "99" (an undefined value) and "1" (a number for a name).
                    if (Enum.GetNames<FollowUpKind>().FirstOrDefault(n => string.Equals(n, row.Kind.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } name)
                    {
                        errors.Add(new LineError(number, $"kind: '{row.Kind}' is not one of {string.Join(", ", Enum.GetNames<FollowUpKind>()).ToLowerInvariant()}"));
                        continue;
                    }

                    kind = Enum.Parse<FollowUpKind>(name);
                }

                // The customer is a CustomerCode, as everywhere in the library: a line whose customerId is not one is
                // reported with the rule and the value, and the rest of the file is still planned.
                if (!CustomerCode.TryParse(row.CustomerId, out var customer, out var customerError))
                {
                    errors.Add(new LineError(number, "customerId: " + customerError.Message));
                    continue;
                }

                var followUp = new FollowUp(row.Id!, customer, row.Owner!, due, kind, row.Priority ?? 3);
                if (!lineOfId.TryAdd(followUp.Id, number))
                {
                    // An id names one follow-up: a second line with it would make the plan ambiguous.
                    errors.Add(new LineError(number, $"id: '{followUp.Id}' is already used on line {lineOfId[followUp.Id]}"));
                    continue;
                }

                items.Add(followUp);
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException)
            {
                errors.Add(new LineError(number, ex.Message.ReplaceLineEndings(" ")));
            }
        }

        return (items, errors);
    }

    private static void Write(FollowUpPlan plan, List<LineError> errors, bool json, TextWriter stdout, IAnsiConsole? console)
    {
        var output = new PlanOutput(
            plan.Assignments.Select(a => new AssignmentRow(a.FollowUp.Id, a.FollowUp.Owner, PersianDateFormat.Format(a.FollowUp.Due),
                PersianDateFormat.Format(a.Scheduled), a.Reason.ToString().ToLowerInvariant())).ToList(),
            plan.Unplaced.Select(u => new UnplacedRow(u.FollowUp.Id, u.FollowUp.Owner, PersianDateFormat.Format(u.FollowUp.Due),
                u.Reason.ToString(), u.Message)).ToList(),
            errors);
        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(output, HostJson.Options));
            return;
        }

        if (console is not null)
        {
            console.Table(null, ["Scheduled", "Owner", "Follow-up", "Due", "Moved"],
                output.Assignments.Select(a => new[] { TerminalTable.Fa(a.Scheduled), a.Owner, a.Id, TerminalTable.Fa(a.Due), a.Moved }));
            if (output.Unplaced.Count + errors.Count > 0)
            {
                console.Table("Not placed, and lines not read", ["Follow-up or line", "Why"],
                    output.Unplaced.Select(u => new[] { u.Id, u.Message }).Concat(errors.Select(e => new[] { "line " + e.Line.ToString(CultureInfo.InvariantCulture), e.Message })));
            }

            return;
        }

        foreach (var a in output.Assignments)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{a.Scheduled} {a.Owner,-10} {a.Id} (due {a.Due}, moved: {a.Moved})"));
        }

        output.Unplaced.ToList().ForEach(u => stdout.WriteLine($"UNPLACED {u.Id}: {u.Message}"));
        errors.ForEach(e => stdout.WriteLine($"line {e.Line}: {e.Message}"));
    }
}
