using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Core.Customers;
using Crm.Core.Lifetime;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Crm.Sample.Host.Commands;

/// <summary>The <c>ltv</c> command group: <c>ltv fit</c> and <c>ltv predict</c>.</summary>
internal static class LtvCommands
{
    /// <summary>The longest horizon <c>ltv predict</c> accepts, in the time unit.</summary>
    internal const double MaxHorizon = 100_000;

    public static Command Create(IServiceProvider services)
    {
        var terminal = services.GetRequiredService<HostTerminal>();
        var group = new Command("ltv", "Customer lifetime value: fit BG/NBD, MBG/NBD, Pareto/NBD, BG/BB or Gamma-Gamma, predict per customer.");
        group.Subcommands.Add(CreateFit(terminal));
        group.Subcommands.Add(CreatePredict(terminal));
        return group;
    }

    private static Command CreateFit(HostTerminal terminal)
    {
        var summary = new Option<string?>("--summary")
        {
            Description = "Summary CSV: customer_id,frequency,recency,T[,monetary_value] (lifetimes naming); for bgbb frequency,recency,n[,n_custs] in periods (lifetimes' donations file).",
        };
        var transactions = new Option<string?>("--transactions") { Description = "Transactions CSV (customer_id,date,amount), or CDNOW's raw format with --cdnow." };
        var cdnow = new Option<bool>("--cdnow") { Description = "Read --transactions in CDNOW's raw white-space format." };
        var calibrationEnd = new Option<string?>("--calibration-end") { Description = "Last day of the calibration period, yyyy-MM-dd (with --transactions)." };
        var unit = UnitOption();
        var model = new Option<string>("--model") { Description = "bgnbd, mbgnbd, paretonbd, bgbb (discrete periods) or gammagamma.", DefaultValueFactory = _ => "bgnbd" };
        model.AcceptOnlyFromAmong("bgnbd", "mbgnbd", "paretonbd", "bgbb", "gammagamma");
        var qConstraint = new Option<bool>("--q-constraint") { Description = "gammagamma: fit q − 1 so that q > 1 and every expected value is finite (lifetimes' q_constraint)." };
        var format = FormatOption();
        var command = new Command("fit", "Fit a model and print its parameters, log-likelihood and convergence.");
        foreach (var option in new Option[] { summary, transactions, cdnow, calibrationEnd, unit, model, qConstraint, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var timeUnit = ParseUnit(parse.GetValue(unit)!);
            var name = parse.GetValue(model)!;
            if (name == "bgbb")
            {
                if (parse.GetValue(summary) is not { } periodsPath || parse.GetValue(transactions) is not null)
                {
                    stderr.WriteLine("bgbb reads --summary with frequency,recency,n[,n_custs] (transaction opportunities), not --transactions");
                    return 2;
                }

                if (!TryLoadPeriods(periodsPath, stderr, terminal, out var periodRows))
                {
                    return 2;
                }

                return Write(stdout, parse.GetValue(format)!, Output(name, Describe(BgBbModel.Fit(periodRows)), null), terminal.Output);
            }

            if (!TryLoad(parse.GetValue(summary), parse.GetValue(transactions), parse.GetValue(cdnow), parse.GetValue(calibrationEnd), timeUnit, stderr, terminal, out var customers))
            {
                return 2;
            }

            LtvFitOutput output;
            if (name == "gammagamma")
            {
                var rows = LifetimeData.ToSpendRows(customers);
                if (rows.Count == 0)
                {
                    stderr.WriteLine("gammagamma needs a monetary_value column and at least one customer with a repeat purchase");
                    return 2;
                }

                var fit = GammaGammaModel.Fit(rows, constrainQAboveOne: parse.GetValue(qConstraint));
                output = Output(name, Describe(fit.Result), null) with
                {
                    FrequencySpendCorrelation = fit.FrequencySpendCorrelation,
                    PopulationMeanExists = fit.PopulationMeanExists,
                };
            }
            else
            {
                var data = LifetimeData.ToRfmSummary(customers, timeUnit);
                var result = name switch
                {
                    "bgnbd" => Describe(BgNbdModel.Fit(data)),
                    "mbgnbd" => Describe(MbgNbdModel.Fit(data)),
                    _ => Describe(ParetoNbdModel.Fit(data)),
                };
                output = Output(name, result, parse.GetValue(unit));
            }

            return Write(stdout, parse.GetValue(format)!, output, terminal.Output);
        });
        return command;
    }

