using System.Globalization;
using System.Text;
using Crm.Core.Customers;
using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Segmentation.Tests.Import;

public sealed class CustomerCsvImporterTests
{
    private static readonly string[] Header = ["kind", "code", "first_name", "last_name", "company_name", "mobile", "email", "city", "birth_date", "tags"];

    /// <summary>Cell values, good and bad, with the characters CSV must quote (separators, quotes, newlines).</summary>
    private static readonly string[][] Values =
    [
        ["individual", "company", "INDIVIDUAL", "", "robot"],
        ["C-1", "C-2", "K-1", "۱۲۳", "", "C 9", "C-1"],
        ["سارا", "علي", "", "Sara, \"Sal\""],
        ["محمدی", "کریمی\nزاده", "", "O'Neil"],
        ["صنایع آفتاب", "", "شرکت \"نور\""],
        ["0912 123 4567", "09121234567", "0980 123 4567", "12", ""],
        ["sara@example.ir", "not-an-email", ""],
        ["تهران", "کرج", ""],
        ["۱۳۶۶/۱۲/۳۰", "1987-03-21", "1366/13/01", ""],
        ["vip;loyal", "", "a;;b"],
    ];

    [Property(MaxTest = 200)]
    public Property Read_RandomFile_EqualsImportingEachRecord() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 6), Header.Length)).Select(rows => rows.Take(12).ToArray()).ToArbitrary(),
            Gen.Elements("\n", "\r\n").ToArbitrary(),
            Gen.Elements(true, false).ToArbitrary(),
            (picks, newline, bom) =>
            {
                var records = picks.Select(row => Header.Select((column, i) => Values[i][row[i] % Values[i].Length]).ToArray()).ToArray();
                var text = new StringBuilder(string.Join(',', Header));
                foreach (var record in records)
                {
                    text.Append(newline).Append(string.Join(',', record.Select(Quote)));
                }

                if (bom)
                {
                    text.Insert(0, '\uFEFF');
                }

                var stamp = SomeCustomers.Stamp();
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
                var read = CustomerCsvImporter.Read(stream, new CustomerRecordImporter(CustomerCatalog.Unrestricted), stamp).ToList();

                var direct = new CustomerRecordImporter(CustomerCatalog.Unrestricted);
                var expected = records.Select(r => direct.Import(Header.Zip(r).ToDictionary(p => p.First, p => (string?)p.Second, StringComparer.Ordinal), stamp)).ToList();
                Assert.Equal(records.Length, read.Count);   // nothing dropped: one record per data row
                for (var i = 0; i < expected.Count; i++)
                {
                    Assert.Equal(Keys(expected[i].Errors), Keys(read[i].Errors));
                    Assert.Equal(Keys(expected[i].Warnings), Keys(read[i].Warnings));
                    Assert.Equal(expected[i].Customer?.Code, read[i].Customer?.Code);
                    Assert.Equal(expected[i].Customer?.DisplayName, read[i].Customer?.DisplayName);
                }

                // Each record's line is where it starts: 2 for the first, then after the newlines of the records before it.
                var line = 2L;
                for (var i = 0; i < records.Length; i++)
                {
                    Assert.Equal(line, read[i].Line);
                    line += 1 + records[i].Sum(v => v.Count(c => c == '\n'));
                }
            });

    [Fact]
    public void Read_UnknownColumnExtraFieldsAndBadBytes_AreReportedAndTheOtherRowsRead()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("kind,code,last_name,nickname\nindividual,C-1,محمدی,x\nindividual,C-2,رضایی,y,extra\n\nindividual,C-3,"));
        bytes.AddRange([0xFF, 0xFE]);
        bytes.AddRange(Encoding.UTF8.GetBytes(",z\r\nindividual,C-4,کریمی,w"));   // CRLF, no final newline
        using var stream = new MemoryStream([.. bytes]);
        var progress = new List<PurchaseImportProgress>();

        var records = CustomerCsvImporter.Read(stream, new CustomerRecordImporter(CustomerCatalog.Unrestricted), SomeCustomers.Stamp(),
            new SynchronousProgress<PurchaseImportProgress>(progress.Add)).ToList();

        Assert.Equal([1L, 2, 3, 5, 6], records.Select(r => r.Line));
        var header = Assert.Single(records[0].Errors);
        Assert.Equal(("nickname", "csv.unknown-column", "nickname"), (header.Field, header.Rule, header.Value));
        Assert.Equal("C-1", records[1].Customer!.Code.Value);
        Assert.Null(records[2].Customer);
        Assert.Equal(("csv.field-count", "5"), (records[2].Errors[^1].Rule, records[2].Errors[^1].Value));
        Assert.Equal(("last_name", "csv.encoding"), (records[3].Errors[0].Field, records[3].Errors[0].Rule));
        Assert.Equal("کریمی", ((Individual)records[4].Customer!).Profile.LastName);
        Assert.Equal(4, progress[^1].Rows);   // data rows read (the blank line is not one)
        Assert.Equal(bytes.Count, progress[^1].Bytes);
    }

    [Fact]
    public void Read_QuoteLeftOpenOrInsideAnUnquotedField_CostsOnlyItsOwnLine()
    {
        // Sep pairs the stray quote of line 4 with the first quote of line 5 and reads on to the end of line 7 as one row;
        // lines 5 to 7 are then read again, each as the row it is.
        const string Text = "kind,code,last_name,city\r\n"
            + "individual,C-1,رضایی,\"شیراز\r\nجنوب\"\r\n"  // a quoted field with a line break: one row, lines 2-3
            + "individual,C-2,کر\"یمی,قم\r\n"              // a quote inside an unquoted field
            + "individual,C-3,\"احمدی\"x,کرج\r\n"           // text after the closing quote
            + "individual,C-4,\"نوری\",\"یزد\"\r\n"         // well quoted
            + "individual,C-5,\"محمدی,تهران\r\n"           // a quote opened and never closed
            + "individual,C-6,کریمی";                      // no final line break
        using var stream = new MemoryStream([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Text)]);

        var records = CustomerCsvImporter.Read(stream, new CustomerRecordImporter(CustomerCatalog.Unrestricted), SomeCustomers.Stamp()).ToList();

        Assert.Equal([2L, 4, 5, 6, 7, 8], records.Select(r => r.Line));
        Assert.Equal(["C-1", null, null, "C-4", null, "C-6"], records.Select(r => r.Customer?.Code.Value));
        Assert.Equal([("last_name", "کر\"یمی,قم"), ("last_name", "\"احمدی\"x"), ("last_name", "\"محمدی,تهران")],
            records.Where(r => !r.IsValid).Select(r => (Assert.Single(r.Errors).Field, r.Errors[0].Value)));
        Assert.All(records.Where(r => !r.IsValid), r => Assert.Equal("csv.quote", r.Errors[0].Rule));
        Assert.Equal("شیراز\r\nجنوب", Assert.Single(records[0].Customer!.Addresses).City);
        Assert.Equal(("نوری", "یزد"), (((Individual)records[3].Customer!).Profile.LastName, Assert.Single(records[3].Customer!.Addresses).City));
    }

    [Property(MaxTest = 300)]
    public Property Read_RandomLinesWithInjectedQuoteErrors_EveryLineIsOneRecordAndOnlyTheBadOnesAreInvalid()
    {
        var good = Gen.Elements("individual,C-{0},محمدی", "individual,C-{0},\"Sara, \"\"Sal\"\"\"", "company,K-{0},,\"صنایع\"", " individual , C-{0} , \"کریمی\" ");
        var bad = Gen.Elements("individual,C-{0},\"open", "individual,C-{0},st\"ray", "individual,C-{0},\"a\"b", "individual,\"C-{0},x");
        var line = Gen.Frequency((4, good.Select(f => (Format: f, Good: true))), (1, bad.Select(f => (Format: f, Good: false))));
        return Prop.ForAll(Gen.ListOf(line).ToArbitrary(), Gen.Elements("\n", "\r\n").ToArbitrary(), (lines, newline) =>
        {
            var text = "kind,code,last_name,company_name" + string.Concat(lines.Select((l, i) => newline + string.Format(CultureInfo.InvariantCulture, l.Format, i)));
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

            var records = CustomerCsvImporter.Read(stream, new CustomerRecordImporter(CustomerCatalog.Unrestricted), SomeCustomers.Stamp()).ToList();

            Assert.Equal(Enumerable.Range(2, lines.Count).Select(i => (long)i), records.Select(r => r.Line));
            Assert.Equal(lines.Select(l => l.Good), records.Select(r => r.IsValid));
            Assert.All(records.Where(r => !r.IsValid), r => Assert.Equal("csv.quote", Assert.Single(r.Errors).Rule));
        });
    }

    [Fact]
    public void Read_Cancelled_StopsWithOperationCanceled()
    {
        var text = "kind,code,last_name\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"individual,C-{i},محمدی\n"));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            CustomerCsvImporter.Read(stream, new CustomerRecordImporter(CustomerCatalog.Unrestricted), SomeCustomers.Stamp(), cancellationToken: cancel.Token).ToList());
    }

    [Fact]
    public void Read_NullArguments_FailAtTheCall()
    {
        Assert.Throws<ArgumentNullException>(() => CustomerCsvImporter.Read(null!, new CustomerRecordImporter(CustomerCatalog.Unrestricted), SomeCustomers.Stamp()));
        Assert.Throws<ArgumentNullException>(() => CustomerCsvImporter.Read(new MemoryStream(), null!, SomeCustomers.Stamp()));
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('a')]
    public void Read_SeparatorThatCannotSeparate_IsRejectedNamingIt(char separator)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CustomerCsvImporter.Read(new MemoryStream(), new CustomerRecordImporter(CustomerCatalog.Unrestricted), SomeCustomers.Stamp(), separator: separator));
        Assert.Equal("separator", error.ParamName);
    }

    [Fact]
    public void Read_SemicolonSeparator_ReadsTheFields()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("kind;code;last_name\nindividual;C-1;محمدی\n"));
        var record = Assert.Single(CustomerCsvImporter.Read(stream, new CustomerRecordImporter(CustomerCatalog.Unrestricted), SomeCustomers.Stamp(), separator: ';'));
        Assert.Equal("C-1", record.Customer!.Code.Value);
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string[] Keys(IEnumerable<ValidationError> errors) => [.. errors.Select(e => $"{e.Field}|{e.Rule}|{e.Value}")];

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
