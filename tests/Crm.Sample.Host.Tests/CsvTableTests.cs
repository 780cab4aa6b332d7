using System.Text;
using System.Text.Json;
using Crm.Sample.Host.Csv;
using Crm.Sample.Host.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Crm.Sample.Host.Tests;

public class CsvTableTests
{
    [Fact]
    public void UnterminatedQuote_CostsOnlyItsOwnLine()
    {
        var table = CsvTable.Read(new StringReader("code,city\nC1,\"Tehran\nC2,Shiraz\nC3,\"Ya\"\"zd\"\nC4,Qom\nC5,\"Kish\n"), "t.csv");

        Assert.Equal(["C2", "C3", "C4"], table.Rows.Select(r => r.Fields["code"]));
        Assert.Equal("Ya\"zd", table.Rows[1].Fields["city"]);
        Assert.Equal([(2, "csv.quote"), (6, "csv.quote")], table.Problems.Select(p => (p.Line, p.Rule)));
    }

    [Fact]
    public void StrayQuoteInUnquotedCell_IsReportedAndTheNextRowsAreIntact()
    {
        var table = CsvTable.Read(new StringReader("code,city\nC1,Te\"hr\"an\nC2,Shiraz\nC3,Qom\n"), "t.csv");

        Assert.Equal(["C2", "C3"], table.Rows.Select(r => r.Fields["code"]));
        var problem = Assert.Single(table.Problems);
        Assert.Equal((2, "csv.quote"), (problem.Line, problem.Rule));
    }

    [Fact]
    public void DuplicateHeaderColumn_IsUnreadableNamingBothColumns()
    {
        var ex = Assert.Throws<CsvUnreadableException>(() => CsvTable.Read(new StringReader("code,city,code\nC1,Qom,C2\n"), "t.csv"));

        Assert.Contains("'code' twice (columns 1 and 3)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16File_IsUnreadableWithAClearMessage()
    {
        using var file = TempFile.Reserve(".csv");
        File.WriteAllText(file.Path, "code,city\nC1,Qom\n", Encoding.Unicode);

        var ex = Assert.Throws<CsvUnreadableException>(() => CsvTable.Read(file.Path));

        Assert.Contains("UTF-16", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8Line_IsReportedNotReplacedSilently()
    {
        using var file = TempFile.Reserve(".csv");
        File.WriteAllBytes(file.Path, [.. "code,city\nC1,Q"u8, 0xC3, 0x28, .. "m\nC2,Qom\n"u8]);

        var table = CsvTable.Read(file.Path);

        Assert.Equal(["C2"], table.Rows.Select(r => r.Fields["code"]));
        Assert.Equal((2, "csv.encoding"), (table.Problems[0].Line, table.Problems[0].Rule));
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property RandomFileWithInjectedQuoteErrors_EveryLineIsARowOrAProblem()
    {
        var cell = Gen.Elements("a", "b c", "\"q,uoted\"", "\"dou\"\"ble\"", "۱۲۳", string.Empty);
        var broken = Gen.Elements("\"open", "st\"ray", "\"a\"b");
        var line = Gen.Frequency(
            (4, Gen.ListOf(cell, 3).Select(cells => (Text: string.Join(',', cells), Good: true))),
            (1, from good in Gen.ListOf(cell, 2) from bad in broken select (Text: string.Join(',', good) + "," + bad, Good: false)));
        return Prop.ForAll(Gen.ListOf(line).ToArbitrary(), lines =>
        {
            var text = "x,y,z\n" + string.Join('\n', lines.Select(l => l.Text));
            var table = CsvTable.Read(new StringReader(text), "random.csv");

            var dataLines = lines.Count(l => l.Text.Trim().Length > 0);
            Assert.Equal(dataLines, table.Rows.Count + table.Problems.Count);
            Assert.Equal(lines.Count(l => !l.Good), table.Problems.Count);
            Assert.All(table.Rows, r => Assert.Equal(3, r.FieldCount));
        });
    }

    [Fact]
    public async Task CustomersValidate_QuoteError_IsAnInvalidRowWithItsLine()
    {
        using var file = TempFile.WithLines(".csv",
            "kind,code,first_name,last_name",
            "individual,C1,\"Sara,Ahmadi",
            "individual,C2,Ali,Rezaei",
            "individual,C3,Maryam,Karimi");

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path, "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal((3, 2, 1), (root.GetProperty("rows").GetInt32(), root.GetProperty("valid").GetInt32(), root.GetProperty("invalid").GetInt32()));
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal((2, "csv.quote"), (error.GetProperty("line").GetInt32(), error.GetProperty("rule").GetString()));
    }
}
