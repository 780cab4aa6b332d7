using System.Globalization;
using System.Text;
using System.Text.Json;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore;
using Crm.Sample.Host.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sample.Host.Tests;

/// <summary>
/// Every command that reads a customers file reads it with the library's <c>CustomerCsvImporter</c>: the same messy file
/// (a byte order mark, CRLF, a quoted field with a line break, a missing final newline, one bad row and one unknown
/// column) gives the same accepted rows and the same reported lines in each of them.
/// </summary>
public sealed class CustomersCsvTests : IDisposable
{
    // Line 1: the header, with the unknown column shoe_size. Lines 2-3: C1, whose city holds a line break. Line 4: C2, no
    // last name (the bad row). Line 5: C3, a quoted city with a comma, and no final newline.
    private const string Messy = "\uFEFFkind,code,first_name,last_name,city,shoe_size\r\n"
        + "individual,C1,سارا,احمدی,\"تهران\r\nمنطقه ۲\",42\r\n"
        + "individual,C2,علی,,شیراز,41\r\n"
        + "individual,C3,مریم,کریمی,\"قم, مرکز\",40";

    private static readonly string UnknownColumnMessage =
        $"Rule 'csv.unknown-column' failed for value 'shoe_size': the header names a column that is not known (known: {string.Join(", ", CustomerRecordColumns.All)}).";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crm-host-tests-" + Guid.NewGuid().ToString("N"));

    private static string LastNameRequired =>
        Assert.Single(new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(new Dictionary<string, string?> { ["code"] = "C2" },
            new ChangeStamp("test", SampleHost.Now)).Errors).Message;

