using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using NodaTime.Text;

namespace Crm.Core.Lifetime;

/// <summary>
/// Reads CDNOW's raw transaction format (<c>CDNOW_sample.txt</c>, <c>CDNOW_master.txt</c>): white-space separated
/// master id, sample id (sample file only), date <c>yyyyMMdd</c>, number of CDs and dollar value, no header.
/// </summary>
public static class CdnowTransactionReader
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("yyyyMMdd");

    /// <summary>Reads transactions as purchases in US dollars; the customer is the last id column before the date.</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The purchases and one error per bad line (field, rule, value).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// var result = CdnowTransactionReader.Read(new StringReader(" 00004 0001 19970101  2   29.33\n"));
    /// // result.Purchases[0]: customer "0001", 1997-01-01, 29.33 USD
    /// </code>
    /// </example>
    public static PurchaseReadResult Read(TextReader reader)
    {
        Guard.Against.Null(reader);
        var purchases = new List<Purchase>();
        var errors = new List<ValidationError>();
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var cells = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length == 0)
            {
                continue;
            }

            if (cells.Length is not (4 or 5))
            {
                errors.Add(Error(lineNumber, "line", "cdnow.columns", line, "expected 4 or 5 white-space separated columns"));
                continue;
            }

            var dateIndex = cells.Length - 3;
            if (!CustomerCode.TryParse(cells[dateIndex - 1], out var customer, out var codeError))
            {
                errors.Add(Error(lineNumber, "customer", codeError!.Rule, cells[dateIndex - 1], codeError.Message));
                continue;
            }

            var date = DatePattern.Parse(cells[dateIndex]);
            if (!date.Success)
            {
                errors.Add(Error(lineNumber, "date", "cdnow.date", cells[dateIndex], "the date must be yyyyMMdd"));
                continue;
            }

            if (!decimal.TryParse(cells[^1], NumberStyles.Number, CultureInfo.InvariantCulture, out var dollars) || dollars < 0m)
            {
                errors.Add(Error(lineNumber, "amount", "cdnow.amount", cells[^1], "the amount must be a number ≥ 0"));
                continue;
            }

            purchases.Add(new Purchase(customer, date.Value, new Money(dollars, "USD")));
        }

        return new PurchaseReadResult(purchases, errors);
    }

    private static ValidationError Error(int line, string field, string rule, string value, string reason) =>
        new(field, rule, value, string.Create(CultureInfo.InvariantCulture, $"Rule '{rule}' failed for value '{value}' on line {line}: {reason}."));
}
