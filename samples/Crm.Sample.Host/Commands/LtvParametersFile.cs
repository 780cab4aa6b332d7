using System.Globalization;
using System.Text.Json;
using Crm.Core.Customers;
using Crm.Core.Lifetime;

namespace Crm.Sample.Host.Commands;

/// <summary>
/// Reads the JSON that <c>ltv fit --format json</c> writes back into model parameters. Only <c>model</c> and
/// <c>parameters</c> are required; <c>unit</c> is optional (the <c>--time-unit</c> of the command otherwise), and every
/// other field is ignored. Problems come back as <see cref="LtvParametersException"/> with one line naming the file and the rule.
/// </summary>
internal static class LtvParametersFile
{
    /// <summary>Returns BG/NBD, MBG/NBD or Pareto/NBD parameters, converted to <paramref name="unit"/> (the unit of the summary's figures).</summary>
    public static ITransactionModel ReadTransactionModel(string path, TimeUnit unit)
    {
        var (model, values, fileUnit) = Read(path);
        var parametersUnit = fileUnit ?? unit;
        try
        {
            return model switch
            {
                "bgnbd" => new BgNbdParameters(Get(path, values, "r"), Get(path, values, "alpha"), Get(path, values, "a"), Get(path, values, "b"), parametersUnit).ConvertTo(unit),
                "mbgnbd" => new MbgNbdParameters(Get(path, values, "r"), Get(path, values, "alpha"), Get(path, values, "a"), Get(path, values, "b"), parametersUnit).ConvertTo(unit),
                "paretonbd" => new ParetoNbdParameters(Get(path, values, "r"), Get(path, values, "alpha"), Get(path, values, "s"), Get(path, values, "beta"), parametersUnit).ConvertTo(unit),
                _ => throw new LtvParametersException($"'{path}': model must be bgnbd, mbgnbd or paretonbd for --parameters, not '{model}'"),
            };
        }
        catch (ArgumentException ex)
        {
            throw new LtvParametersException($"'{path}': {ex.Message}");
        }
    }

    /// <summary>Returns Gamma-Gamma parameters.</summary>
    public static GammaGammaParameters ReadSpendModel(string path)
    {
        var (model, values, _) = Read(path);
        if (model != "gammagamma")
        {
            throw new LtvParametersException($"'{path}': model must be gammagamma for --spend-parameters, not '{model}'");
        }

        try
        {
            return new GammaGammaParameters(Get(path, values, "p"), Get(path, values, "q"), Get(path, values, "gamma"));
        }
        catch (ArgumentException ex)
        {
            throw new LtvParametersException($"'{path}': {ex.Message}");
        }
    }

    private static (string Model, Dictionary<string, double> Values, TimeUnit? Unit) Read(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("model", out var model) || model.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("parameters", out var parameters) || parameters.ValueKind != JsonValueKind.Object)
            {
                throw new LtvParametersException($"'{path}': the JSON needs a string 'model' and an object 'parameters'");
            }

            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var p in parameters.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.Number)
                {
                    throw new LtvParametersException($"'{path}': parameter '{p.Name}' must be a number, not {p.Value.GetRawText()}");
                }

                values[p.Name] = p.Value.GetDouble();
            }

            TimeUnit? unit = null;
            if (root.TryGetProperty("unit", out var u))
            {
                unit = u.ValueKind == JsonValueKind.String ? u.GetString() switch
                {
                    "days" => TimeUnit.Days,
                    "weeks" => TimeUnit.Weeks,
                    "months" => TimeUnit.Months,
                    _ => null,
                } : null;
                if (unit is null)
                {
                    throw new LtvParametersException($"'{path}': unit must be days, weeks or months, not {u.GetRawText()}");
                }
            }

            return (model.GetString()!, values, unit);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new LtvParametersException($"cannot read parameters '{path}': {ex.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static double Get(string path, Dictionary<string, double> values, string name) =>
        values.TryGetValue(name, out var value)
            ? value
            : throw new LtvParametersException(string.Create(CultureInfo.InvariantCulture, $"'{path}': parameters need '{name}' (has {string.Join(", ", values.Keys)})"));
}

/// <summary>A parameters file that cannot be used: the message is the one line the host prints.</summary>
internal sealed class LtvParametersException(string message) : Exception(message);
