using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.Segmentation;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Spectre.Console;

namespace Crm.Sample.Host.Commands;

/// <summary>The segmentation section of <c>demo</c>: an RFM table, segment sizes, a rule segment and the wanted list.</summary>
internal static class SegmentationDemo
{
    /// <summary>Writes the section: plain lines on <paramref name="output"/>, or tables on <paramref name="console"/> when the
    /// output is a terminal.</summary>
    public static void Run(IServiceProvider services, TextWriter output, IClock clock, IAnsiConsole? console = null)
    {
        var today = SegmentContext.Today(clock).AsOf;

        // Twelve customers with purchase histories made up from a fixed seed.
        var random = new Random(1404);
        var purchases = new List<Purchase>();
        for (var c = 1; c <= 12; c++)
        {
            var code = CustomerCode.Parse("C-" + c.ToString("00", CultureInfo.InvariantCulture));
            var visits = random.Next(1, 9);
            for (var v = 0; v < visits; v++)
            {
                purchases.Add(new Purchase(code, today.PlusDays(-random.Next(0, 400)), Money.FromTomans(random.Next(50, 5_000) * 1_000)));
            }
        }

        var rfm = RfmScorer.FromPurchases(purchases, today, [CustomerCode.Parse("C-13")], services.GetService<RfmSegmentMap>());

        var definition = SegmentDefinitionJson.Parse("""
            { "name": "پرخرج‌های اخیر", "version": 1,
              "condition": { "all": [ { "field": "recencyDays", "op": "lessThanOrEqual", "value": 90 },
                                      { "any": [ { "field": "rfmM", "op": "greaterThanOrEqual", "value": 4 },
                                                 { "field": "rfmSegment", "op": "equals", "value": "champions" } ] } ] } }
            """);
        var stamp = new ChangeStamp("demo", clock.GetCurrentInstant());
        var customers = rfm.Rows.Select(r => (Customer)Individual.Create(r.CustomerId, new IndividualProfile { LastName = "مشتری " + r.CustomerId }, stamp));
        var summaries = PurchaseSummarizer.Summarize(purchases, today).Customers;
        var members = definition.Compile().Evaluate(CustomerFacts.Combine(customers, summaries, rfm), new SegmentContext(today));

        var wanted = new WantedList("۱۰ مشتری تحت تعقیب", capacity: 3);
        foreach (var row in rfm.Rows.OrderByDescending(r => r.Monetary.Amount).Take(5))
        {
            wanted.Nominate(row.CustomerId, row.Monetary.Amount, stamp);
        }

        var first = wanted.Targets[0].Customer;
        wanted.MarkWon(first, new ChangeStamp("sara", clock.GetCurrentInstant()), "signed");
        if (console is not null)
        {
            SegmentationView.Render(console, today, rfm, members, wanted, first);
            return;
        }

        output.WriteLine();
        output.WriteLine($"== Segmentation (as of {PersianDateFormat.Format(today)}) ==");
        output.WriteLine("RFM (score = 1 + floor(5·w/n); w = customers strictly worse):");
        SegmentCommands.WriteRfm(rfm, json: false, output);
        output.WriteLine("without purchases (not scored): " + string.Join(", ", rfm.WithoutPurchases));
        output.WriteLine("segment sizes:");
        foreach (var size in rfm.SegmentSizes().Where(s => s.Count > 0))
        {
            output.WriteLine($"  {size.Segment.Name} ({size.Segment.PersianName}): {size.Count}");
        }

        output.WriteLine($"rule segment «{members.SegmentName}»: {members.Count} member(s): {string.Join(", ", members.Members)}");
        output.WriteLine($"wanted list ({wanted.Capacity} places): {first} won by sara; now: {string.Join(", ", wanted.Targets.Select(t => t.Customer))}; waiting: {string.Join(", ", wanted.Candidates.Select(t => t.Customer))}");
    }
}
