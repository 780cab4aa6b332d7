using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crm.Core.Customers;
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
            CsvTable table;
            try
            {
                table = TerminalFiles.ReadTable(services.GetService<HostTerminal>(), parseResult.GetValue(csvOption)!);
            }
            catch (CsvUnreadableException ex)
            {
                stderr.WriteLine(ex.Message);
                return 2;
            }

            var report = Validate(table, new ChangeStamp("customers-validate", clock.GetCurrentInstant()), services.GetRequiredService<CustomerRecordImporter>());
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

    internal static ValidationReport Validate(CsvTable table, ChangeStamp stamp, CustomerRecordImporter importer)
    {
        var errors = new List<ValidationReportError>();
        var warnings = new List<ValidationReportError>();
        foreach (var column in CustomerRecordImporter.UnknownColumns(table.Header))
        {
            errors.Add(new ValidationReportError(1, column, "csv.unknown-column", column,
                $"Rule 'csv.unknown-column' failed for value '{column}': the header names a column that is not known (known: {string.Join(", ", CustomerRecordColumns.All)})."));
        }

        foreach (var problem in table.Problems)
        {
            errors.Add(new ValidationReportError(problem.Line, "(row)", problem.Rule, string.Empty, $"Rule '{problem.Rule}' failed: {problem.Message}."));
        }

        var valid = 0;
        foreach (var row in table.Rows)
        {
            var result = importer.Import(row.Fields, stamp);
            if (row.FieldCount > table.Header.Count)
            {
                errors.Add(new ValidationReportError(row.Line, "(row)", "csv.extra-fields", row.FieldCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"Rule 'csv.extra-fields' failed: the row has {row.FieldCount} fields but the header has {table.Header.Count}."));
            }

            if (result.IsValid && row.FieldCount <= table.Header.Count)
            {
                valid++;
            }

            errors.AddRange(result.Errors.Select(e => new ValidationReportError(row.Line, e.Field, e.Rule, e.Value, e.Message)));
            warnings.AddRange(result.Warnings.Select(w => new ValidationReportError(row.Line, w.Field, w.Rule, w.Value, w.Message)));
        }

        // A line that could not be read as a row still counts: rows = valid + invalid = every data line.
        var rows = table.Rows.Count + table.Problems.Count;
        return new ValidationReport(rows, valid, rows - valid, [.. errors.OrderBy(e => e.Line)], warnings);
    }
}

/// <summary>The JSON shape of <c>customers validate</c>. <c>warnings</c> (added in issue 15, after <c>errors</c>) lists
/// values that are valid but doubtful, such as a mobile in an unassigned block; a warning never makes a row invalid.</summary>
internal sealed record ValidationReport(int Rows, int Valid, int Invalid, IReadOnlyList<ValidationReportError> Errors, IReadOnlyList<ValidationReportError> Warnings);

/// <summary>One error or warning of <c>customers validate</c>: line, CSV column, rule, offending value and message.</summary>
internal sealed record ValidationReportError(int Line, string Field, string Rule, string Value, string Message);
