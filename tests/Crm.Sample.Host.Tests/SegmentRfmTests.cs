using Crm.Core.TestKit;
using System.Globalization;
using System.Text.Json;
using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Tests;

public class SegmentRfmTests
{
    private const string AsOf = "2026-03-01";

    // Five customers with distinct recency, frequency and spend, worked out by hand for the as-of date 2026-03-01.
    // Ids chosen so that ordinal order (A3, B10, B9, a2, b1) differs from any culture's order (a2, A3, b1, B10, B9).
    // a2's purchases are Persian dates: 1404/11/15 = 2026-02-04 and 1404/12/01 = 2026-02-20.
    private static readonly string[] Transactions =
    [
        "customer_id,date,amount",
        "B10,2025-08-01,4.04", "B10,2025-09-01,4.04", "B10,2025-10-01,4.04", "B10,2025-11-01,4.04", "B10,2025-12-01,4.04",
        "b1,2025-10-15,10.1", "b1,2025-11-15,10.1", "b1,2025-12-15,10.1", "b1,2026-01-01,10.1",
        "A3,2025-12-20,10.1", "A3,2026-01-20,10.1", "A3,2026-02-01,10.1",
        "a2,1404/11/15,0.5", "a2,1404/12/01,0.25",
        "B9,2026-02-28,1000.25",
    ];

    // customerId, recencyDays, frequency, monetary, r, f, m, segment. With n = 5 distinct values, score = 1 + rank
    // from the worst (w = 0..4), so R, F and M each run 1..5. Segment from R and F with the default map.
    private static readonly (string Id, int Recency, int Frequency, decimal Monetary, int R, int F, int M, string Segment)[] Expected =
    [
        ("A3", 28, 3, 30.30m, 3, 3, 3, "Need Attention"),
        ("B10", 90, 5, 20.20m, 1, 5, 2, "Can't Lose Them"),
        ("B9", 1, 1, 1000.25m, 5, 1, 5, "New Customers"),
        ("a2", 9, 2, 0.75m, 4, 2, 1, "Potential Loyalists"),
        ("b1", 59, 4, 40.40m, 2, 4, 4, "At Risk"),
    ];

    private static readonly string[] FieldNames = ["customerId", "recencyDays", "frequency", "monetary", "r", "f", "m", "segment"];

    [Fact]
    public async Task SegmentRfm_Json_ScoresMatchTheHandWorkedValuesInOrdinalOrder()
    {
        using var file = TempFile.WithLines(".csv", Transactions);

        var run = await SampleHost.RunAsync("segment", "rfm", "--transactions", file.Path, "--as-of", AsOf, "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var rows = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(Expected.Length, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(FieldNames, rows[i].EnumerateObject().Select(p => p.Name));
            var e = Expected[i];
            Assert.Equal(e.Id, rows[i].GetProperty("customerId").GetString());
            Assert.Equal(e.Recency, rows[i].GetProperty("recencyDays").GetInt32());
            Assert.Equal(e.Frequency, rows[i].GetProperty("frequency").GetInt32());
            Assert.Equal(e.Monetary, rows[i].GetProperty("monetary").GetDecimal());
            Assert.Equal((e.R, e.F, e.M), (rows[i].GetProperty("r").GetInt32(), rows[i].GetProperty("f").GetInt32(), rows[i].GetProperty("m").GetInt32()));
            Assert.Equal(e.Segment, rows[i].GetProperty("segment").GetString());
        }
    }

