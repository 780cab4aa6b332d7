using System.Text;
using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Segmentation.Tests.Import;

public class PurchaseCsvImporterTests
{
    private static PurchaseImportResult Import(string text, PurchaseCsvOptions? options = null, IProgress<PurchaseImportProgress>? progress = null, CancellationToken token = default)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return PurchaseCsvImporter.Read(stream, options, progress, token);
    }

    private static int Day(int y, int m, int d) => new DateOnly(y, m, d).DayNumber;

    [Fact]
    public void Read_BomCrlfQuotedNewlineAndNoFinalNewline_EveryRowRead()
    {
        var result = Import("\uFEFFcustomer_id,date,amount\r\nC1,2026-01-10,20\r\n\"C\n2\",2026-01-11,1\r\nC3,۱۴۰۴/۱۱/۱۵,\"1,234.50\"");

        Assert.Equal(3, result.RowsRead);
        Assert.Equal(2, result.RowsAccepted);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("customer-code.character", error.Error.Rule);
        Assert.Equal(["C1", "C3"], result.Purchases.Customers.Select(c => c.Value));
        Assert.Equal([Day(2026, 1, 10), Day(2026, 2, 4)], result.Purchases.DayNumber.ToArray());
        Assert.Equal([20m, 1234.50m], result.Purchases.Amount.ToArray());
    }

    [Theory]
    [InlineData(0, "customer_id")]
    [InlineData(1, "date")]
    [InlineData(2, "amount")]
    public void Read_InvalidUtf8InAField_ReportedAsEncodingNamingTheField(int field, string name)
    {
        // Invalid UTF-8 used to surface as a bad amount or date (or a customer id that no longer matched the source).
        string[] cells = ["C1", "2026-01-10", "20"];
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("customer_id,date,amount\nC0,2026-01-09,5\n"));
        for (var i = 0; i < cells.Length; i++)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(cells[i]));
            if (i == field)
            {
                bytes.AddRange([0xC3, 0x28]); // a lead byte without its continuation
            }

            bytes.Add(i == cells.Length - 1 ? (byte)'\n' : (byte)',');
        }

        bytes.AddRange(Encoding.UTF8.GetBytes("C2,2026-01-11,7\n"));
        using var stream = new MemoryStream(bytes.ToArray());

        var result = PurchaseCsvImporter.Read(stream);

        var error = Assert.Single(result.Errors);
        Assert.Equal((3, name, "csv.encoding"), (error.Line, error.Error.Field, error.Error.Rule));
        Assert.Contains("UTF-8", error.Error.Message, StringComparison.Ordinal);
        Assert.Equal(3, result.RowsRead);
        Assert.Equal(["C0", "C2"], result.Purchases.Customers.Select(c => c.Value));
    }

    [Fact]
    public void Read_SameCustomerSpelledDifferently_OneCustomer()
    {
        var result = Import("customer_id,date,amount\nC-۱۰,2026-01-10,1\n C-10 ,2026-01-11,2\nC-10,2026-01-12,3\n");

        Assert.Equal(["C-10"], result.Purchases.Customers.Select(c => c.Value));
        Assert.Equal([0, 0, 0], result.Purchases.CustomerIndex.ToArray());
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("۵٫۵")]
    [InlineData("12,34")]
    [InlineData("1,2345")]
    [InlineData(",123")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("1.2.3")]
    public void Read_BadAmount_ReportedWithFieldRuleAndValue(string amount)
    {
        var result = Import($"customer_id,date,amount\nC1,2026-01-10,\"{amount}\"\n");

        var error = Assert.Single(result.Errors).Error;
        Assert.Equal(("amount", "amount.format", amount), (error.Field, error.Rule, error.Value));
        Assert.Equal(0, result.RowsAccepted);
    }

    [Theory]
    [InlineData("1,234,567.5", "1234567.5")]
    [InlineData("۱٬۲۳۴", "1234")]
    [InlineData("٠٫٥", null)]
    [InlineData("+7", "7")]
    [InlineData(".5", "0.5")]
    [InlineData("-0.010", "-0.010")]
    public void Read_Amount_ReadCultureInvariantly(string amount, string? expected)
    {
        var result = Import($"customer_id,date,amount\nC1,2026-01-10,\"{amount}\"\n");

        if (expected is null)
        {
            Assert.Single(result.Errors);
            return;
        }

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(result.Purchases.Amount.ToArray()));
        Assert.Equal(expected, result.Purchases.Amount[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-2-03")]
    [InlineData("1405/12/30")]
    [InlineData("1404/13/01")]
    [InlineData("26-02-03")]
    [InlineData("2026/02-03")]
    [InlineData("0000-01-01")]
    public void Read_BadDate_ReportedWithFieldRuleAndValue(string date)
    {
        var result = Import($"customer_id,date,amount\nC1,{date},1\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((2L, "date", "date.format", date), (error.Line, error.Error.Field, error.Error.Rule, error.Error.Value));
    }

    [Fact]
    public void Read_MappedHeaderAndCurrencyColumn_ReadByName()
    {
        var options = new PurchaseCsvOptions { CustomerIdColumn = "buyer", DateColumn = "day", AmountColumn = "paid", CurrencyColumn = "cur" };

        var result = Import("note,paid,day,buyer,cur\nx,5,2026-01-01,B1,USD\ny,7,2026-01-02,B2,\n", options);

        Assert.Empty(result.Errors);
        Assert.Equal(["B1", "B2"], result.Purchases.Customers.Select(c => c.Value));
        Assert.Equal(["IRR", "USD"], result.Purchases.Currencies);
        Assert.Equal([1, 0], result.Purchases.CurrencyIndex.ToArray().Select(b => (int)b));
    }

    [Fact]
    public void Read_HeaderWithoutAColumn_OneHeaderErrorAndNoRows()
    {
        var result = Import("id,date,amount\nC1,2026-01-01,5\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((1L, "customer_id", "csv.header"), (error.Line, error.Error.Field, error.Error.Rule));
        Assert.Equal(0, result.RowsRead);
    }

    [Fact]
    public void Read_BlankLines_NotRows()
    {
        var result = Import("customer_id,date,amount\n\nC1,2026-01-01,5\n   \n");

        Assert.Equal((1L, 1L), (result.RowsRead, result.RowsAccepted));
    }

    [Fact]
    public void Read_Progress_ReportsEveryRowAndByteAtTheEnd()
    {
        var text = "customer_id,date,amount\n" + string.Concat(Enumerable.Repeat("C1,2026-01-01,5\n", 70_000));
        var reports = new List<PurchaseImportProgress>();

        Import(text, progress: new SyncProgress(reports.Add));

        Assert.Equal(2, reports.Count);
        Assert.Equal(new PurchaseImportProgress(70_000, Encoding.UTF8.GetByteCount(text)), reports[^1]);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Import("customer_id,date,amount\nC1,2026-01-01,5\n", token: cancel.Token));
    }

    [Fact]
    public void ReadFile_SameAsStream()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "customer_id,date,amount\nC1,2026-01-01,5\nC2,bad,1\nC1,1404/11/15,2", new UTF8Encoding(true));

            var result = PurchaseCsvImporter.ReadFile(path);

            Assert.Equal((3L, 2L), (result.RowsRead, result.RowsAccepted));
            Assert.Equal(3L, Assert.Single(result.Errors).Line);
            Assert.Equal(2, result.Purchases.Amount.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FromColumns_ImportedFile_SameRowsAsFromSummaries()
    {
        var result = Import("customer_id,date,amount\nA,2026-01-01,5\nB,2026-02-01,7\nA,1404/11/15,2\nC,2026-04-01,1\n");
        var asOf = new LocalDate(2026, 3, 1);
        var purchases = new[]
        {
            new Purchase(CustomerCode.Parse("A"), new LocalDate(2026, 1, 1), Money.FromRials(5m)),
            new Purchase(CustomerCode.Parse("B"), new LocalDate(2026, 2, 1), Money.FromRials(7m)),
            new Purchase(CustomerCode.Parse("A"), new LocalDate(2026, 2, 4), Money.FromRials(2m)),
            new Purchase(CustomerCode.Parse("C"), new LocalDate(2026, 4, 1), Money.FromRials(1m)),
        };

        var fast = RfmScorer.FromColumns(result.Purchases, asOf);
        var general = RfmScorer.FromSummaries(PurchaseSummarizer.Summarize(purchases, asOf, TimeUnit.Days).Customers);

        Assert.Equal(general.Rows, fast.Rows);
        Assert.Equal(["C"], fast.WithoutPurchases.Select(c => c.Value));
    }

    [Fact]
    public void FromColumns_Population_KnownCustomersWithoutPurchasesListedAndNeverScored()
    {
        var result = Import("customer_id,date,amount\nB,2026-02-01,7\nC,2026-04-01,1\nA,2026-01-01,5\n");

        var rfm = RfmScorer.FromColumns(result.Purchases, new LocalDate(2026, 3, 1), population: [CustomerCode.Parse("D"), CustomerCode.Parse("A")]);

        Assert.Equal(["A", "B"], rfm.Rows.Select(r => r.CustomerId.Value));
        Assert.Equal(["C", "D"], rfm.WithoutPurchases.Select(c => c.Value));
        Assert.Empty(rfm.Errors);
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    public void Read_UnderAnyCulture_SameColumnsAsInvariant(string culture)
    {
        const string text = "customer_id,date,amount,currency\nİ1,2026-01-10,\"1,234.50\",\nC2,۱۴۰۴/۱۱/۱۵,٠.٥,USD\nC3,2026-01-11,1.234,\n";
        PurchaseImportResult expected;
        using (new Crm.Core.TestKit.CultureScope(""))
        {
            expected = Import(text);
        }

        using (new Crm.Core.TestKit.CultureScope(culture))
        {
            var actual = Import(text);
            Assert.True(PurchaseCsvImporterPropertyTests.SameColumns(expected.Purchases, actual.Purchases));
            Assert.Equal(expected.Errors, actual.Errors);
        }

        Assert.Equal([1234.50m, 0.5m, 1.234m], expected.Purchases.Amount.ToArray());
        Assert.Empty(expected.Errors);
    }

    private sealed class SyncProgress(Action<PurchaseImportProgress> report) : IProgress<PurchaseImportProgress>
    {
        public void Report(PurchaseImportProgress value) => report(value);
    }
}
