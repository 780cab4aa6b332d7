using System.Globalization;
using Crm.Core.Customers;

namespace Crm.Core.Lifetime.Internal;

/// <summary>Parses and validates one summary CSV row.</summary>
internal static class RfmCsvRow
{
    public static bool TryParse(string[] cells, int id, int x, int tx, int age, int money, int line, out CustomerRfm customer, out ValidationError? error)
    {
        customer = default;
        var width = Math.Max(Math.Max(Math.Max(id, x), Math.Max(tx, age)), money) + 1;
        if (cells.Length < width)
        {
            error = Error(line, "row", "rfm-csv.columns", string.Join(',', cells), $"expected at least {width} columns");
            return false;
        }

        if (!CustomerCode.TryParse(cells[id], out var code, out var codeError))
        {
            error = Error(line, "customer_id", codeError!.Rule, cells[id], codeError.Message);
            return false;
        }

        if (!int.TryParse(cells[x].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var frequency) || frequency < 0)
        {
            error = Error(line, "frequency", "rfm-csv.frequency", cells[x], "frequency must be a whole number ≥ 0");
            return false;
        }

        if (!TryNumber(cells[tx], out var recency) || recency < 0d || (frequency == 0 && recency != 0d))
        {
            error = Error(line, "recency", "rfm-csv.recency", cells[tx], "recency must be a number ≥ 0, and 0 when frequency is 0");
            return false;
        }

        if (!TryNumber(cells[age], out var t) || t < recency)
        {
            error = Error(line, "T", "rfm-csv.age", cells[age], "T must be a number at least the recency");
            return false;
        }

        double? monetary = null;
        if (money >= 0)
        {
            if (!TryNumber(cells[money], out var m) || m < 0d || (frequency > 0 && m == 0d))
            {
                error = Error(line, "monetary_value", "rfm-csv.monetary-value", cells[money], "monetary_value must be a number > 0 (0 when frequency is 0)");
                return false;
            }

            monetary = m;
        }

        customer = new CustomerRfm(code, frequency, recency, t, monetary);
        error = null;
        return true;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static ValidationError Error(int line, string field, string rule, string value, string reason) =>
        new(field, rule, value, string.Create(CultureInfo.InvariantCulture,
            $"Rule '{rule}' failed for value '{value}' in column '{field}' on line {line}: {reason}."));
}