    [Fact]
    public async Task SegmentRfm_Csv_HasTheIssueHeaderAndTheHandWorkedRows()
    {
        using var file = TempFile.WithLines(".csv", Transactions);

        var run = await SampleHost.RunAsync("segment", "rfm", "--transactions", file.Path, "--as-of", AsOf, "--format", "csv");

        HostAssert.Ok(run);
        var lines = run.OutLines;
        Assert.Equal(string.Join(',', FieldNames), lines[0]);
        Assert.Equal(Expected.Length + 1, lines.Count);
        for (var i = 0; i < Expected.Length; i++)
        {
            var f = lines[i + 1].Split(',');
            var e = Expected[i];
            Assert.Equal(8, f.Length);
            Assert.Equal(e.Id, f[0]);
            Assert.Equal([e.Recency, e.Frequency, e.R, e.F, e.M], new[] { f[1], f[2], f[4], f[5], f[6] }.Select(s => int.Parse(s, CultureInfo.InvariantCulture)));
            Assert.Equal(e.Monetary, decimal.Parse(f[3], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            Assert.Equal(e.Segment, f[7]);
        }
    }

    [Fact]
    public async Task SegmentRfm_DefaultFormat_IsCsv()
    {
        using var file = TempFile.WithLines(".csv", Transactions);

        var run = await SampleHost.RunAsync("segment", "rfm", "--transactions", file.Path, "--as-of", AsOf);

        HostAssert.Ok(run);
        Assert.Equal("customerId,recencyDays,frequency,monetary,r,f,m,segment", run.OutLines[0]);
    }

    [Fact]
    public async Task SegmentRfm_PersianAsOf_SameAsGregorian()
    {
        using var file = TempFile.WithLines(".csv", Transactions);

        var gregorian = await SampleHost.RunAsync("segment", "rfm", "--transactions", file.Path, "--as-of", AsOf, "--format", "json");
        var persian = await SampleHost.RunAsync("segment", "rfm", "--transactions", file.Path, "--as-of", "1404/12/10", "--format", "json");

        HostAssert.Ok(persian);
        Assert.Equal(gregorian.Stdout, persian.Stdout);
    }

    [Theory]
    [InlineData("A3,2026-02-30,5", "2026-02-30")]
    [InlineData("A3,2026-02-03,5,5", "field")]
    [InlineData("A3,2026-02-03,۵٫۵", "amount")]
    [InlineData("A3,2026-02-03,1e3", "amount")]
    [InlineData("A 3,2026-02-03,5", "customer_id")]
    public async Task SegmentRfm_BadLine_ReportsLineNumberAndExitsOne(string badLine, string mentions)
    {
        // The bad line is line 5 of the file (header = line 1); every other line is still scored.
        var lines = Transactions.ToList();
        lines.Insert(4, badLine);
        using var file = TempFile.WithLines(".csv", [.. lines]);

        var run = await SampleHost.RunAsync("segment", "rfm", "--transactions", file.Path, "--as-of", AsOf, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrLines);
        Assert.StartsWith("line 5:", error, StringComparison.Ordinal);
        Assert.Contains(mentions, error, StringComparison.Ordinal);
        HostAssert.NoStackTrace(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(Expected.Select(e => (e.Id, e.R, e.F, e.M)),
            doc.RootElement.EnumerateArray().Select(r => (r.GetProperty("customerId").GetString()!, r.GetProperty("r").GetInt32(), r.GetProperty("f").GetInt32(), r.GetProperty("m").GetInt32())));
    }

    [Fact]
    public async Task SegmentRfm_CustomerWithOnlyLaterPurchases_NotScoredAndNamedOnStderr()
    {
        using var file = TempFile.WithLines(".csv", [.. Transactions, "Z9,2026-03-02,50"]);

        var run = await SampleHost.RunAsync("segment", "rfm", "--transactions", file.Path, "--as-of", AsOf, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Z9", Assert.Single(run.ErrLines), StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(Expected.Select(e => e.Id), doc.RootElement.EnumerateArray().Select(r => r.GetProperty("customerId").GetString()));
    }

    [Fact]
    public async Task SegmentRfm_MissingFile_ExitsTwoWithOneLine()
    {
        using var missing = TempFile.Reserve(".csv");

        var run = await SampleHost.RunAsync("segment", "rfm", "--transactions", missing.Path, "--as-of", AsOf);

        HostAssert.BadInput(run, 2, missing.Path);
    }

    [Fact]
    public async Task SegmentRfm_WrongHeader_ExitsTwoWithOneLine()
    {
        using var file = TempFile.WithLines(".csv", "id,date,amount", "A3,2026-02-01,5");

        var run = await SampleHost.RunAsync("segment", "rfm", "--transactions", file.Path, "--as-of", AsOf);

        HostAssert.BadInput(run, 2, "customer_id,date,amount");
    }

    [Fact]
    public async Task SegmentRfm_BadAsOf_ExitsTwoWithOneLine()
    {
        using var file = TempFile.WithLines(".csv", Transactions);

        var run = await SampleHost.RunAsync("segment", "rfm", "--transactions", file.Path, "--as-of", "2026-02-30");

        HostAssert.BadInput(run, 2, "2026-02-30");
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public async Task SegmentRfm_NonInvariantCulture_OutputUnchanged(string culture)
    {
        using var file = TempFile.WithLines(".csv", Transactions);
        string[] json = ["segment", "rfm", "--transactions", file.Path, "--as-of", "1404/12/10", "--format", "json"];
        string[] csv = ["segment", "rfm", "--transactions", file.Path, "--as-of", AsOf, "--format", "csv"];
        HostRun expectedJson, expectedCsv, actualJson, actualCsv;
        using (new CultureScope(""))
        {
            expectedJson = await SampleHost.RunAsync(json);
            expectedCsv = await SampleHost.RunAsync(csv);
        }

        using (new CultureScope(culture))
        {
            actualJson = await SampleHost.RunAsync(json);
            actualCsv = await SampleHost.RunAsync(csv);
        }

        HostAssert.Ok(actualJson);
        HostAssert.Ok(actualCsv);
        Assert.Equal(expectedJson.Stdout, actualJson.Stdout);
        Assert.Equal(expectedCsv.Stdout, actualCsv.Stdout);
        Assert.Contains("B9,1,1,1000.25,5,1,5,New Customers", actualCsv.OutLines);
    }
}

public class SegmentRfmCsvSafetyTests
{
    [Fact]
    public async Task SegmentRfm_CodeStartingWithMinus_IsNeutralisedForSpreadsheets()
    {
        using var file = TempFile.WithLines(".csv", "customer_id,date,amount", "-A1,2026-01-05,100", "B2,2026-01-06,50", "-7,2026-01-07,20");

        var run = await SampleHost.RunAsync("segment", "rfm", "--transactions", file.Path, "--as-of", "2026-02-01");

        HostAssert.Ok(run);
        var codes = run.OutLines.Skip(1).Select(l => l.Split(',')[0]).ToArray();
        // "-A1" would be read as a formula; "-7" is a plain number and stays as is.
        Assert.Equal(["'-A1", "-7", "B2"], codes.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task SegmentRfm_SegmentNameWithCommaAndEquals_IsQuotedAndNeutralised()
    {
        using var file = TempFile.WithLines(".csv", "customer_id,date,amount", "A1,2026-01-05,100");
        var result = new Crm.Core.Segmentation.RfmResult(new NodaTime.LocalDate(2026, 2, 1), Crm.Core.Segmentation.RfmSegmentMap.Default,
            [new Crm.Core.Segmentation.RfmRow(Crm.Core.Customers.CustomerCode.Parse("A1"), 3, 1, Crm.Core.Customers.Money.FromRials(5),
                new Crm.Core.Segmentation.RfmScore(5, 5, 5), new Crm.Core.Segmentation.RfmSegmentRule("555", "=cmd, \"best\""))], [], []);
        using var output = new StringWriter();

        Crm.Sample.Host.Commands.SegmentCommands.WriteRfm(result, json: false, output);

        var line = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].TrimEnd('\r');
        Assert.Equal("A1,3,1,5,5,5,5,\"'=cmd, \"\"best\"\"\"", line);
    }
}

public class SegmentRfmPlausibilityTests
{
    [Fact]
    public async Task SegmentRfm_SolarHijriDateWrittenWithDashes_IsKeptButNoted()
    {
        using var file = TempFile.WithLines(".csv", "customer_id,date,amount", "A1,2026-01-05,100", "D4,1403-12-30,5", "D5,1404-01-02,5");

        var run = await SampleHost.RunAsync("segment", "rfm", "--transactions", file.Path, "--as-of", "2026-02-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.OutLines.Count - 1);
        var note = Assert.Single(run.ErrLines);
        Assert.StartsWith("note: 2 purchase(s) dated before 1900-01-01, the earliest 1403-12-30", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SegmentRfm_ModernDates_NoNote()
    {
        using var file = TempFile.WithLines(".csv", "customer_id,date,amount", "A1,2026-01-05,100", "B1,1900-01-01,5");

        HostAssert.Ok(await SampleHost.RunAsync("segment", "rfm", "--transactions", file.Path, "--as-of", "2026-02-01"));
    }
}