    private static int Write(TextWriter stdout, string format, LtvFitOutput output, IAnsiConsole? console)
    {
        if (format == "json")
        {
            stdout.WriteLine(JsonSerializer.Serialize(output, LtvJson.Options));
        }
        else if (console is not null)
        {
            console.Table(output.Model, ["Parameter", ">Value"], output.Parameters.Select(p => new[] { p.Key, p.Value.ToString("F6", CultureInfo.InvariantCulture) }),
                string.Create(CultureInfo.InvariantCulture, $"log-likelihood {output.LogLikelihood:F3}, {output.Customers} customers, converged {output.Converged}, {output.Iterations} iterations"));
        }
        else
        {
            stdout.WriteLine($"{output.Model}: " + string.Join(", ", output.Parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} = {p.Value:F6}"))));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"log-likelihood {output.LogLikelihood:F3}, {output.Customers} customers, converged {output.Converged}, {output.Iterations} iterations"));
        }

        return 0;
    }

    /// <summary>
    /// Reads BG/BB rows: frequency, recency and n (periods) as whole numbers, and a weight from n_custs, weight or count
    /// when present. Bad rows are reported on stderr and skipped. The file is read with Sep directly: it is a small
    /// pre-aggregated table (one row per frequency/recency pattern), not data a library importer streams.
    /// </summary>
    private static bool TryLoadPeriods(string path, TextWriter stderr, HostTerminal terminal, out IReadOnlyList<DiscreteRfmRow> rows)
    {
        rows = [];
        if (!File.Exists(path))
        {
            stderr.WriteLine($"cannot read '{path}': file not found");
            return false;
        }

        List<DiscreteRfmRow>? list;
        try
        {
            list = TerminalFiles.ReadText(terminal, path, reader => ReadPeriods(reader, path, stderr));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"cannot read '{path}': {ex.Message.Split('\n')[0].Trim()}");
            return false;
        }

        if (list is null)
        {
            return false;
        }

        if (list.Count == 0)
        {
            stderr.WriteLine($"'{path}' has no valid rows");
            return false;
        }

        rows = list;
        return true;
    }