    [Fact]
    public async Task CustomersValidate_MessyFile_CountsEveryRowAndReportsTheBadRowAndTheUnknownColumnWithTheirLines()
    {
        using var file = TempFile.With(Messy, ".csv");

        var json = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path, "--format", "json");
        var text = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path);

        HostAssert.Ok(json);
        using var doc = JsonDocument.Parse(json.Stdout);
        var root = doc.RootElement;
        Assert.Equal((3, 2, 1), (root.GetProperty("rows").GetInt32(), root.GetProperty("valid").GetInt32(), root.GetProperty("invalid").GetInt32()));
        Assert.Equal([(1, "shoe_size", "csv.unknown-column", "shoe_size"), (4, "last_name", "required", "")],
            root.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString(),
                e.GetProperty("rule").GetString(), e.GetProperty("value").GetString())));
        Assert.Empty(root.GetProperty("warnings").EnumerateArray());

        HostAssert.Ok(text);
        Assert.Equal(["3 rows: 2 valid, 1 invalid", "line 1, shoe_size: " + UnknownColumnMessage, "line 4, last_name: " + LastNameRequired], text.OutLines);
    }

    [Fact]
    public async Task SegmentRun_MessyFile_EvaluatesTheAcceptedRowsAndReportsTheOthersOnStderr()
    {
        using var file = TempFile.With(Messy, ".csv");
        using var definition = TempFile.With("""
            { "name": "District 2", "description": "", "version": 1,
              "condition": { "all": [ { "field": "city", "op": "contains", "value": "منطقه" } ] } }
            """, ".json");

        var run = await SampleHost.RunAsync("segment", "run", "--definition", definition.Path, "--customers", file.Path, "--as-of", "2026-03-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["line 1: " + UnknownColumnMessage, "line 4: " + LastNameRequired], run.ErrLines);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(["C1"], doc.RootElement.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task DbImport_MessyFile_StoresTheAcceptedRowsAndListsTheOthersWithTheirLines()
    {
        using var file = TempFile.With(Messy, ".csv");
        Directory.CreateDirectory(_folder);
        var connection = $"Data Source={Path.Combine(_folder, "crm.db")};Pooling=False";

        var run = await SampleHost.RunAsync("db", "import", "--provider", "sqlite", "--connection", connection, "--customers", file.Path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("customers").GetInt64());
        Assert.Equal([(1, "shoe_size", "csv.unknown-column"), (4, "last_name", "required")],
            doc.RootElement.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString(), e.GetProperty("rule").GetString())));
        Assert.Equal([$"{file.Path}:1: shoe_size: {UnknownColumnMessage}", $"{file.Path}:4: last_name: {LastNameRequired}"], run.ErrLines);
        await using var context = new CrmDbContext(new DbContextOptionsBuilder<CrmDbContext>().UseSqlite(connection).Options);
        var stored = await new EfCoreCustomerStore(context).FindAsync(CustomerCode.Parse("C1"));
        Assert.Equal("تهران\r\nمنطقه ۲", Assert.Single(stored!.Addresses).City);
    }

    [Fact]
    public async Task Report_MessyCustomersFile_NamesTheAcceptedCustomersAndReportsTheOtherLines()
    {
        using var file = TempFile.With(Messy, ".csv");
        using var purchases = TempFile.WithLines(".csv", "customer_id,date,amount", "C1,2026-01-10,100000", "C3,2026-02-10,120000", "C3,2026-03-10,90000");
        var output = Path.Combine(_folder, "report");
        var name = Path.GetFileName(file.Path);

        var run = await SampleHost.RunAsync("report", "--customers", file.Path, "--transactions", purchases.Path, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{name}:1: {UnknownColumnMessage}", $"{name}:4: {LastNameRequired}"], run.ErrLines);
        Assert.Contains(run.OutLines, l => l.StartsWith("report: 2 customers, 3 purchases, 2 row(s) reported;", StringComparison.Ordinal));
        var problems = File.ReadAllLines(Path.Combine(output, "problems.csv"));
        Assert.Equal(3, problems.Length);
        Assert.Equal(["1", "4"], problems.Skip(1).Select(l => l.Split(',')[1]));
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

    [Fact]
    public async Task CustomersValidate_DuplicateHeaderColumn_ExitsTwoNamingBothColumns()
    {
        using var file = TempFile.WithLines(".csv", "code,city,code", "C1,Qom,C2");

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path);

        HostAssert.BadInput(run, 2, "'code' twice (columns 1 and 3)");
    }

    [Fact]
    public async Task CustomersValidate_Utf16File_ExitsTwoWithAClearMessage()
    {
        using var file = TempFile.Reserve(".csv");
        await File.WriteAllTextAsync(file.Path, "kind,code,last_name\nindividual,C1,Ahmadi\n", Encoding.Unicode);

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path);

        HostAssert.BadInput(run, 2, "UTF-16");
    }

    [Fact]
    public async Task CustomersValidate_InvalidUtf8Line_IsReportedNotReplacedSilently()
    {
        using var file = TempFile.Reserve(".csv");
        await File.WriteAllBytesAsync(file.Path, [.. "kind,code,last_name,city\nindividual,C1,Ahmadi,Q"u8, 0xC3, 0x28, .. "m\nindividual,C2,Rezaei,Qom\n"u8]);

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path, "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal((2, 1, 1), (doc.RootElement.GetProperty("rows").GetInt32(), doc.RootElement.GetProperty("valid").GetInt32(), doc.RootElement.GetProperty("invalid").GetInt32()));
        var error = Assert.Single(doc.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal((2, "city", "csv.encoding"), (error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString(), error.GetProperty("rule").GetString()));
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property CustomersValidate_RandomFile_RowsReadAreValidPlusReportedAndEachBadRowIsReportedOnItsLine()
    {
        // Each row is (text, lines it spans, good?): good rows, bad values, a quoted field with a line break, quote errors.
        // A quote error pairs with the next quote in the file, so a well-quoted field with a line break after it may be
        // reported line by line (documented); a file has one or the other, so every row is counted exactly once.
        (string, int, bool)[] rows =
        [
            ("individual,C{0},سارا,احمدی", 1, true),
            ("company,K{0},,,\"شرکت \"\"نور\"\", تهران\"", 1, true),
            ("individual,C{0},علی,,", 1, false),
            ("individual,C{0},مریم,کریمی,,0912", 1, false),
        ];
        var multiLine = ("individual,C{0},علی,\"رضایی\nزاده\",", 2, true);
        (string, int, bool)[] quoteErrors = [("individual,C{0},\"open,x", 1, false), ("individual,C{0},st\"ray,کریمی", 1, false)];
        var file = Gen.OneOf(Gen.ListOf(Gen.Elements([.. rows, multiLine])), Gen.ListOf(Gen.Elements([.. rows, .. quoteErrors])));
        return Prop.ForAll(file.ToArbitrary(), Gen.Elements("\n", "\r\n").ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (lines, newline, bom) =>
        {
            var body = string.Join(newline, lines.Select((r, i) => string.Format(CultureInfo.InvariantCulture, r.Item1, i).Replace("\n", newline, StringComparison.Ordinal)));
            var text = (bom ? "\uFEFF" : string.Empty) + "kind,code,first_name,last_name,company_name,mobile" + (lines.Count > 0 ? newline + body : string.Empty);
            using var csv = TempFile.With(text, ".csv");

            var run = SampleHost.RunAsync("customers", "validate", "--csv", csv.Path, "--format", "json").GetAwaiter().GetResult();

            HostAssert.Ok(run);
            using var doc = JsonDocument.Parse(run.Stdout);
            var root = doc.RootElement;
            var (read, valid, invalid) = (root.GetProperty("rows").GetInt32(), root.GetProperty("valid").GetInt32(), root.GetProperty("invalid").GetInt32());
            Assert.Equal(lines.Count, read);
            Assert.Equal(read, valid + invalid);
            Assert.Equal(lines.Count(r => !r.Item3), invalid);
            var line = 2;
            var badLines = new List<int>();
            foreach (var r in lines)
            {
                if (!r.Item3)
                {
                    badLines.Add(line);
                }

                line += r.Item2;
            }

            Assert.Equal(badLines, root.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()).Distinct());
        });
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
