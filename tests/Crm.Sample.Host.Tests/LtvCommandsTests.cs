using System.Globalization;
using System.Text.Json;
using Crm.Core.TestKit;
using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Tests;

public class LtvCommandsTests
{
    private static string Calibration => SharedData.PathOf("cdnow/cdnow_cbs_39wk_calibration.csv");

    [Fact]
    public async Task LtvFit_BgNbdOnCdnow_ReproducesThePublishedFit()
    {
        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", Calibration, "--model", "bgnbd", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        // Today's fields first and unchanged; issue 16 appended standardErrors, confidenceIntervals, aic, bic and unit.
        Assert.Equal(["model", "parameters", "logLikelihood", "customers", "converged", "iterations", "standardErrors", "confidenceIntervals", "aic", "bic", "unit"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("bgnbd", root.GetProperty("model").GetString());
        AssertParameters(root, 1e-3, ("r", 0.242595), ("alpha", 4.413602), ("a", 0.792922), ("b", 2.425906));
        Assert.Equal(-9582.429, root.GetProperty("logLikelihood").GetDouble(), 0.001);
        Assert.Equal(2357, root.GetProperty("customers").GetInt32());
        Assert.True(root.GetProperty("converged").GetBoolean());
        Assert.True(root.GetProperty("iterations").GetInt32() > 0);
    }

    [Fact]
    public async Task LtvFit_Json_ReportsStandardErrorsIntervalsAndInformationCriteria()
    {
        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", Calibration, "--model", "paretonbd", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        var names = root.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(names, root.GetProperty("standardErrors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(names, root.GetProperty("confidenceIntervals").EnumerateObject().Select(p => p.Name));
        // CLVTools' Pareto/NBD standard errors on this file (issue 16).
        double[] clvTools = [0.0476264, 0.8427222, 0.1872594, 6.2105448];
        for (var i = 0; i < names.Length; i++)
        {
            var se = root.GetProperty("standardErrors").GetProperty(names[i]).GetDouble();
            var value = root.GetProperty("parameters").GetProperty(names[i]).GetDouble();
            var interval = root.GetProperty("confidenceIntervals").GetProperty(names[i]);
            Assert.True(Math.Abs(se - clvTools[i]) <= 1e-3 * clvTools[i], $"se({names[i]}) = {se}");
            Assert.InRange(value, interval.GetProperty("lower").GetDouble(), interval.GetProperty("upper").GetDouble());
        }

        var ll = root.GetProperty("logLikelihood").GetDouble();
        Assert.Equal(8 - (2 * ll), root.GetProperty("aic").GetDouble(), 1e-6);
        Assert.Equal((4 * Math.Log(2357)) - (2 * ll), root.GetProperty("bic").GetDouble(), 1e-6);
        Assert.Equal("weeks", root.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task LtvPredict_FromSavedFit_SameRowsAsRefitting()
    {
        using var saved = TempFile.Reserve(".json");
        var summary = SharedData.PathOf("cdnow/cdnow_customers_summary_with_transactions.csv");
        var fit = await SampleHost.RunAsync("ltv", "fit", "--summary", summary, "--model", "paretonbd", "--format", "json");
        HostAssert.Ok(fit);
        await File.WriteAllTextAsync(saved.Path, fit.Stdout);

        var refit = await SampleHost.RunAsync("ltv", "predict", "--summary", summary, "--model", "paretonbd", "--horizon", "39", "--format", "json");
        var fromFile = await SampleHost.RunAsync("ltv", "predict", "--summary", summary, "--parameters", saved.Path, "--horizon", "39", "--format", "json");

        HostAssert.Ok(refit);
        HostAssert.Ok(fromFile);
        Assert.Equal(refit.Stdout, fromFile.Stdout);
        using var doc = JsonDocument.Parse(fromFile.Stdout);
        Assert.Equal(2357, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task LtvFit_MbgNbdOnLifetimesSummary_ReproducesBtydPlusAndPredictsFromTheSavedFit()
    {
        using var saved = TempFile.Reserve(".json");
        var summary = SharedData.PathOf("cdnow/cdnow_customers_summary.csv");

        var fit = await SampleHost.RunAsync("ltv", "fit", "--summary", summary, "--model", "mbgnbd", "--format", "json");

        HostAssert.Ok(fit);
        using var doc = JsonDocument.Parse(fit.Stdout);
        Assert.Equal("mbgnbd", doc.RootElement.GetProperty("model").GetString());
        AssertParameters(doc.RootElement, 3e-3, ("r", 0.525), ("alpha", 6.183), ("a", 0.891), ("b", 1.614));
        await File.WriteAllTextAsync(saved.Path, fit.Stdout);
        var refit = await SampleHost.RunAsync("ltv", "predict", "--summary", summary, "--model", "mbgnbd", "--horizon", "39");
        var fromFile = await SampleHost.RunAsync("ltv", "predict", "--summary", summary, "--parameters", saved.Path, "--horizon", "39");
        HostAssert.Ok(fromFile);
        Assert.Equal(refit.Stdout, fromFile.Stdout);
        Assert.StartsWith("3,0.", fromFile.OutLines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task LtvPredict_FitThatDoesNotConverge_IsRefusedUnlessAllowed()
    {
        // Four regular buyers and one who never came back: the data do not identify BG/NBD (issue 14, point 4).
        using var summary = TempFile.WithLines(".csv", "customer_id,frequency,recency,T", "1,10,50,52", "2,8,49,52", "3,12,51,52", "4,5,45,52", "5,0,0,52");

        var refused = await SampleHost.RunAsync("ltv", "predict", "--summary", summary.Path, "--horizon", "26");
        var allowed = await SampleHost.RunAsync("ltv", "predict", "--summary", summary.Path, "--horizon", "26", "--allow-not-converged");

        Assert.Equal(2, refused.ExitCode);
        Assert.Empty(refused.Stdout);
        Assert.Contains("did not converge", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("--allow-not-converged", refused.Stderr, StringComparison.Ordinal);
        HostAssert.Ok(allowed);
        Assert.Equal(6, allowed.OutLines.Count);
    }

    [Fact]
    public async Task LtvPredict_MinimalParametersFile_UsesTimeUnitAndTheGivenParameters()
    {
        using var weeks = TempFile.WithLines(".json", """{"model":"bgnbd","parameters":{"r":0.242595,"alpha":4.413602,"a":0.792922,"b":2.425906}}""");
        using var days = TempFile.WithLines(".json", """{"model":"bgnbd","unit":"days","parameters":{"r":0.242595,"alpha":30.895214,"a":0.792922,"b":2.425906}}""");
        var summary = SharedData.PathOf("cdnow/cdnow_customers_summary.csv");

        var fromWeeks = await SampleHost.RunAsync("ltv", "predict", "--summary", summary, "--parameters", weeks.Path, "--horizon", "39", "--format", "json");
        var fromDays = await SampleHost.RunAsync("ltv", "predict", "--summary", summary, "--parameters", days.Path, "--horizon", "39", "--format", "json");

        HostAssert.Ok(fromWeeks);
        HostAssert.Ok(fromDays);
        using var w = JsonDocument.Parse(fromWeeks.Stdout);
        using var d = JsonDocument.Parse(fromDays.Stdout);
        var model = new Crm.Core.Lifetime.BgNbdParameters(0.242595, 4.413602, 0.792922, 2.425906, Crm.Core.Customers.TimeUnit.Weeks);
        var first = w.RootElement[0];
        Assert.Equal(model.ExpectedPurchases(39, 2, 30.43, 38.86), first.GetProperty("expectedPurchases").GetDouble(), 1e-12);
        Assert.Equal(first.GetProperty("expectedPurchases").GetDouble(), d.RootElement[0].GetProperty("expectedPurchases").GetDouble(), 1e-9);
    }

    [Theory]
    [InlineData("""{"model":"bgnbd","parameters":{"r":0.24,"alpha":4.4,"a":0.79}}""", "'b'")]
    [InlineData("""{"model":"gammagamma","parameters":{"p":6,"q":3,"gamma":15}}""", "bgnbd, mbgnbd or paretonbd")]
    [InlineData("""{"parameters":{"r":0.24}}""", "'model'")]
    [InlineData("""{"model":"bgnbd","parameters":{"r":-1,"alpha":4.4,"a":0.79,"b":2.4}}""", "r")]
    [InlineData("""{"model":"bgnbd","unit":"years","parameters":{"r":0.24,"alpha":4.4,"a":0.79,"b":2.4}}""", "unit")]
    [InlineData("not json", "cannot read parameters")]
    public async Task LtvPredict_BadParametersFile_ExitsTwoWithOneLine(string json, string expected)
    {
        using var file = TempFile.WithLines(".json", json);

        var run = await SampleHost.RunAsync("ltv", "predict", "--summary", Calibration, "--parameters", file.Path, "--horizon", "39");

        HostAssert.BadInput(run, 2, expected);
    }

    [Fact]
    public async Task LtvFit_ParetoNbdOnCdnow_ReproducesThePublishedLikelihood()
    {
        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", Calibration, "--model", "paretonbd", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(["r", "alpha", "s", "beta"], root.GetProperty("parameters").EnumerateObject().Select(p => p.Name));
        Assert.Equal(-9594.976, root.GetProperty("logLikelihood").GetDouble(), 0.001);
        AssertParameters(root, 2e-3, ("r", 0.553277), ("alpha", 10.577684), ("s", 0.606240));
    }

    [Fact]
    public async Task LtvFit_GammaGammaOnCdnow_UsesTheRepeatCustomers()
    {
        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", Calibration, "--model", "gammagamma", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal("gammagamma", root.GetProperty("model").GetString());
        AssertParameters(root, 1e-3, ("p", 6.249573), ("q", 3.744225), ("gamma", 15.443518));
        Assert.Equal(-4055.918, root.GetProperty("logLikelihood").GetDouble(), 0.001);
        Assert.Equal(946, root.GetProperty("customers").GetInt32());
        Assert.True(root.GetProperty("populationMeanExists").GetBoolean());
    }

    [Fact]
    public async Task LtvFit_GammaGammaWithQConstraintOnCdnow_SameFitSinceQIsAboveOne()
    {
        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", Calibration, "--model", "gammagamma", "--q-constraint", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        AssertParameters(doc.RootElement, 1e-3, ("p", 6.249573), ("q", 3.744225), ("gamma", 15.443518));
        Assert.True(doc.RootElement.GetProperty("populationMeanExists").GetBoolean());
    }

    [Fact]
    public async Task LtvFit_RawCdnowTransactions_SameFitAsTheSummary()
    {
        var raw = await SampleHost.RunAsync("ltv", "fit", "--transactions", SharedData.PathOf("cdnow/CDNOW_sample.txt"), "--cdnow",
            "--calibration-end", "1997-09-30", "--time-unit", "weeks", "--format", "json");

        HostAssert.Ok(raw);
        using var doc = JsonDocument.Parse(raw.Stdout);
        AssertParameters(doc.RootElement, 1e-3, ("r", 0.242595), ("alpha", 4.413602), ("a", 0.792922), ("b", 2.425906));
        Assert.Equal(2357, doc.RootElement.GetProperty("customers").GetInt32());
    }

    [Fact]
    public async Task LtvFit_Text_PrintsParametersAndLikelihood()
    {
        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", Calibration);

        HostAssert.Ok(run);
        Assert.Equal(2, run.OutLines.Count);
        Assert.StartsWith("bgnbd: r = 0.2425", run.OutLines[0], StringComparison.Ordinal);
        Assert.StartsWith("log-likelihood -9582.429, 2357 customers, converged True", run.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task LtvPredict_WithMonetaryValue_OneRowPerCustomerWithClv()
    {
        var run = await SampleHost.RunAsync("ltv", "predict", "--summary", SharedData.PathOf("cdnow/cdnow_customers_summary_with_transactions.csv"),
            "--horizon", "39", "--discount-rate", "0.002", "--margin", "0.3", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var rows = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2357, rows.Length);
        Assert.All(rows, r => Assert.Equal(["customerId", "pAlive", "expectedPurchases", "expectedAverageValue", "clv"], r.EnumerateObject().Select(p => p.Name)));
        Assert.All(rows, r => Assert.InRange(r.GetProperty("pAlive").GetDouble(), 0, 1));
        Assert.All(rows, r => Assert.True(r.GetProperty("clv").GetDouble() >= 0));
        // Customer 3 of CDNOW made no repeat purchase: under BG/NBD P(alive) is exactly 1.
        Assert.Equal(1.0, rows.Single(r => r.GetProperty("customerId").GetString() == "3").GetProperty("pAlive").GetDouble());
    }

    /// <summary>The money figures are decimals from the library, written as they are: the JSON numbers read as decimals and,
    /// rounded to four places, are the CSV's text, customer by customer; the field names are unchanged.</summary>
    [Fact]
    public async Task LtvPredict_JsonAndCsv_GiveTheSameDecimalMoneyFigures()
    {
        string[] args = ["ltv", "predict", "--summary", SharedData.PathOf("cdnow/cdnow_customers_summary_with_transactions.csv"), "--horizon", "39", "--margin", "0.3"];
        var json = await SampleHost.RunAsync([.. args, "--format", "json"]);
        var csv = await SampleHost.RunAsync(args);

        HostAssert.Ok(json);
        HostAssert.Ok(csv);
        using var doc = JsonDocument.Parse(json.Stdout);
        var fromJson = doc.RootElement.EnumerateArray().Select(r => string.Join(",", r.GetProperty("customerId").GetString(),
            r.GetProperty("expectedAverageValue").GetDecimal().ToString("F4", CultureInfo.InvariantCulture),
            r.GetProperty("clv").GetDecimal().ToString("F4", CultureInfo.InvariantCulture))).ToArray();
        var fromCsv = csv.OutLines.Skip(1).Select(l => l.Split(',')).Select(f => string.Join(",", f[0], f[3], f[4])).ToArray();
        Assert.Equal(2357, fromJson.Length);
        Assert.Equal(fromCsv, fromJson);
    }

    [Fact]
    public async Task LtvPredict_WithoutMonetaryValue_LeavesOutValueColumns()
    {
        var run = await SampleHost.RunAsync("ltv", "predict", "--summary", SharedData.PathOf("cdnow/cdnow_customers_summary.csv"), "--horizon", "39", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.All(doc.RootElement.EnumerateArray(), r => Assert.Equal(["customerId", "pAlive", "expectedPurchases"], r.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task LtvPredict_Text_IsCsvWithHeader()
    {
        var run = await SampleHost.RunAsync("ltv", "predict", "--summary", SharedData.PathOf("cdnow/cdnow_customers_summary_with_transactions.csv"), "--horizon", "39");

        HostAssert.Ok(run);
        Assert.Equal("customerId,pAlive,expectedPurchases,expectedAverageValue,clv", run.OutLines[0]);
        Assert.Equal(2358, run.OutLines.Count);
        Assert.StartsWith("3,1.000000,", run.OutLines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task LtvFit_MissingFile_ExitsTwoWithOneLine()
    {
        using var missing = TempFile.Reserve(".csv");

        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", missing.Path, "--format", "json");

        HostAssert.BadInput(run, 2, missing.Path);
    }

    [Fact]
    public async Task LtvFit_BadCalibrationEnd_ExitsTwoWithOneLine()
    {
        var run = await SampleHost.RunAsync("ltv", "fit", "--transactions", SharedData.PathOf("cdnow/CDNOW_sample.txt"), "--cdnow", "--calibration-end", "1997-13-30");

        HostAssert.BadInput(run, 2, "1997-13-30");
    }

    [Fact]
    public async Task LtvFit_BothInputs_ExitsTwoWithOneLine()
    {
        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", Calibration, "--transactions", Calibration, "--calibration-end", "1997-09-30");

        HostAssert.BadInput(run, 2, "exactly one");
    }

    [Fact]
    public async Task LtvFit_GammaGammaWithoutMonetaryValue_ExitsTwoWithOneLine()
    {
        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", SharedData.PathOf("cdnow/cdnow_customers_summary.csv"), "--model", "gammagamma");

        HostAssert.BadInput(run, 2, "monetary_value");
    }

    [Theory]
    [InlineData("--margin", "2")]
    [InlineData("--horizon", "-1")]
    public async Task LtvPredict_OutOfRangeOption_ExitsTwoWithOneLine(string option, string value)
    {
        var run = await SampleHost.RunAsync(SampleHost.WithOption(["ltv", "predict", "--summary", Calibration, "--horizon", "39"], option, value));

        HostAssert.BadInput(run, 2, option);
    }

    [Fact]
    public async Task LtvFit_SummaryWithoutCustomers_ExitsTwoWithOneLine()
    {
        using var file = TempFile.WithLines(".csv", "customer_id,frequency,recency,T");

        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", file.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrLines);
        HostAssert.NoStackTrace(run);
    }

    [Fact]
    public async Task LtvFit_BgBbOnDonations_ReproducesThePublishedFit()
    {
        var donations = Path.Combine(RepositoryFiles.Directory, "tests", "Crm.Core.Lifetime.Tests", "Data", "donations.csv");

        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", donations, "--model", "bgbb", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal("bgbb", root.GetProperty("model").GetString());
        AssertParameters(root, 1e-3, ("alpha", 1.204), ("beta", 0.750), ("gamma", 0.657), ("delta", 2.783));
        Assert.Equal(-33_225.6, root.GetProperty("logLikelihood").GetDouble(), 0.05);
        Assert.Equal(11_104, root.GetProperty("customers").GetInt32());
        Assert.False(root.TryGetProperty("unit", out _));
    }

    [Fact]
    public async Task LtvFit_BgBbWithBadRows_SkipsThemAndSaysWhich()
    {
        using var file = TempFile.WithLines(".csv", "frequency,recency,n,n_custs", "0,0,6,3464", "2,1,6,5", "x,1,6,2", "6,6,6,1203", "3,4,6,181");

        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", file.Path, "--model", "bgbb");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.ErrLines.Count);
        Assert.All(run.ErrLines, line => Assert.StartsWith("skipped: line ", line, StringComparison.Ordinal));
        Assert.StartsWith("bgbb: alpha = ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LtvFit_BgBbMessyFile_FitsTheSameRowsAsACleanFileAndNamesTheBadLine()
    {
        using var clean = TempFile.WithLines(".csv", "frequency,recency,n,n_custs", "0,0,6,3464", "6,6,6,1203", "3,4,6,181", "1,1,6,1400");
        // A byte order mark, CRLF, an extra column whose quoted value holds a line break (lines 3-4), a quoted number, one
        // bad row (line 5) and no final newline.
        using var messy = TempFile.With("\uFEFFfrequency,recency,n,n_custs,note\r\n0,0,6,3464,\r\n6,6,6,1203,\"loyal\r\nsince 1995\"\r\n"
            + "x,1,6,2,\r\n3,4,6,\"181\",\r\n1,1,6,1400,", ".csv");

        var expected = await SampleHost.RunAsync("ltv", "fit", "--summary", clean.Path, "--model", "bgbb");
        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", messy.Path, "--model", "bgbb");

        HostAssert.Ok(expected);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected.Stdout, run.Stdout);
        Assert.StartsWith("skipped: line 5: ", Assert.Single(run.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LtvFit_BgBbFromTransactions_ExitsTwoWithOneLine()
    {
        var run = await SampleHost.RunAsync("ltv", "fit", "--transactions", Calibration, "--calibration-end", "1997-09-30", "--model", "bgbb");

        HostAssert.BadInput(run, 2, "bgbb");
    }

    private static void AssertParameters(JsonElement root, double relative, params (string Name, double Published)[] expected)
    {
        var parameters = root.GetProperty("parameters");
        foreach (var (name, published) in expected)
        {
            var value = parameters.GetProperty(name).GetDouble();
            Assert.True(Math.Abs(value - published) <= relative * published, $"{name} = {value}, published {published}");
        }
    }
}