    private static List<DiscreteRfmRow>? ReadPeriods(TextReader text, string path, TextWriter stderr)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).From(text);
        var header = reader.Header.ColNames.Select(n => n.Trim().TrimStart('\uFEFF')).ToList();
        int Column(params string[] names) => names.Select(n => header.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
        var (frequency, recency, periods, weight) = (Column("frequency"), Column("recency"), Column("n", "periods", "n_periods"), Column("n_custs", "weight", "count"));
        if (frequency < 0 || recency < 0 || periods < 0)
        {
            stderr.WriteLine($"'{path}' needs the columns frequency, recency and n (or periods)");
            return null;
        }

        var list = new List<DiscreteRfmRow>();
        while (reader.MoveNext())
        {
            var row = reader.Current;
            if (row.ColCount == 1 && row.Span.IsWhiteSpace())
            {
                continue;
            }

            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString().Trim();
            }

            string Cell(int column) => column < cells.Length ? cells[column] : string.Empty;
            try
            {
                var n = weight < 0 ? 1d : double.Parse(Cell(weight), NumberStyles.Float, CultureInfo.InvariantCulture);
                list.Add(new DiscreteRfmRow(Whole(Cell(frequency)), Whole(Cell(recency)), Whole(Cell(periods)), n));
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"skipped: line {row.LineNumberFrom}: {ex.Message.Split('\n')[0]}"));
            }
        }

        return list;
    }

    private static int Whole(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static Command CreatePredict(HostTerminal terminal)
    {
        var summary = new Option<string>("--summary") { Description = "Summary CSV: customer_id,frequency,recency,T[,monetary_value].", Required = true };
        var parameters = new Option<string?>("--parameters")
        {
            Description = "JSON written by 'ltv fit --format json' (bgnbd, mbgnbd or paretonbd; only model and parameters are required, unit defaults to --time-unit): predict from it instead of refitting.",
        };
        var spendParameters = new Option<string?>("--spend-parameters") { Description = "JSON written by 'ltv fit --model gammagamma --format json': use it instead of fitting Gamma-Gamma." };
        var horizon = new Option<double>("--horizon") { Description = "Horizon in the time unit (weeks by default).", Required = true };
        var model = new Option<string>("--model") { Description = "bgnbd, mbgnbd or paretonbd.", DefaultValueFactory = _ => "bgnbd" };
        model.AcceptOnlyFromAmong("bgnbd", "mbgnbd", "paretonbd");
        var discount = new Option<double>("--discount-rate") { Description = "Discount rate per time unit, per-period form (default 0)." };
        var margin = new Option<double>("--margin") { Description = "Profit margin in [0, 1] (default 1).", DefaultValueFactory = _ => 1d };
        var unit = UnitOption();
        var format = FormatOption();
        var allowNotConverged = new Option<bool>("--allow-not-converged")
        {
            Description = "Predict even when a model fitted here did not converge (its parameters are not identified by the data); without it that is an error.",
        };
        var command = new Command("predict", "Predict P(alive), expected purchases and, with monetary_value, expected value and CLV per customer.");
        foreach (var option in new Option[] { summary, parameters, spendParameters, horizon, model, discount, margin, unit, format, allowNotConverged })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var h = parse.GetValue(horizon);
            var m = parse.GetValue(margin);
            var d = parse.GetValue(discount);
            // Written as !(in range) so that NaN, which fails every comparison, is rejected too. A horizon beyond
            // MaxHorizon units (about 1,900 years in weeks) only overflows the models' sums.
            if (!(h >= 0 && h <= MaxHorizon) || !(m >= 0 && m <= 1) || !(d >= 0 && double.IsFinite(d)))
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"--horizon must be between 0 and {MaxHorizon}, --discount-rate a number ≥ 0 and --margin between 0 and 1 (got {h}, {d}, {m})"));
                return 2;
            }

            var timeUnit = ParseUnit(parse.GetValue(unit)!);
            if (!TryLoad(parse.GetValue(summary), null, false, null, timeUnit, stderr, terminal, out var customers))
            {
                return 2;
            }

            ITransactionModel fitted;
            GammaGammaParameters? spend;
            try
            {
                fitted = parse.GetValue(parameters) is { } path
                    ? LtvParametersFile.ReadTransactionModel(path, timeUnit)
                    : parse.GetValue(model) switch
                    {
                        "paretonbd" => ParetoNbdModel.Fit(LifetimeData.ToRfmSummary(customers, timeUnit)).Parameters,
                        "mbgnbd" => MbgNbdModel.Fit(LifetimeData.ToRfmSummary(customers, timeUnit)).Parameters,
                        _ => BgNbdModel.Fit(LifetimeData.ToRfmSummary(customers, timeUnit)).Parameters,
                    };
                var spendRows = LifetimeData.ToSpendRows(customers);
                spend = parse.GetValue(spendParameters) is { } spendPath
                    ? LtvParametersFile.ReadSpendModel(spendPath)
                    : spendRows.Count > 0 ? GammaGammaModel.Fit(spendRows).Result.Parameters : null;
            }
            catch (LtvParametersException ex)
            {
                stderr.WriteLine(ex.Message);
                return 2;
            }

            LtvPredictRow[] rows;
            try
            {
                rows = [.. ClvCalculator.Predict(fitted, spend, customers, h, m, Discounting.PerPeriod(d), parse.GetValue(allowNotConverged))
                    .Select(r => new LtvPredictRow(r.CustomerId.Value, r.ProbabilityAlive, r.ExpectedPurchases, r.ExpectedAverageValue, r.Clv))];
            }
            catch (InvalidOperationException ex)
            {
                // A fit made here did not converge: predicting from it would print numbers the data do not support.
                stderr.WriteLine(ex.Message.Replace("pass allowNotConverged: true", "pass --allow-not-converged", StringComparison.Ordinal));
                return 2;
            }

            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(rows, LtvJson.Options));
            }
            else
            {
                stdout.WriteLine("customerId,pAlive,expectedPurchases,expectedAverageValue,clv");
                foreach (var r in rows)
                {
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.CustomerId},{r.PAlive:F6},{r.ExpectedPurchases:F6},{r.ExpectedAverageValue:F4},{r.Clv:F4}"));
                }
            }

            return 0;
        });
        return command;
    }

    private static bool TryLoad(string? summaryPath, string? transactionsPath, bool cdnow, string? calibrationEnd, TimeUnit unit, TextWriter stderr, HostTerminal terminal, out IReadOnlyList<CustomerRfm> customers)
    {
        customers = [];
        if ((summaryPath is null) == (transactionsPath is null))
        {
            stderr.WriteLine("give exactly one of --summary or --transactions");
            return false;
        }

        try
        {
            if (summaryPath is not null)
            {
                var result = TerminalFiles.ReadText(terminal, summaryPath, RfmCsvReader.Read);
                if (result.Customers.Count == 0)
                {
                    stderr.WriteLine(result.Errors.Count > 0 ? result.Errors[0].Message : $"'{summaryPath}' has no customers");
                    return false;
                }

                foreach (var error in result.Errors)
                {
                    stderr.WriteLine("skipped: " + error.Message);
                }

                customers = result.Customers;
                return true;
            }

            var end = calibrationEnd is null ? null : LocalDatePattern.Iso.Parse(calibrationEnd) is { Success: true } parsed ? parsed.Value : (LocalDate?)null;
            if (end is null)
            {
                stderr.WriteLine($"--calibration-end must be a date yyyy-MM-dd, got '{calibrationEnd}'");
                return false;
            }

            IReadOnlyList<Purchase> purchases;
            if (cdnow)
            {
                var raw = TerminalFiles.ReadText(terminal, transactionsPath!, CdnowTransactionReader.Read);
                raw.Errors.ToList().ForEach(e => stderr.WriteLine("skipped: " + e.Message));
                purchases = raw.Purchases;
            }
            else if (TransactionsCsv.TryReadPurchases(transactionsPath!, stderr, out var list, out _, terminal))
            {
                purchases = list;
            }
            else
            {
                return false;
            }

            customers = CalibrationHoldout.Split(purchases, end.Value, end.Value, unit).Customers;
            if (customers.Count == 0)
            {
                stderr.WriteLine($"no customer has a purchase on or before {calibrationEnd}");
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"cannot read input: {ex.Message}");
            return false;
        }
    }

    private static FitSummary Describe<T>(FitResult<T> fit)
        where T : class => new(fit.Estimates, fit.LogLikelihood, fit.Customers, fit.Converged, fit.Iterations, fit.Aic, fit.Bic);

    private static LtvFitOutput Output(string model, FitSummary fit, string? unit) =>
        new(model, fit.Estimates.ToDictionary(e => e.Name, e => e.Value), fit.LogLikelihood, (int)Math.Round(fit.Customers), fit.Converged, fit.Iterations, null,
            fit.Estimates.ToDictionary(e => e.Name, e => e.StandardError),
            fit.Estimates.ToDictionary(e => e.Name, e => e.Lower95 is { } lower && e.Upper95 is { } upper ? new LtvInterval(lower, upper) : null),
            fit.Aic, fit.Bic, unit);

    private sealed record FitSummary(IReadOnlyList<ParameterEstimate> Estimates, double LogLikelihood, double Customers, bool Converged, int Iterations, double Aic, double Bic);

    private static Option<string> UnitOption()
    {
        var unit = new Option<string>("--time-unit") { Description = "days, weeks or months (average Gregorian months).", DefaultValueFactory = _ => "weeks" };
        unit.AcceptOnlyFromAmong("days", "weeks", "months");
        return unit;
    }

    private static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    private static TimeUnit ParseUnit(string text) => text switch
    {
        "days" => TimeUnit.Days,
        "months" => TimeUnit.Months,
        _ => TimeUnit.Weeks,
    };
}

internal sealed record LtvFitOutput(string Model, IReadOnlyDictionary<string, double> Parameters, double LogLikelihood, int Customers, bool Converged, int Iterations,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? FrequencySpendCorrelation,
    IReadOnlyDictionary<string, double?> StandardErrors, IReadOnlyDictionary<string, LtvInterval?> ConfidenceIntervals, double Aic, double Bic,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unit)
{
    /// <summary>Gets, for gammagamma, whether q &gt; 1 so that the population mean value exists; omitted for the other models.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? PopulationMeanExists { get; init; }
}

/// <summary>A 95% confidence interval (log-space Wald) in the fit's JSON.</summary>
internal sealed record LtvInterval(double Lower, double Upper);

internal sealed record LtvPredictRow(string CustomerId, double PAlive, double ExpectedPurchases,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ExpectedAverageValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Clv);

internal static class LtvJson
{
    public static JsonSerializerOptions Options { get; } = new(HostJson.Options) { DictionaryKeyPolicy = null };
}
