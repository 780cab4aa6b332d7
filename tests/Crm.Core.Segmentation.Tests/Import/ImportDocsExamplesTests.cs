using NodaTime;

namespace Crm.Core.Segmentation.Tests.Import;

/// <summary>The code sample of docs/segmentation.md ("Importing purchases"), kept compiling and true here.</summary>
public class ImportDocsExamplesTests
{
    [Fact]
    public void ImportingPurchases_Example_ReportsTheBadRowAndScoresTheRest()
    {
        var path = Path.GetTempFileName();
        var stderr = new StringWriter();
        var previous = Console.Error;
        try
        {
            File.WriteAllText(path, "customer_id,date,amount\nA,2026-02-01,5\nB,1404/11/15,\"1,200\"\nC,2026-02-30,1\n");
            Console.SetError(stderr);

            // docs/segmentation.md — Importing purchases
            var import = PurchaseCsvImporter.ReadFile(path);   // customer_id,date,amount[,currency]
            // import.RowsRead == import.RowsAccepted + import.Errors.Count: every bad row is reported, with its line
            foreach (var bad in import.Errors)
            {
                Console.Error.WriteLine($"line {bad.Line}: {bad.Error.Field} {bad.Error.Rule} '{bad.Error.Value}'");
            }

            var rfm = RfmScorer.FromColumns(import.Purchases, new LocalDate(2026, 3, 1));

            Assert.Equal(import.RowsRead, import.RowsAccepted + import.Errors.Count);
            Assert.Equal("line 4: date date.format '2026-02-30'" + Environment.NewLine, stderr.ToString());
            Assert.Equal(["A", "B"], rfm.Rows.Select(r => r.CustomerId.Value));
            Assert.Equal(1200m, rfm.Rows[1].Monetary.Amount);
        }
        finally
        {
            Console.SetError(previous);
            File.Delete(path);
        }
    }
}
