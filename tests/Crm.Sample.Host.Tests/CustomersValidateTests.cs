using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Tests;

public class CustomersValidateTests
{
    // Line 2 valid (national code in Persian digits), line 3 a bad check digit, line 4 a valid company,
    // line 5 a short mobile and an impossible Persian birth date.
    internal static readonly string[] Csv =
    [
        "kind,code,first_name,last_name,company_name,national_code,mobile,city,birth_date",
        "individual,C1,سارا,احمدی,,۰۰۸۴۵۷۵۹۴۸,09121234567,تهران,1370/05/12",
        "individual,C2,علی,رضایی,,0084575949,,شیراز,",
        "company,C3,,,شرکت نمونه,,,تهران,",
        "individual,C4,مریم,کریمی,,,0912,تهران,1370/13/12",
    ];

    [Fact]
    public async Task CustomersValidate_Json_CountsRowsAndNamesEveryError()
    {
        using var file = TempFile.WithLines(".csv", Csv);

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path, "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(["rows", "valid", "invalid", "errors", "warnings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Empty(root.GetProperty("warnings").EnumerateArray());
        Assert.Equal((4, 2, 2), (root.GetProperty("rows").GetInt32(), root.GetProperty("valid").GetInt32(), root.GetProperty("invalid").GetInt32()));
        var errors = root.GetProperty("errors").EnumerateArray().ToArray();
        Assert.All(errors, e => Assert.Equal(["line", "field", "rule", "value", "message"], e.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(
            [(3, "national_code", "0084575949"), (5, "mobile", "0912"), (5, "birth_date", "1370/13/12")],
            errors.Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString()!, e.GetProperty("value").GetString()!)));
        Assert.Equal("national-code.checksum", errors[0].GetProperty("rule").GetString());
        Assert.All(errors, e => Assert.Contains("'" + e.GetProperty("rule").GetString() + "'", e.GetProperty("message").GetString()!, StringComparison.Ordinal));
        Assert.All(errors[1..], e => Assert.Contains(e.GetProperty("value").GetString()!, e.GetProperty("message").GetString()!, StringComparison.Ordinal));
        // A national code is personal data: the message masks it (issue 15); "value" keeps it as typed for the person fixing the file.
        Assert.Contains("'008******9'", errors[0].GetProperty("message").GetString()!, StringComparison.Ordinal);
        Assert.DoesNotContain("0084575949", errors[0].GetProperty("message").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomersValidate_ConfiguredRanks_ARankNotListedIsAnErrorListingTheRanks()
    {
        using var file = TempFile.WithLines(".csv", "kind,code,last_name,rank", "individual,C1,احمدی,طلايي", "individual,C2,رضایی,الماسی");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        // As appsettings.json's "Crm": { "Customers": { "Ranks": [...] } } would: the command uses the application's catalog.
        var exitCode = await HostApp.RunAsync(["customers", "validate", "--csv", file.Path, "--format", "json"], stdout, stderr, services => services
            .AddSingleton<NodaTime.IClock>(new NodaTime.Testing.FakeClock(SampleHost.Now))
            .AddCrmCustomers(o => { o.Ranks.Add("نقره‌ای"); o.Ranks.Add("طلایی"); }));

        Assert.Equal(0, exitCode);
        using var doc = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(1, doc.RootElement.GetProperty("valid").GetInt32());
        var error = Assert.Single(doc.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal((3, "rank", "rank.unknown", "الماسی"), (error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString(),
            error.GetProperty("rule").GetString(), error.GetProperty("value").GetString()));
        Assert.Contains("'نقره‌ای', 'طلایی'", error.GetProperty("message").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomersValidate_Text_SummarisesAndListsErrors()
    {
        using var file = TempFile.WithLines(".csv", Csv);

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path);

        HostAssert.Ok(run);
        Assert.Equal("4 rows: 2 valid, 2 invalid", run.OutLines[0]);
        Assert.Equal(4, run.OutLines.Count);
        Assert.StartsWith("line 3, national_code:", run.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomersValidate_UnknownColumn_ReportedOnLineOneAndRowsStillChecked()
    {
        using var file = TempFile.WithLines(".csv", "kind,code,first_name,last_name,shoe_size", "individual,C1,سارا,احمدی,42", "individual,C2,علی,,41");

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path, "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var errors = doc.RootElement.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal((1, "shoe_size", "csv.unknown-column"), (errors[0].GetProperty("line").GetInt32(), errors[0].GetProperty("field").GetString(), errors[0].GetProperty("rule").GetString()));
        Assert.Equal((3, "last_name"), (errors[1].GetProperty("line").GetInt32(), errors[1].GetProperty("field").GetString()));
        Assert.Equal(2, doc.RootElement.GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task CustomersValidate_PersianHeaders_GiveTheCanonicalFilesReport()
    {
        // The same rows as Csv, under Persian headers with Arabic-keyboard letters («كد ملي») and a ZWNJ-less «تاریخ تولد».
        string[] persian = ["نوع,کد مشتری,نام,نام خانوادگی,نام شرکت,كد ملي,تلفن همراه,شهر,تاريخ تولد", .. Csv[1..]];
        using var canonicalFile = TempFile.WithLines(".csv", Csv);
        using var persianFile = TempFile.WithLines(".csv", persian);

        var canonical = await SampleHost.RunAsync("customers", "validate", "--csv", canonicalFile.Path, "--format", "json");
        var run = await SampleHost.RunAsync("customers", "validate", "--csv", persianFile.Path, "--format", "json");

        HostAssert.Ok(run);
        Assert.Equal(canonical.Stdout, run.Stdout);   // same counts, same errors under the canonical column names
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal((4, 2), (doc.RootElement.GetProperty("rows").GetInt32(), doc.RootElement.GetProperty("valid").GetInt32()));
    }

    [Fact]
    public async Task CustomersValidate_NewColumnsAndTwoHeadersOfOneColumn_AreCheckedAndReported()
    {
        using var file = TempFile.WithLines(".csv",
            "kind,code,last_name,company_name,جنسیت,عنوان,نشانی,یادداشت,po_box,mobile,موبایل",
            "individual,C1,احمدی,,زن,دکتر,خیابان آزادی,مشتری قدیمی,,,",
            "individual,C2,رضایی,,x,,,,123,,",
            "company,C3,,شرکت نمونه,,,,,14155,,");

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path, "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal((3, 0), (doc.RootElement.GetProperty("rows").GetInt32(), doc.RootElement.GetProperty("valid").GetInt32()));
        var errors = doc.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString()!, e.GetProperty("rule").GetString()!)).ToArray();
        Assert.Equal(
            [(1, "mobile", "csv.duplicate-column"), (2, "mobile", "csv.duplicate-column"), (3, "po_box", "column.wrong-kind"),
             (3, "gender", "gender.value"), (3, "mobile", "csv.duplicate-column"), (4, "mobile", "csv.duplicate-column")],
            errors);
    }

    [Fact]
    public async Task CustomersValidate_MissingFile_ExitsTwoWithOneLine()
    {
        using var missing = TempFile.Reserve(".csv");

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", missing.Path, "--format", "json");

        HostAssert.BadInput(run, 2, missing.Path);
    }

    [Fact]
    public async Task CustomersValidate_EmptyFile_ExitsTwoWithOneLine()
    {
        using var empty = TempFile.With(string.Empty, ".csv");

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", empty.Path);

        HostAssert.BadInput(run, 2, empty.Path);
    }

    // Line 2: a valid card and a mobile in an unassigned block (valid, with a warning); line 3: a card failing Luhn;
    // line 4: a company with a card of an unlisted bank (valid, no warning: an unknown bank is not doubtful).
    private static readonly string[] CardCsv =
    [
        "kind,code,first_name,last_name,company_name,mobile,bank_card",
        "individual,C1,سارا,احمدی,,0980 123 4567,۶۰۳۷-۹۹۱۲-۳۴۵۶-۷۸۹۳",
        "individual,C2,علی,رضایی,,09121234567,6037991234567890",
        "company,C3,,,شرکت نمونه,,9999 9900 0011 1126",
    ];

    [Fact]
    public async Task CustomersValidate_BankCardColumn_AndWarningsThatNeverInvalidateARow()
    {
        using var file = TempFile.WithLines(".csv", CardCsv);

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path, "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal((3, 2, 1), (root.GetProperty("rows").GetInt32(), root.GetProperty("valid").GetInt32(), root.GetProperty("invalid").GetInt32()));
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal((3, "bank_card", "bank-card.luhn", "6037991234567890"),
            (error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString(), error.GetProperty("rule").GetString(), error.GetProperty("value").GetString()));
        Assert.Contains("'603799******7890'", error.GetProperty("message").GetString()!, StringComparison.Ordinal);

        var warning = Assert.Single(root.GetProperty("warnings").EnumerateArray());
        Assert.Equal(["line", "field", "rule", "value", "message"], warning.EnumerateObject().Select(p => p.Name));
        Assert.Equal((2, "mobile", "mobile.unassigned-block", "0980 123 4567"),
            (warning.GetProperty("line").GetInt32(), warning.GetProperty("field").GetString(), warning.GetProperty("rule").GetString(), warning.GetProperty("value").GetString()));
        Assert.StartsWith("Rule 'mobile.unassigned-block' failed for value '0980", warning.GetProperty("message").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomersValidate_Text_ListsWarningsAfterErrors()
    {
        using var file = TempFile.WithLines(".csv", CardCsv);

        var run = await SampleHost.RunAsync("customers", "validate", "--csv", file.Path);

        HostAssert.Ok(run);
        Assert.Equal("3 rows: 2 valid, 1 invalid", run.OutLines[0]);
        Assert.StartsWith("line 3, bank_card: Rule 'bank-card.luhn'", run.OutLines[1], StringComparison.Ordinal);
        Assert.StartsWith("line 2, mobile: warning: Rule 'mobile.unassigned-block'", run.OutLines[2], StringComparison.Ordinal);
        Assert.Equal(3, run.OutLines.Count);
    }
}
