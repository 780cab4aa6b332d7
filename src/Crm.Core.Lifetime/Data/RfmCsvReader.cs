using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Lifetime.Internal;

namespace Crm.Core.Lifetime;

/// <summary>
/// Reads per-customer summaries from CSV with a header, in lifetimes' naming (<c>customer_id,frequency,recency,T</c>
/// and optionally <c>monetary_value</c>) or BTYD's (<c>cust,x,t_x,T_cal,m_x</c>; also <c>ID</c> and <c>zbar</c>).
/// </summary>
/// <remarks>Numbers are parsed with the invariant culture; headers are matched case-insensitively; extra columns are ignored.</remarks>
public static class RfmCsvReader
{
    private static readonly string[] IdNames = ["customer_id", "id", "cust", "customer"];
    private static readonly string[] FrequencyNames = ["frequency", "x"];
    private static readonly string[] RecencyNames = ["recency", "t_x"];
    private static readonly string[] AgeNames = ["t", "t_cal", "age"];
    private static readonly string[] MoneyNames = ["monetary_value", "m_x", "zbar"];

    /// <summary>Reads a summary CSV.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The customers and one error per bad row (field, rule, value). A missing header column is one error and no customers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// var result = RfmCsvReader.Read(new StringReader("customer_id,frequency,recency,T\n1,2,30.43,38.86\n"));
    /// // result.Customers[0].Frequency == 2
    /// </code>
    /// </example>
    public static RfmCsvResult Read(TextReader reader)
    {
        Guard.Against.Null(reader);
        var customers = new List<CustomerRfm>();
        var errors = new List<ValidationError>();
        var header = reader.ReadLine();
        if (header is null)
        {
            errors.Add(new ValidationError("header", "rfm-csv.header", string.Empty, "Rule 'rfm-csv.header' failed for value '': the file is empty."));
            return new RfmCsvResult(customers, errors, false);
        }

        var names = header.Split(',').Select(h => h.Trim().ToLowerInvariant()).ToArray();
        int id = Find(names, IdNames), x = Find(names, FrequencyNames), tx = Find(names, RecencyNames), age = Find(names, AgeNames), money = Find(names, MoneyNames);
        if (id < 0 || x < 0 || tx < 0 || age < 0)
        {
            errors.Add(new ValidationError("header", "rfm-csv.header", header,
                $"Rule 'rfm-csv.header' failed for value '{header}': the header needs customer_id, frequency, recency and T columns."));
            return new RfmCsvResult(customers, errors, false);
        }

        var duplicateColumn = names.Select((name, i) => (name, i)).Where(c => c.name.Length > 0).GroupBy(c => c.name).FirstOrDefault(g => g.Count() > 1);
        if (duplicateColumn is not null)
        {
            var at = string.Join(" and ", duplicateColumn.Select(c => (c.i + 1).ToString(CultureInfo.InvariantCulture)));
            errors.Add(new ValidationError("header", "rfm-csv.duplicate-column", duplicateColumn.Key,
                $"Rule 'rfm-csv.duplicate-column' failed for value '{duplicateColumn.Key}': the header names the column twice (columns {at}); which one is meant is unknown."));
            return new RfmCsvResult(customers, errors, false);
        }

        var firstLine = new Dictionary<CustomerCode, int>();
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            if (RfmCsvRow.TryParse(cells, id, x, tx, age, money, lineNumber, out var customer, out var error))
            {
                if (firstLine.TryAdd(customer.CustomerId, lineNumber))
                {
                    customers.Add(customer);
                }
                else
                {
                    errors.Add(RfmCsvRow.Error(lineNumber, "customer_id", "rfm-csv.duplicate-id", cells[id],
                        $"customer '{customer.CustomerId.Value}' is already on line {firstLine[customer.CustomerId]}; a summary holds one row per customer, so this row is skipped"));
                }
            }
            else
            {
                errors.Add(error!);
            }
        }

        return new RfmCsvResult(customers, errors, money >= 0);
    }

    private static int Find(string[] names, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            var index = Array.IndexOf(names, candidate);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }
}
