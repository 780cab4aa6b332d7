using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crm.Core.Segmentation;
using DuckDB.NET.Data;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Benchmarks.Import;

/// <summary>
/// End-to-end runs for docs/benchmarks.md, one tool per process so that <c>/usr/bin/time -v</c> measures its peak memory:
/// a purchases CSV → per-customer summaries → RFM scores and segments → a CSV of customerId,recencyDays,frequency,
/// monetary,r,f,m,segment sorted by customer id (ordinal).
/// </summary>
internal static class EndToEnd
{
    public static int Run(string[] args)
    {
        switch (args)
        {
            case ["generate-purchases", var path, var rows, var customers]:
                PurchaseFileGenerator.Write(path, int.Parse(rows, CultureInfo.InvariantCulture), int.Parse(customers, CultureInfo.InvariantCulture));
                return 0;
            case ["e2e-library", var path, var asOf, var output]:
                return Library(path, LocalDatePattern.Iso.Parse(asOf).Value, output);
            case ["e2e-duckdb", var path, var asOf, var output]:
                return DuckDb(path, asOf, output);
            case ["e2e-compare", var left, var right]:
                return Compare(left, right);
            default:
                return -1;
        }
    }

    private static int Library(string path, LocalDate asOf, string output)
    {
        var clock = Stopwatch.StartNew();
        var import = PurchaseCsvImporter.ReadFile(path);
        var read = clock.Elapsed;
        var result = RfmScorer.FromColumns(import.Purchases, asOf);
        var scored = clock.Elapsed;
        using (var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" })
        {
            writer.WriteLine("customerId,recencyDays,frequency,monetary,r,f,m,segment");
            foreach (var r in result.Rows)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.CustomerId.Value},{r.RecencyDays},{r.Frequency},{r.Monetary.Amount},{r.Score.R},{r.Score.F},{r.Score.M},{r.Segment.Name}"));
            }
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"library: {import.RowsRead:N0} rows ({import.Errors.Count} reported), {result.Rows.Count:N0} customers; import {read.TotalSeconds:F2} s, summaries+RFM {(scored - read).TotalSeconds:F2} s, total {clock.Elapsed.TotalSeconds:F2} s"));
        return 0;
    }

    private static int DuckDb(string path, string asOf, string output)
    {
        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        // Same rule as RfmScorer: score = 1 + floor(5·w/n), w = customers strictly worse (rank() − 1 in "worse first" order).
        command.CommandText = $$"""
            COPY (
              WITH p AS (SELECT * FROM read_csv('{{path.Replace("'", "''", StringComparison.Ordinal)}}', header = true,
                         columns = {'customer_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DECIMAL(18,2)'})),
              s AS (SELECT customer_id, DATE '{{asOf}}' - max(date) AS recency, count(*) AS frequency, sum(amount) AS monetary
                    FROM p WHERE date <= DATE '{{asOf}}' GROUP BY customer_id),
              n AS (SELECT count(*) AS n FROM s),
              scored AS (
                SELECT customer_id, recency, frequency, monetary,
                       1 + (5 * (rank() OVER (ORDER BY recency DESC) - 1)) // n AS r,
                       1 + (5 * (rank() OVER (ORDER BY frequency) - 1)) // n AS f,
                       1 + (5 * (rank() OVER (ORDER BY monetary) - 1)) // n AS m
                FROM s, n)
              SELECT customer_id AS customerId, recency AS recencyDays, frequency, monetary, r, f, m,
                     CASE
                       WHEN r <= 2 AND f <= 2 THEN 'Hibernating'
                       WHEN r <= 2 AND f <= 4 THEN 'At Risk'
                       WHEN r <= 2 THEN 'Can''t Lose Them'
                       WHEN r = 3 AND f <= 2 THEN 'About To Sleep'
                       WHEN r = 3 AND f = 3 THEN 'Need Attention'
                       WHEN r <= 4 AND f >= 4 THEN 'Loyal Customers'
                       WHEN r = 4 AND f = 1 THEN 'Promising'
                       WHEN r = 5 AND f = 1 THEN 'New Customers'
                       WHEN f <= 3 THEN 'Potential Loyalists'
                       ELSE 'Champions'
                     END AS segment
              FROM scored ORDER BY customer_id
            ) TO '{{output.Replace("'", "''", StringComparison.Ordinal)}}' (HEADER, DELIMITER ',');
            """;
        command.ExecuteNonQuery();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duckdb: total {clock.Elapsed.TotalSeconds:F2} s"));
        return 0;
    }

    /// <summary>Compares two outputs customer by customer (scores, segment and figures as numbers).</summary>
    private static int Compare(string left, string right)
    {
        using var a = new StreamReader(left);
        using var b = new StreamReader(right);
        a.ReadLine();
        b.ReadLine();
        long rows = 0, differences = 0;
        while (true)
        {
            var x = a.ReadLine();
            var y = b.ReadLine();
            if (x is null || y is null)
            {
                differences += x is null && y is null ? 0 : 1;
                break;
            }

            rows++;
            var f = x.Split(',');
            var g = y.Split(',');
            var same = f.Length == g.Length && f[0] == g[0] && f[1] == g[1] && f[2] == g[2]
                && decimal.Parse(f[3], CultureInfo.InvariantCulture) == decimal.Parse(g[3], CultureInfo.InvariantCulture)
                && f[4..].SequenceEqual(g[4..]);
            if (!same && differences++ < 5)
            {
                Console.Error.WriteLine($"differs: {x} | {y}");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} customers compared, {differences} differences"));
        return differences == 0 ? 0 : 1;
    }
}
