using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Segmentation.Tests.Import;

/// <summary>A quote that breaks RFC 4180 costs only its own line: the lines the parser read on through are rows of their own.</summary>
public sealed class PurchaseCsvQuoteTests
{
    private static PurchaseImportResult Import(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return PurchaseCsvImporter.Read(stream);
    }

    [Fact]
    public void Read_QuoteLeftOpen_OnlyItsLineReportedAndTheNextLinesRead()
    {
        var result = Import("customer_id,date,amount\nC-1,2026-01-01,\"5\nC-2,2026-01-02,6\nC-3,2026-01-03,7\n");

        Assert.Equal(3, result.RowsRead);
        var error = Assert.Single(result.Errors);
        Assert.Equal((2L, "csv.quote", "amount"), (error.Line, error.Error.Rule, error.Error.Field));
        Assert.Equal(["C-2", "C-3"], result.Purchases.Customers.Select(c => c.Value));
    }

    [Fact]
    public void Read_StrayQuoteThenAnotherLater_EveryLineBetweenKept()
    {
        // Sep pairs the stray quote of line 2 with the one of line 5: without the re-read, lines 3 and 4 vanished into one row.
        var result = Import("customer_id,date,amount\r\nC-1,2026-01-01,5\"0\r\nC-2,2026-01-02,6\r\nC-3,2026-01-03,7\r\nC-4,2026-01-04,\"8\"\"\r\nC-5,2026-01-05,9");

        Assert.Equal(5, result.RowsRead);
        Assert.Equal([(2L, "csv.quote"), (5L, "csv.quote")], result.Errors.Select(e => (e.Line, e.Error.Rule)));
        Assert.Equal(["C-2", "C-3", "C-5"], result.Purchases.Customers.Select(c => c.Value));
    }

    [Fact]
    public void Read_WellQuotedFieldWithALineBreak_OneRowOnItsFirstLine()
    {
        var result = Import("customer_id,date,amount,note\nC-1,2026-01-01,\"1,000\",\"two\nlines\"\nC-2,2026-01-02,6,\n");

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.RowsRead);
        Assert.Equal(1000m, result.Purchases.Amount[0]);
    }

    [Property(MaxTest = 300)]
    public Property Read_RandomLinesWithInjectedQuoteErrors_EveryLineIsOneRowAndOnlyTheBadOnesReported()
    {
        var good = Gen.Elements("C-{0},2026-01-02,5", "\"C-{0}\",2026-01-02,\"1,250.5\"", " C-{0} ,1404/10/01, 7 ");
        var bad = Gen.Elements("C-{0},2026-01-02,\"open", "C-{0},2026-01-02,st\"ray", "C-{0},\"2026\"x,5", "\"C-{0},2026-01-02,5");
        var line = Gen.Frequency((4, good.Select(f => (Format: f, Good: true))), (1, bad.Select(f => (Format: f, Good: false))));
        return Prop.ForAll(Gen.ListOf(line).ToArbitrary(), Gen.Elements("\n", "\r\n").ToArbitrary(), (lines, newline) =>
        {
            var text = "customer_id,date,amount" + string.Concat(lines.Select((l, i) => newline + string.Format(CultureInfo.InvariantCulture, l.Format, i)));

            var result = Import(text);

            Assert.Equal(lines.Count, result.RowsRead);
            Assert.Equal(result.RowsRead, result.RowsAccepted + result.Errors.Count);
            Assert.Equal(lines.Select((l, i) => (l, i)).Where(x => !x.l.Good).Select(x => (long)x.i + 2), result.Errors.Select(e => e.Line));
            Assert.All(result.Errors, e => Assert.Equal("csv.quote", e.Error.Rule));
            Assert.Equal(lines.Select((l, i) => (l, i)).Where(x => x.l.Good).Select(x => "C-" + x.i.ToString(CultureInfo.InvariantCulture)),
                result.Purchases.Customers.Select(c => c.Value));
        });
    }
}
