using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Lifetime.Tests;

public class InvarianceTests
{
    [Fact]
    public void Fit_DaysInsteadOfWeeks_ScalesAlphaBySevenAndKeepsPredictions()
    {
        var weeks = BgNbdModel.Fit(Cdnow.Weeks());
        var days = BgNbdModel.Fit(Cdnow.Weeks().ConvertTo(TimeUnit.Days));
        var w = weeks.Parameters;
        var d = days.Parameters;

        Assert.Equal(TimeUnit.Days, d.Unit);
        Cdnow.AssertRelative(w.Alpha * 7, d.Alpha, 1e-4, "alpha");
        Cdnow.AssertRelative(w.R, d.R, 1e-4, "r");
        Cdnow.AssertRelative(w.A, d.A, 1e-4, "a");
        Cdnow.AssertRelative(w.B, d.B, 1e-4, "b");
        foreach (var c in Cdnow.Customers.Take(200))
        {
            Assert.Equal(w.ProbabilityAlive(c.Frequency, c.Recency, c.Age), d.ProbabilityAlive(c.Frequency, c.Recency * 7, c.Age * 7), 1e-4);
            Assert.Equal(w.ExpectedPurchases(39, c.Frequency, c.Recency, c.Age), d.ExpectedPurchases(273, c.Frequency, c.Recency * 7, c.Age * 7), 1e-4);
        }
    }

    [Fact]
    public void Fit_ParetoNbdInDays_ScalesRatesBySeven()
    {
        var weeks = ParetoNbdModel.Fit(Cdnow.Weeks()).Parameters;
        var days = ParetoNbdModel.Fit(Cdnow.Weeks().ConvertTo(TimeUnit.Days)).Parameters;

        Cdnow.AssertRelative(weeks.Alpha * 7, days.Alpha, 1e-3, "alpha");
        Cdnow.AssertRelative(weeks.R, days.R, 1e-3, "r");
        Cdnow.AssertRelative(weeks.S, days.S, 1e-3, "s");
        var c = Cdnow.Customers[0];
        Assert.Equal(weeks.ProbabilityAlive(c.Frequency, c.Recency, c.Age), days.ProbabilityAlive(c.Frequency, c.Recency * 7, c.Age * 7), 1e-3);
    }

    [Fact]
    public void Fit_CollapsedAndUncollapsed_GiveTheSameResult()
    {
        var uncollapsed = RfmSummary.Uncollapsed(Cdnow.Customers.Select(c => new RfmSummaryRow(c.Frequency, c.Recency, c.Age)), TimeUnit.Weeks);
        var collapsed = Cdnow.Weeks();

        var a = BgNbdModel.Fit(collapsed);
        var b = BgNbdModel.Fit(uncollapsed);

        Assert.True(collapsed.Rows.Count < uncollapsed.Rows.Count);
        Assert.Equal(a.LogLikelihood, b.LogLikelihood, 1e-6);
        Cdnow.AssertRelative(a.Parameters.R, b.Parameters.R, 1e-5, "r");
        Cdnow.AssertRelative(a.Parameters.B, b.Parameters.B, 1e-5, "b");
    }

    [Property(MaxTest = 50)]
    public Property LogLikelihood_ShuffledAndDuplicatedWithWeights_IsUnchanged()
    {
        var rows = Cdnow.Customers.Select(c => new RfmSummaryRow(c.Frequency, c.Recency, c.Age)).ToArray();
        var gen = from seed in Gen.Choose(0, int.MaxValue)
                  from copies in Gen.Choose(1, 4)
                  select (seed, copies);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var random = new Random(t.seed);
            var shuffled = rows.OrderBy(_ => random.Next()).ToArray();
            var duplicated = shuffled.SelectMany(r => Enumerable.Repeat(r, t.copies)).ToArray();
            var weighted = shuffled.Select(r => new RfmSummaryRow(r.Frequency, r.Recency, r.Age, t.copies)).ToArray();
            var bg = new BgNbdParameters(0.24, 4.4, 0.79, 2.4, TimeUnit.Weeks);
            var pnbd = new ParetoNbdParameters(0.55, 10.6, 0.61, 11.7, TimeUnit.Weeks);
            var expectedBg = bg.LogLikelihood(RfmSummary.Uncollapsed(rows, TimeUnit.Weeks)) * t.copies;
            var expectedPnbd = pnbd.LogLikelihood(RfmSummary.Uncollapsed(rows, TimeUnit.Weeks)) * t.copies;
            return Close(expectedBg, bg.LogLikelihood(RfmSummary.Collapse(duplicated, TimeUnit.Weeks)))
                && Close(expectedBg, bg.LogLikelihood(RfmSummary.Uncollapsed(weighted, TimeUnit.Weeks)))
                && Close(expectedBg, bg.LogLikelihood(RfmSummary.Uncollapsed(duplicated, TimeUnit.Weeks)))
                && Close(expectedPnbd, pnbd.LogLikelihood(RfmSummary.Collapse(duplicated, TimeUnit.Weeks)));
        });
    }

    [Property(MaxTest = 100)]
    public Property Collapse_PreservesTotalWeightAndNeverGrows()
    {
        var gen = Gen.ListOf(Gen.Choose(0, 5).SelectMany(x => Gen.Choose(0, 10).Select(t => (x, t))));
        return Prop.ForAll(gen.ToArbitrary(), list =>
        {
            var rows = list.Select(p => new RfmSummaryRow(p.x, p.x == 0 ? 0 : p.t, 10)).ToArray();
            var summary = RfmSummary.Collapse(rows, TimeUnit.Days);
            return summary.TotalWeight == rows.Length && summary.Rows.Count <= rows.Length
                && summary.Rows.Distinct().Count() == summary.Rows.Count;
        });
    }

    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) <= 1e-9 * Math.Abs(expected);
}
