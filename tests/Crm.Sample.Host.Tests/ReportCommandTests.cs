using System.Text.RegularExpressions;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore;
using Crm.Core.Segmentation;
using Crm.Sample.Host.DemoData;
using Crm.Sample.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Sample.Host.Tests;

/// <summary>The HTML report of `demo` and `report`: its files, charts, tables, CSV safety and error handling.</summary>
public sealed partial class ReportCommandTests : IDisposable
{
    private static readonly string[] CsvFiles = ["rfm-segments.csv", "segments-over-time.csv", "clv.csv", "holdout.csv", "channels.csv", "followups.csv", "lint.csv", "problems.csv"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crm-host-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Report_GeneratedFilesWithDirtyRows_WritesEveryChartAndTableAndListsEachBadRow()
    {
        Assert.Equal(0, (await SampleHost.RunAsync("generate", "--customers", "400", "--seed", "5", "--dirty-rows", "6", "--as-of", "2026-04-21", "--out", _folder)).ExitCode);
        var output = Path.Combine(_folder, "report");

        var run = await SampleHost.RunAsync("report", "--customers", Path.Combine(_folder, "customers.csv"), "--transactions", Path.Combine(_folder, "purchases.csv"), "--out", output);

        Assert.Equal(1, run.ExitCode);
        var reported = run.ErrLines.Where(l => l.StartsWith("purchases.csv:", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, reported.Count);
        Assert.All(reported, l => Assert.Matches(@"^purchases\.csv:\d+: ", l));
        var page = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Equal(6, ChartElement().Count(page));
        foreach (var csv in CsvFiles)
        {
            Assert.True(File.Exists(Path.Combine(output, csv)), csv);
            Assert.Contains($"href=\"{csv}\"", page, StringComparison.Ordinal);
        }

        var problems = File.ReadAllLines(Path.Combine(output, "problems.csv"));
        Assert.Equal(7, problems.Length);
        Assert.Equal(reported.Select(l => l.Split(':')[1]).Order(), problems.Skip(1).Select(l => l.Split(',')[1]).Order());
        Assert.Contains(run.OutLines, l => l.StartsWith("report: 400 customers, ", StringComparison.Ordinal) && l.Contains("6 row(s) reported", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_SegmentTable_MatchesRfmScorerOnTheSamePurchases()
    {
        var asOf = new LocalDate(2026, 4, 21);
        Assert.Equal(0, (await SampleHost.RunAsync("generate", "--customers", "300", "--seed", "9", "--as-of", "2026-04-21", "--out", _folder)).ExitCode);
        var output = Path.Combine(_folder, "report");

        var run = await SampleHost.RunAsync("report", "--customers", Path.Combine(_folder, "customers.csv"), "--transactions", Path.Combine(_folder, "purchases.csv"), "--as-of", "2026-04-21", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var expected = RfmScorer.FromPurchases(SyntheticData.Purchases(300, asOf, 9), asOf).SegmentSizes().Where(s => s.Count > 0)
            .ToDictionary(s => s.Segment.Name, s => s.Count);
        var actual = File.ReadAllLines(Path.Combine(output, "rfm-segments.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(cells => cells[0], cells => int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(300, actual.Values.Sum());
    }

    [Fact]
    public async Task Report_HostileNames_AreEncodedInThePageAndNeutralisedInCsv()
    {
        using var customers = TempFile.WithLines(".csv", "code,first_name,last_name,channel", "C-1,=HYPERLINK(1),<script>alert(1)</script>,web", "C-2,Sara,Ahmadi,@bad");
        using var purchases = TempFile.WithLines(".csv", "customer_id,date,amount", "C-1,2026-01-10,100000", "C-1,2026-02-10,120000", "C-1,2026-03-10,90000",
            "C-2,2026-01-15,50000", "C-2,2026-03-01,70000", "C-2,2026-04-01,65000");
        var output = Path.Combine(_folder, "report");

        var run = await SampleHost.RunAsync("report", "--customers", customers.Path, "--transactions", purchases.Path, "--out", output);

        Assert.Equal(0, run.ExitCode);
        var page = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        foreach (var csv in CsvFiles)
        {
            foreach (var cell in File.ReadAllLines(Path.Combine(output, csv)).SelectMany(l => l.Split(',')))
            {
                var text = cell.Trim('"').TrimStart('\uFEFF');
                Assert.False(text.Length > 0 && "=+@".Contains(text[0], StringComparison.Ordinal), $"{csv}: {cell}");
            }
        }
    }

    [Fact]
    public async Task Report_MissingFile_ExitsTwoWithOneLine()
    {
        using var purchases = TempFile.WithLines(".csv", "customer_id,date,amount", "C-1,2026-01-10,100000");

        var run = await SampleHost.RunAsync("report", "--customers", Path.Combine(_folder, "none.csv"), "--transactions", purchases.Path, "--out", _folder);

        HostAssert.BadInput(run, 2, "none.csv");
    }

    [Fact]
    public async Task Report_BadAsOf_ExitsTwoNamingTheOption()
    {
        using var purchases = TempFile.WithLines(".csv", "customer_id,date,amount", "C-1,2026-01-10,100000");

        var run = await SampleHost.RunAsync("report", "--customers", purchases.Path, "--transactions", purchases.Path, "--as-of", "1405/13/01", "--out", _folder);

        HostAssert.BadInput(run, 2, "--as-of");
    }

    [Fact]
    public async Task Demo_WritesTheReportIntoTheOutFolder()
    {
        var run = await SampleHost.RunAsync("demo", "--customers", "500", "--out", _folder);

        HostAssert.Ok(run);
        Assert.Contains(run.OutLines, l => l == "report written to " + Path.Combine(_folder, "index.html"));
        Assert.Equal(6, ChartElement().Count(File.ReadAllText(Path.Combine(_folder, "index.html"))));
        Assert.All(CsvFiles, csv => Assert.True(File.Exists(Path.Combine(_folder, csv)), csv));
    }

    [Fact]
    public async Task Demo_StoresTheDataInSqliteAndItsRfmEqualsTheInMemoryScoring()
    {
        // The demo's RFM table comes from SQL over the stored purchases; it must equal scoring the same purchases in memory.
        var run = await SampleHost.RunAsync("demo", "--customers", "400", "--out", _folder);

        HostAssert.Ok(run);
        Assert.True(new FileInfo(Path.Combine(_folder, "crm.db")).Length > 0);
        Assert.Contains(run.OutLines, l => l.StartsWith("report: stored 400 customers and ", StringComparison.Ordinal));
        var asOf = SampleHost.Now.InZone(DateTimeZoneProviders.Tzdb["Asia/Tehran"]).Date;
        var expected = RfmScorer.FromPurchases(SyntheticData.Purchases(400, asOf, 1404), asOf).SegmentSizes().Where(s => s.Count > 0)
            .ToDictionary(s => s.Segment.Name, s => s.Count);
        var actual = File.ReadAllLines(Path.Combine(_folder, "rfm-segments.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(cells => cells[0], cells => int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Contains("Stored in SQLite (crm.db): 400 customers", File.ReadAllText(Path.Combine(_folder, "index.html")), StringComparison.Ordinal);

        // The rule segment the demo runs in the database, computed here in memory from the same generated data.
        var purchases = SyntheticData.Purchases(400, asOf, 1404).Where(p => p.Date <= asOf).ToList();
        var scores = RfmScorer.FromPurchases(purchases, asOf).Rows.ToDictionary(r => r.CustomerId, r => r.Score.R);
        var counts = purchases.GroupBy(p => p.CustomerId).ToDictionary(g => g.Key, g => g.Count());
        var members = SyntheticData.Customers(400, 1404).Count(c => c.Channel is "instagram" or "telegram"
            && counts.GetValueOrDefault(Crm.Core.Customers.CustomerCode.Parse(c.Code)) >= 3 && scores.GetValueOrDefault(Crm.Core.Customers.CustomerCode.Parse(c.Code)) >= 4);
        Assert.Contains($"report: Rule segment 'social repeat buyers' evaluated in the database (acquired on instagram or telegram, 3+ purchases, R score 4+): {members:#,0} customers",
            run.OutLines);
        Assert.True(members > 0);
    }

    [Fact]
    public async Task Demo_Database_HoldsEachGeneratedCustomerWithIdentifiersContactsNotesAndConversations()
    {
        var run = await SampleHost.RunAsync("demo", "--customers", "300", "--out", _folder);
        HostAssert.Ok(run);

        var generated = SyntheticData.Customers(300, 1404).ToList();
        await using var context = new CrmDbContext(new DbContextOptionsBuilder<CrmDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "crm.db")};Pooling=False").Options);
        var store = new EfCoreCustomerStore(context);
        Assert.Equal(300, await store.CountAsync());
        Assert.Contains(generated, g => g.IsCompany);
        foreach (var g in generated)
        {
            var customer = await store.FindAsync(CustomerCode.Parse(g.Code));
            Assert.NotNull(customer);
            Assert.Equal(g.DisplayName, customer.DisplayName);
            Assert.Equal(g.Owner, customer.Owner);
            Assert.Equal(g.PostalCode, customer.PrimaryAddress?.PostalCode?.Value);
            Assert.Equal(g.City, customer.PrimaryAddress?.City);
            Assert.Equal(g.Phone.Length > 0 ? 2 : 1, customer.Phones.Count);
            // Notes are stored display-normalised (the library folds أ to ا, so «تأخیر» comes back as «تاخیر»).
            Assert.Equal(g.Note.Length > 0 ? [Crm.Core.Persian.PersianNormalizer.Normalize(g.Note)] : Array.Empty<string>(), customer.Notes.Select(n => n.Text));
            Assert.Equal(g.LastContactSummary.Length > 0 ? [g.LastContactSummary] : Array.Empty<string>(), customer.Interactions.Select(i => i.Summary));
            Assert.Equal(g.NextContactInDays > 0, customer.Interactions.Any(i => i.NextContact is not null));
            if (customer is Company company)
            {
                Assert.True(g.IsCompany);
                Assert.Equal(g.LegalEntityId, company.Profile.LegalEntityId?.Value);
                Assert.Equal(g.Sheba, company.Profile.Sheba?.Value);
                var contact = Assert.Single(company.Contacts);
                Assert.Equal((g.ContactPerson, g.ContactRole, g.ContactUnit), (contact.Person.Value, contact.Role, contact.Unit));
            }
            else
            {
                var person = Assert.IsType<Individual>(customer);
                Assert.False(g.IsCompany);
                Assert.Equal(g.NationalCode, person.Profile.NationalCode?.Value);
                Assert.Equal(g.BirthDate, person.Profile.BirthDate?.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public async Task Demo_FollowUps_AgreedNextContactsAndBirthdaysOfTheComingMonthArePlanned()
    {
        var run = await SampleHost.RunAsync("demo", "--customers", "300", "--out", _folder);
        HostAssert.Ok(run);

        var asOf = SampleHost.Now.InZone(DateTimeZoneProviders.Tzdb["Asia/Tehran"]).Date;
        var (start, days) = Crm.Sample.Host.Report.ReportBuilder.ComingMonth(asOf);
        var (first, last) = (start.WithCalendar(CalendarSystem.Iso), start.PlusDays(days - 1).WithCalendar(CalendarSystem.Iso));
        var generated = SyntheticData.Customers(300, 1404).ToList();
        var agreed = generated.Where(c => c.NextContactInDays > 0 && asOf.PlusDays(c.NextContactInDays) >= first && asOf.PlusDays(c.NextContactInDays) <= last)
            .Select(c => $"{c.Code},{c.Owner},{Crm.Core.Persian.PersianDateFormat.Format(asOf.PlusDays(c.NextContactInDays))},{c.LastContactSummary}")
            .ToList();
        var birthdays = generated.Count(c => !c.IsCompany && int.Parse(c.BirthDate.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture) == start.Month);
        var rows = File.ReadAllLines(Path.Combine(_folder, "followups.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        Assert.NotEmpty(agreed);
        Assert.True(birthdays > 0);

        // The demo's purchases went through data/purchases.csv with four malformed rows; each is listed with its line.
        var data = File.ReadAllLines(Path.Combine(_folder, "data", "purchases.csv"));
        var problems = File.ReadAllLines(Path.Combine(_folder, "problems.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(4, problems.Count);
        Assert.All(problems, p => Assert.Equal("data/purchases.csv", p[0]));
        Assert.All(problems, p => Assert.Contains(data[int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture) - 1],
            new[] { "1405/13/01", "12,5x0000", "2025-02-30" }.Select(v => data.Single(l => l.Contains(v, StringComparison.Ordinal))).Append(data.Single(l => l.StartsWith(',')))));
        // Each agreed next contact is planned for its owner on its due day, with the call's summary as the note.
        Assert.All(agreed, a => Assert.Contains(rows, r => $"{r[0]},{r[1]},{r[2]},{r[5]}" == a));
        var atRisk = rows.Count(r => r[5].StartsWith("P(alive)", StringComparison.Ordinal));
        Assert.InRange(atRisk, 1, 90);
        Assert.Equal(atRisk + agreed.Count + birthdays, rows.Count);
    }

    [Fact]
    public void SyntheticPurchases_FitBgNbdNearTheGeneratorsDropoutShapes()
    {
        // The generator draws dropout p ~ Beta(1.2, 4) after each repeat purchase: a BG/NBD fit on its data should find a
        // and b near those shapes (the seasonal thinning changes the purchase rate, not the dropout process).
        var asOf = new LocalDate(2026, 4, 21);
        var summary = PurchaseSummarizer.Summarize(SyntheticData.Purchases(6000, asOf, 21), asOf, TimeUnit.Weeks);
        var customers = Crm.Core.Lifetime.LifetimeData.FromPurchaseSummary(summary);

        var fit = Crm.Core.Lifetime.BgNbdModel.Fit(Crm.Core.Lifetime.LifetimeData.ToRfmSummary(customers));

        Assert.True(fit.Converged, fit.Message);
        var a = fit.Estimates.Single(e => e.Name == "a");
        var b = fit.Estimates.Single(e => e.Name == "b");
        var (seA, seB) = (a.StandardError!.Value, b.StandardError!.Value);
        Assert.InRange(1.2, a.Value - (3 * seA), a.Value + (3 * seA));
        Assert.InRange(4.0, b.Value - (3 * seB), b.Value + (3 * seB));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [GeneratedRegex("<svg class=\"chart\"")]
    private static partial Regex ChartElement();
}
