using System.Globalization;
using System.Net;
using System.Text;
using Crm.Core.Customers;
using Crm.Core.Lifetime;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using Crm.Core.Segmentation;
using Crm.Core.ToneLint;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Crm.Sample.Host.Report;

/// <summary>
/// Runs the library's analyses on one data set and returns the report's sections: the RFM grid, segment sizes over the
/// last six Persian months, lifetime value (BG/NBD + Gamma-Gamma), a calibration/holdout check, acquisition channels by
/// Persian month, the follow-up load of the coming Persian month, and the tone linter on sample drafts.
/// </summary>
internal static class ReportBuilder
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] Owners = [.. DemoData.SyntheticData.Owners];

    /// <summary>The coming Persian month after <paramref name="asOf"/> (ISO): its first day and its number of days.</summary>
    public static (LocalDate Start, int Days) ComingMonth(LocalDate asOf)
    {
        var next = SolarHijri.From(asOf).PlusMonths(1);
        return (SolarHijri.Date(next.Year, next.Month, 1), SolarHijri.DaysInMonth(next.Year, next.Month));
    }
    private static readonly string[] HoldoutHeaders = ["calibration_frequency", "customers", "mean_predicted", "mean_actual"];

    /// <summary>Builds every section; <paramref name="step"/> is told the name of each step as it starts.</summary>
    public static IReadOnlyList<ReportSection> Build(ReportInput input, IServiceProvider services, Action<string> step, CancellationToken cancellationToken)
    {
        var sections = new List<ReportSection>();
        var map = services.GetService<RfmSegmentMap>();
        var asOf = input.AsOf;

        step("RFM scores and segments");
        // The columnar path: the same result as RfmScorer.FromPurchases (a library property), without per-row objects.
        var columns = PurchaseColumns.From(input.Purchases);
        var rfm = input.StoredRfm ?? RfmScorer.FromColumns(columns, asOf, null, map);
        sections.Add(RfmSection(rfm));
        cancellationToken.ThrowIfCancellationRequested();

        step("segment sizes over six Persian months");
        sections.Add(SegmentsOverTime(input, columns, map));
        cancellationToken.ThrowIfCancellationRequested();

        step("lifetime value (BG/NBD + Gamma-Gamma)");
        var (clvSection, predictions) = LifetimeSection(input, cancellationToken);
        sections.Add(clvSection);

        step("calibration / holdout check");
        sections.Add(HoldoutSection(input, cancellationToken));

        step("acquisition channels by Persian month");
        sections.Add(ChannelSection(input));

        step("follow-up plan for the coming Persian month");
        sections.Add(FollowUpSection(input, predictions, services));

        step("tone lint on sample drafts");
        sections.Add(LintSection(services));

        sections.Add(ProblemSection(input.Problems));
        return sections;
    }

    private static ReportSection RfmSection(RfmResult rfm)
    {
        var grid = new double[5, 5];
        foreach (var row in rfm.Rows)
        {
            grid[5 - row.Score.R, row.Score.F - 1]++;
        }

        var chart = SvgChart.Grid("Customers by recency (R) and frequency (F) score", ["R5", "R4", "R3", "R2", "R1"], ["F1", "F2", "F3", "F4", "F5"], grid,
            "recency score (5 = most recent)", "frequency score (5 = most frequent)");
        var sizes = rfm.SegmentSizes().Where(s => s.Count > 0).OrderByDescending(s => s.Count).ToArray();
        var bars = SvgChart.Bars("Customers per RFM segment", sizes.Select(s => s.Segment.Name).ToArray(),
            [("customers", sizes.Select(s => (double)s.Count).ToArray())], stacked: false, "customers");
        var table = new ReportTable("rfm-segments.csv", ["segment", "segment_fa", "customers", "share"],
            sizes.Select(s => (IReadOnlyList<string>)[s.Segment.Name, s.Segment.PersianName ?? string.Empty, Count(s.Count),
                (s.Count / (double)Math.Max(1, rfm.Rows.Count)).ToString("P1", Invariant)]).ToArray());
        return new ReportSection("rfm", "RFM grid and segments",
            $"{Count(rfm.Rows.Count)} customers scored 1–5 on recency, frequency and monetary value (score = 1 + ⌊5·w/n⌋, w = customers strictly worse), then named by the segment map.",
            [chart, bars], table);
    }

    private static ReportSection SegmentsOverTime(ReportInput input, PurchaseColumns columns, RfmSegmentMap? map)
    {
        var asOf = SolarHijri.From(input.AsOf);
        var ends = new List<LocalDate>();
        for (var k = 5; k >= 1; k--)
        {
            var month = asOf.PlusMonths(-k);
            ends.Add(SolarHijri.Date(month.Year, month.Month, SolarHijri.DaysInMonth(month.Year, month.Month)));
        }

        ends.Add(asOf);
        var counts = new List<Dictionary<string, int>>();
        foreach (var end in ends)
        {
            var result = RfmScorer.FromColumns(columns, end.WithCalendar(CalendarSystem.Iso), null, map);
            counts.Add(result.SegmentSizes().ToDictionary(s => s.Segment.Name, s => s.Count));
        }

        var names = counts[^1].Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).Select(kv => kv.Key).Take(8).ToList();
        var labels = ends.Select(e => DayLabel(e)).ToArray();
        var series = names.Select(n => (n, (IReadOnlyList<double>)counts.Select(c => (double)c.GetValueOrDefault(n)).ToArray())).ToList();
        var other = counts.Select(c => (double)c.Where(kv => !names.Contains(kv.Key)).Sum(kv => kv.Value)).ToArray();
        if (other.Any(o => o > 0))
        {
            series.Add(("other", other));
        }

        var chart = SvgChart.Bars("RFM segment sizes at the end of each Persian month", labels, series, stacked: true, "customers");
        var headers = new List<string> { "as_of_persian", "as_of_iso" };
        headers.AddRange(series.Select(s => s.Item1));
        var rows = ends.Select((e, i) => (IReadOnlyList<string>)new[] { PersianDateFormat.Format(e), Iso(e) }
            .Concat(series.Select(s => Count((int)s.Item2[i]))).ToArray()).ToArray();
        return new ReportSection("segments-over-time", "Segment sizes over time",
            "The same scoring at the end of each of the last five Persian months and on the as-of day: who moves between segments.",
            [chart], new ReportTable("segments-over-time.csv", headers, rows));
    }

    private static (ReportSection Section, IReadOnlyList<ClvRow> Predictions) LifetimeSection(ReportInput input, CancellationToken cancellationToken)
    {
        var summary = PurchaseSummarizer.Summarize(input.Purchases, input.AsOf, TimeUnit.Weeks);
        var customers = LifetimeData.FromPurchaseSummary(summary);
        var fit = BgNbdModel.Fit(LifetimeData.ToRfmSummary(customers, TimeUnit.Weeks), null, cancellationToken);
        var spendRows = LifetimeData.ToSpendRows(customers);
        var spend = spendRows.Count >= 3 ? GammaGammaModel.Fit(spendRows) : null;
        var spendParameters = spend is { Result.Converged: true } ? spend.Result.Parameters : null;
        var predictions = ClvCalculator.Predict(fit.Parameters, spendParameters, customers, 52, 1, Discounting.None,
            allowNotConverged: true);   // the report states whether the BG/NBD fit converged, next to its figures
        // The chart's geometry is in double; the CLV itself is a decimal.
        var values = predictions.Where(p => p.Clv is not null).Select(p => (double)p.Clv!.Value).OrderBy(v => v).ToArray();
        var charts = new List<string>();
        if (values.Length > 0)
        {
            var top = values[(int)Math.Min(values.Length - 1, Math.Floor(values.Length * 0.99))];
            const int Bins = 12;
            var width = top <= 0d ? 1d : top / Bins;
            var counts = new double[Bins + 1];
            foreach (var v in values)
            {
                counts[Math.Min(Bins, (int)(v / width))]++;
            }

            var labels = Enumerable.Range(0, Bins).Select(b => $"{SvgChart.Number(b * width)}–{SvgChart.Number((b + 1) * width)}").Append($"≥ {SvgChart.Number(top)}").ToArray();
            charts.Add(SvgChart.Bars("Distribution of 52-week CLV (revenue, purchases' currency)", labels, [("customers", counts)], stacked: false, "customers"));
        }

        var names = input.Customers;
        var topRows = predictions.OrderByDescending(p => p.Clv ?? decimal.MinValue).ThenBy(p => p.CustomerId.Value, StringComparer.Ordinal)
            .Select(p => (IReadOnlyList<string>)[p.CustomerId.Value, names.TryGetValue(p.CustomerId, out var c) ? c.Name : string.Empty,
                p.ProbabilityAlive.ToString("F3", Invariant), p.ExpectedPurchases.ToString("F2", Invariant),
                p.ExpectedAverageValue?.ToString("F0", Invariant) ?? string.Empty, p.Clv?.ToString("F0", Invariant) ?? string.Empty]).ToArray();
        var parameters = string.Join(", ", fit.Estimates.Select(e => string.Create(Invariant, $"{e.Name} = {e.Value:G4} (se {e.StandardError:G3})")));
        var spendText = spend is null ? "too few repeat buyers for Gamma-Gamma" : string.Join(", ", spend.Result.Estimates.Select(e => string.Create(Invariant, $"{e.Name} = {e.Value:G4}")))
            + (spend.Result.Converged ? string.Empty : " (not converged: CLV left empty)");
        return (new ReportSection("clv", "Customer lifetime value",
            $"BG/NBD on {Count(customers.Count)} customers in weeks: {parameters}; converged {fit.Converged}. Gamma-Gamma: {spendText}. CLV = expected purchases in 52 weeks × expected value per purchase, undiscounted, margin 1.",
            charts, new ReportTable("clv.csv", ["customer", "name", "p_alive", "purchases_52w", "value_per_purchase", "clv_52w"], topRows, 20)), predictions);
    }

    private static ReportSection HoldoutSection(ReportInput input, CancellationToken cancellationToken)
    {
        var calibrationEnd = input.AsOf.PlusDays(-182);
        var data = CalibrationHoldout.Split(input.Purchases, calibrationEnd, input.AsOf, TimeUnit.Weeks);
        if (data.Customers.Count == 0)
        {
            return new ReportSection("holdout", "Calibration and holdout",
                $"No customer bought before the calibration end ({Iso(calibrationEnd)}, 26 weeks before the as-of day); nothing to check.", [],
                new ReportTable("holdout.csv", HoldoutHeaders, []));
        }

        var fit = BgNbdModel.Fit(LifetimeData.ToRfmSummary(data.Customers), null, cancellationToken);
        var comparison = CalibrationHoldout.Compare(fit.Parameters, data);
        var groups = comparison.ByFrequency(data.Customers.Select(c => c.Frequency).ToArray());
        var labels = groups.Select(g => g.Frequency == 7 ? "7+" : g.Frequency.ToString(Invariant)).ToArray();
        var chart = SvgChart.Bars("Mean holdout purchases by calibration frequency", labels,
            [("predicted", groups.Select(g => g.MeanPredicted).ToArray()), ("actual", groups.Select(g => g.MeanActual).ToArray())], stacked: false, "purchases per customer");
        var rows = groups.Select((g, i) => (IReadOnlyList<string>)[labels[i], Count(g.Customers), g.MeanPredicted.ToString("F3", Invariant), g.MeanActual.ToString("F3", Invariant)]).ToArray();
        return new ReportSection("holdout", "Calibration and holdout",
            string.Create(Invariant, $"BG/NBD fitted on purchases up to {Iso(calibrationEnd)} ({PersianDateFormat.Format(calibrationEnd)}), then compared with the 26 weeks after it: {comparison.TotalPredicted:F0} purchases predicted, {comparison.TotalActual} made; mean absolute error {comparison.MeanAbsoluteError():F3} per customer."),
            [chart], new ReportTable("holdout.csv", HoldoutHeaders, rows));
    }

    private static ReportSection ChannelSection(ReportInput input)
    {
        var first = new Dictionary<CustomerCode, LocalDate>();
        var revenue = new Dictionary<CustomerCode, decimal>();
        foreach (var p in input.Purchases)
        {
            var iso = p.Date.WithCalendar(CalendarSystem.Iso);
            if (!first.TryGetValue(p.CustomerId, out var seen) || iso < seen)
            {
                first[p.CustomerId] = iso;
            }

            revenue[p.CustomerId] = revenue.GetValueOrDefault(p.CustomerId) + p.Amount.Amount;
        }

        string ChannelOf(CustomerCode code) => input.Customers.TryGetValue(code, out var c) && c.Channel.Length > 0 ? c.Channel : "unknown";
        var asOf = SolarHijri.From(input.AsOf);
        var months = Enumerable.Range(0, 12).Select(k => asOf.PlusMonths(k - 11)).Select(d => (d.Year, d.Month)).ToArray();
        var channels = first.Keys.Select(ChannelOf).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToArray();
        var acquired = channels.ToDictionary(c => c, _ => new double[months.Length], StringComparer.Ordinal);
        foreach (var (code, date) in first)
        {
            var persian = SolarHijri.From(date);
            var index = Array.IndexOf(months, (persian.Year, persian.Month));
            if (index >= 0)
            {
                acquired[ChannelOf(code)][index]++;
            }
        }

        var labels = months.Select(m => PersianDateFormat.FormatMonth(m.Year, m.Month)).ToArray();
        var chart = SvgChart.Bars("New customers per acquisition channel and Persian month", labels,
            channels.Select(c => (c, (IReadOnlyList<double>)acquired[c])).ToArray(), stacked: true, "new customers");
        var rows = first.Keys.GroupBy(ChannelOf, StringComparer.Ordinal)
            .Select(g => (Channel: g.Key, Customers: g.Count(), Revenue: g.Sum(k => revenue[k])))
            .OrderByDescending(t => t.Revenue).ThenBy(t => t.Channel, StringComparer.Ordinal)
            .Select(t => (IReadOnlyList<string>)[t.Channel, Count(t.Customers), Count((int)acquired[t.Channel].Sum()), t.Revenue.ToString("#,0", Invariant),
                (t.Revenue / t.Customers).ToString("#,0", Invariant)])
            .ToArray();
        return new ReportSection("channels", "Acquisition channels",
            "Customers by the channel that brought them (from the customer file), by the Persian month of their first purchase, and the revenue each channel's customers brought to date.",
            [chart], new ReportTable("channels.csv", ["channel", "customers", "acquired_last_12_months", "revenue", "revenue_per_customer"], rows));
    }

    private static ReportSection FollowUpSection(ReportInput input, IReadOnlyList<ClvRow> predictions, IServiceProvider services)
    {
        var calendar = services.GetRequiredService<WorkCalendar>();
        var planner = services.GetRequiredService<FollowUpPlanner>();
        var (start, days) = ComingMonth(input.AsOf);
        var next = start;

        // Valuable customers who may be slipping away: the most value at risk, (1 − P(alive)) × CLV (expected purchases
        // where there is no CLV), among customers with at least one repeat purchase.
        var atRisk = predictions.Where(p => p.ProbabilityAlive < 1d)
            .OrderByDescending(p => (1d - p.ProbabilityAlive) * (p.Clv is { } clv ? (double)clv : p.ExpectedPurchases)).ThenBy(p => p.CustomerId.Value, StringComparer.Ordinal).Take(90).ToArray();
        var followUps = atRisk.Select((p, i) => new FollowUp($"r{i + 1}", p.CustomerId, Owners[i % Owners.Length], start.PlusDays(i * days / Math.Max(1, atRisk.Length)),
            FollowUpKind.Call, 1 + (i % 5), null, string.Create(Invariant, $"P(alive) {p.ProbabilityAlive:F2}; 52-week CLV {p.Clv ?? 0:F0}")))
            .Concat(input.Agreed.Where(f => Owners.Contains(f.Owner, StringComparer.Ordinal))).ToArray();
        var plan = planner.Plan(followUps, start, days + 10);
        var html = new StringBuilder();
        html.Append("<table class=\"month\"><thead><tr><th>owner</th>");
        var view = Owners.ToDictionary(o => o, o => plan.MonthView(o, next.Year, next.Month), StringComparer.Ordinal);
        foreach (var day in view[Owners[0]])
        {
            html.Append("<th>").Append(PersianDigits.ToPersian(day.Date.Day.ToString(Invariant))).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var owner in Owners)
        {
            html.Append("<tr><th>").Append(WebUtility.HtmlEncode(owner)).Append("</th>");
            foreach (var day in view[owner])
            {
                var (css, text) = day.Status switch
                {
                    DayStatus.Weekend => ("weekend", "–"),
                    DayStatus.Holiday => ("holiday", "H"),
                    DayStatus.ProvisionalHoliday => ("holiday", "H?"),
                    _ => (day.Count == 0 ? "free" : "busy", day.Count.ToString(Invariant)),
                };
                html.Append("<td class=\"").Append(css).Append("\">").Append(text).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        var holidays = calendar.Holidays.GetHolidays(next.Year).Where(h => h.Date.Month == next.Month).ToArray();
        html.Append("<p dir=\"rtl\" lang=\"fa\">");
        html.Append(holidays.Length == 0 ? "تعطیل رسمی در این ماه نیست." : string.Join(" · ", holidays.Select(h =>
            WebUtility.HtmlEncode(PersianDateFormat.FormatLong(h.Date) + ": " + h.Title + (h.Provisional ? " (پیش‌بینی)" : string.Empty)))));
        html.Append("</p>");
        var rows = plan.Assignments.OrderBy(a => a.Scheduled.WithCalendar(CalendarSystem.Iso)).ThenBy(a => a.FollowUp.Owner, StringComparer.Ordinal)
            .Select(a => (IReadOnlyList<string>)[a.FollowUp.CustomerId.Value, a.FollowUp.Owner, PersianDateFormat.Format(a.FollowUp.Due), PersianDateFormat.Format(a.Scheduled), a.Reason.ToString(), a.FollowUp.Note ?? string.Empty])
            .Concat(plan.Unplaced.Select(u => (IReadOnlyList<string>)[u.FollowUp.CustomerId.Value, u.FollowUp.Owner, PersianDateFormat.Format(u.FollowUp.Due), string.Empty, "unplaced: " + u.Message, u.FollowUp.Note ?? string.Empty]))
            .ToArray();
        return new ReportSection("followups", "Follow-up load, " + PersianDateFormat.FormatMonth(next.Year, next.Month),
            $"{atRisk.Length} calls to the customers with the most value at risk ((1 − P(alive)) × CLV), spread over {PersianDateFormat.FormatMonth(next.Year, next.Month)}, and {followUps.Length - atRisk.Length} follow-ups the customer records call for in that month (next contacts agreed in calls, birthdays: CustomerFollowUps), for three owners, placed by the planner on working days (– weekend, H holiday, H? provisional lunar holiday); {plan.Unplaced.Count} could not be placed, each with its reason.",
            [], new ReportTable("followups.csv", ["customer", "owner", "due", "scheduled", "reason", "note"], rows), html.ToString());
    }

    private static ReportSection LintSection(IServiceProvider services)
    {
        var linter = services.GetRequiredService<ToneLinter>();
        var html = new StringBuilder();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (draft, index) in Commands.ToneLintDemo.Drafts.Select((d, i) => (d, i + 1)))
        {
            var before = linter.Lint(draft);
            var fixedText = before.ApplyFixes();
            var after = linter.Lint(new ToneLintRequest(fixedText) { CustomerName = draft.CustomerName, CustomerMessage = draft.CustomerMessage, Channel = draft.Channel });
            html.Append("<div class=\"lint\"><div><h3>Draft ").Append(index).Append(" · score ").Append(before.Score.ToString(Invariant)).Append("</h3><p dir=\"auto\">")
                .Append(WebUtility.HtmlEncode(draft.Text).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p><ul>");
            foreach (var d in before.Diagnostics)
            {
                html.Append("<li dir=\"auto\"><b>").Append(WebUtility.HtmlEncode(d.RuleId)).Append("</b> ").Append(WebUtility.HtmlEncode(d.Message)).Append("</li>");
            }

            html.Append("</ul></div><div><h3>After mechanical fixes · score ").Append(after.Score.ToString(Invariant)).Append("</h3><p dir=\"auto\">")
                .Append(WebUtility.HtmlEncode(fixedText).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p></div></div>");
            rows.Add([index.ToString(Invariant), before.Score.ToString(Invariant), before.Diagnostics.Count.ToString(Invariant), after.Score.ToString(Invariant), after.Diagnostics.Count.ToString(Invariant)]);
        }

        return new ReportSection("lint", "Tone lint: before and after",
            "Support drafts checked against the customer-service language guide; the fixes are the linter's own mechanical ones (wording that needs a person stays flagged).",
            [], new ReportTable("lint.csv", ["draft", "score_before", "findings_before", "score_after", "findings_after"], rows), html.ToString());
    }

    private static ReportSection ProblemSection(IReadOnlyList<ReportProblem> problems) =>
        new("problems", "Rows that could not be used",
            problems.Count == 0 ? "Every row was read." : $"{Count(problems.Count)} row(s) were reported while reading and left out of every analysis above; the first are listed here, all of them in problems.csv.",
            [], new ReportTable("problems.csv", ["source", "line", "message"],
                problems.Select(p => (IReadOnlyList<string>)[p.Source, p.Line.ToString(Invariant), p.Message]).ToArray(), 50));

    private static string Count(int value) => value.ToString("#,0", Invariant);

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date.WithCalendar(CalendarSystem.Iso));

    /// <summary>«۳۰ دی ۱۴۰۵»: Persian text with Persian digits.</summary>
    private static string DayLabel(LocalDate date)
    {
        var persian = SolarHijri.From(date);
        return PersianDigits.ToPersian(persian.Day.ToString(Invariant)) + " " + PersianDateFormat.FormatMonth(persian.Year, persian.Month);
    }
}
