using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crm.Core.Customers;
using Crm.Core.Segmentation;
using Crm.Sample.Host.Csv;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Crm.Sample.Host.Commands;

/// <summary>The <c>customers</c> command group: <c>customers validate --csv PATH [--format json]</c>.</summary>
internal static class CustomersCommands
{
    public static Command Create(IServiceProvider services)
    {
        var csvOption = new Option<string>("--csv") { Description = "Customers CSV file (header: kind,code,first_name,...,bank_card,...).", Required = true };
        var formatOption = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        formatOption.AcceptOnlyFromAmong("text", "json");
        var validate = new Command("validate", "Validate a customers CSV: every row is checked, a bad row never stops the others.");
        validate.Options.Add(csvOption);
        validate.Options.Add(formatOption);
        validate.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var clock = services.GetRequiredService<IClock>();
            var stamp = new ChangeStamp("customers-validate", clock.GetCurrentInstant());
            ValidationReport report;
            try
            {
                report = TerminalFiles.ReadCustomers(services.GetService<HostTerminal>(), parseResult.GetValue(csvOption)!,
                    services.GetRequiredService<CustomerRecordImporter>(), stamp, file => Validate(file.Records));
            }
            catch (CsvUnreadableException ex)
            {
                stderr.WriteLine(ex.Message);
                return 2;
            }

            if (parseResult.GetValue(formatOption) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(report, HostJson.Options));
            }
            else if (services.GetService<HostTerminal>()?.Output is { } console)
            {
                console.Table($"{report.Rows} rows: {report.Valid} valid, {report.Invalid} invalid", [">Line", "Field", "Rule", "Problem"],
                    report.Errors.Select(e => new[] { e.Line.ToString(CultureInfo.InvariantCulture), e.Field, e.Rule, e.Message })
                        .Concat(report.Warnings.Select(w => new[] { w.Line.ToString(CultureInfo.InvariantCulture), w.Field, w.Rule, "warning: " + w.Message })));
            }
            else
            {
                stdout.WriteLine($"{report.Rows} rows: {report.Valid} valid, {report.Invalid} invalid");
                foreach (var e in report.Errors)
                {
                    stdout.WriteLine($"line {e.Line}, {e.Field}: {e.Message}");
                }

                foreach (var w in report.Warnings)
                {
                    stdout.WriteLine($"line {w.Line}, {w.Field}: warning: {w.Message}");
                }
            }

            return 0;
        });

        var group = new Command("customers", "Customer data commands.");
        group.Subcommands.Add(validate);
        return group;
    }

    /// <summary>Counts and lists the records of <see cref="CustomerCsvImporter.Read"/>: every data row is valid or
    /// invalid (rows = valid + invalid); a record of line 1 is a problem of the header, not a row.</summary>
    internal static ValidationReport Validate(IEnumerable<CustomerCsvRecord> records)
    {
        var errors = new List<ValidationReportError>();
        var warnings = new List<ValidationReportError>();
        int rows = 0, valid = 0;
        foreach (var record in records)
        {
            var line = checked((int)record.Line);
            if (line > 1)
            {
                rows++;
                valid += record.IsValid ? 1 : 0;
            }

            errors.AddRange(record.Errors.Select(e => new ValidationReportError(line, e.Field, e.Rule, e.Value, e.Message)));
            warnings.AddRange(record.Warnings.Select(w => new ValidationReportError(line, w.Field, w.Rule, w.Value, w.Message)));
        }

        return new ValidationReport(rows, valid, rows - valid, [.. errors.OrderBy(e => e.Line)], warnings);
    }
}

/// <summary>The JSON shape of <c>customers validate</c>. <c>warnings</c> (added in issue 15, after <c>errors</c>) lists
/// values that are valid but doubtful, such as a mobile in an unassigned block; a warning never makes a row invalid.</summary>
internal sealed record ValidationReport(int Rows, int Valid, int Invalid, IReadOnlyList<ValidationReportError> Errors, IReadOnlyList<ValidationReportError> Warnings);

/// <summary>One error or warning of <c>customers validate</c>: line, CSV column, rule, offending value and message.</summary>
internal sealed record ValidationReportError(int Line, string Field, string Rule, string Value, string Message);
