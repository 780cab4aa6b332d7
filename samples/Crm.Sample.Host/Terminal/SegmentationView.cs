using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.Segmentation;
using NodaTime;
using Spectre.Console;

namespace Crm.Sample.Host.Terminal;

/// <summary>The segmentation section of <c>demo</c> on a terminal: RFM scores, segment sizes, a rule segment, the wanted list.</summary>
internal static class SegmentationView
{
    public static void Render(IAnsiConsole console, LocalDate today, RfmResult rfm, SegmentMembership members, WantedList wanted, CustomerCode won)
    {
        var culture = CultureInfo.InvariantCulture;
        console.Heading($"Segmentation (as of {TerminalTable.Fa(today)})");
        var scores = TerminalTable.Create("Customer", ">Recency (days)", ">Frequency", ">Monetary", ">R", ">F", ">M", "Segment");
        foreach (var r in rfm.Rows)
        {
            scores.Row(r.CustomerId.Value, r.RecencyDays.ToString(culture), r.Frequency.ToString(culture), r.Monetary.Amount.ToString("#,0", culture),
                r.Score.R.ToString(culture), r.Score.F.ToString(culture), r.Score.M.ToString(culture), r.Segment.Name);
        }

        scores.Caption = new TableTitle("score = 1 + floor(5·w/n); w = customers strictly worse; not scored (no purchases): " + string.Join(", ", rfm.WithoutPurchases));
        console.Write(scores);

        var sizes = TerminalTable.Create("Segment", "بخش", ">Customers");
        foreach (var size in rfm.SegmentSizes().Where(s => s.Count > 0))
        {
            sizes.Row(size.Segment.Name, size.Segment.PersianName ?? "-", size.Count.ToString(culture));
        }

        console.Write(sizes);
        console.Line($"rule segment «{members.SegmentName}»: {members.Count} member(s): {string.Join(", ", members.Members)}");

        var list = TerminalTable.Create(">#", "Customer", ">Priority", "State");
        list.Title = new TableTitle($"{wanted.Name} ({wanted.Capacity} places)");
        list.Row("-", won.Value, "-", "won by sara");
        var place = 1;
        foreach (var t in wanted.Targets)
        {
            list.Row((place++).ToString(culture), t.Customer.Value, t.Priority.ToString("#,0", culture), "on the list");
        }

        foreach (var t in wanted.Candidates)
        {
            list.Row("-", t.Customer.Value, t.Priority.ToString("#,0", culture), "waiting");
        }

        console.Write(list);
    }
}
