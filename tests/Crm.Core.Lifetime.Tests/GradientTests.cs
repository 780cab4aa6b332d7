using Crm.Core.Customers;
using Crm.Core.Lifetime.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Lifetime.Tests;

/// <summary>
/// The analytic gradients the optimisers use, against Richardson-extrapolated central differences of the value paths
/// (<see cref="ParetoNbdLikelihood"/>, <see cref="BgNbdLikelihood"/>, <see cref="MbgNbdLikelihood"/>), in log-parameter
/// space: ∂ ln L / ∂ ln p = p ∂ ln L / ∂p.
/// </summary>
public class GradientTests
{
    private static readonly Gen<RfmSummaryRow[]> Rows =
        from count in Gen.Choose(1, 6)
        from rows in Gen.ArrayOf(
            from x in Gen.Choose(0, 40)
            from age in Gen.Choose(1, 80)
            from share in Gen.Choose(0, 10)
            from weight in Gen.Choose(1, 5)
            select new RfmSummaryRow(x, x == 0 ? 0d : age * share / 10d, age, weight), count)
        select rows;

    private static readonly Gen<double[]> Parameters =
        from r in Gen.Choose(5, 500)
        from alpha in Gen.Choose(1, 1000)
        from a in Gen.Choose(5, 500)
        from b in Gen.Choose(1, 1000)
        select new[] { r / 100d, alpha / 10d, a / 100d, b / 100d * 10d };

    [Property(MaxTest = 300)]
    public Property ParetoNbd_Gradient_MatchesFiniteDifferences() =>
        Prop.ForAll(Gen.Zip(Rows, Parameters).ToArbitrary(), input =>
        {
            var (rows, p) = input;
            var data = RowIndex.From(rows);
            var gradient = new ParetoNbdGradient(data, 1);
            return Check(p, q => ParetoNbdLikelihood.Sum(data, q[0], q[1], q[2], q[3]), (q, g) => gradient.Evaluate(q[0], q[1], q[2], q[3], g), rows);
        });

    [Property(MaxTest = 300)]
    public Property BgNbd_Gradient_MatchesFiniteDifferences() =>
        Prop.ForAll(Gen.Zip(Rows, Parameters).ToArbitrary(), input =>
        {
            var (rows, p) = input;
            var data = RowIndex.From(rows);
            var gradient = new BetaGeometricGradient(data, modified: false, 1);
            var bg = new[] { p[0], p[1], p[2], p[3] / 10d };
            return Check(bg, q => BgNbdLikelihood.Sum(data, q[0], q[1], q[2], q[3]), (q, g) => gradient.Evaluate(q[0], q[1], q[2], q[3], g), rows);
        });

    [Property(MaxTest = 300)]
    public Property MbgNbd_Gradient_MatchesFiniteDifferences() =>
        Prop.ForAll(Gen.Zip(Rows, Parameters).ToArbitrary(), input =>
        {
            var (rows, p) = input;
            var data = RowIndex.From(rows);
            var gradient = new BetaGeometricGradient(data, modified: true, 1);
            var bg = new[] { p[0], p[1], p[2], p[3] / 10d };
            return Check(bg, q => MbgNbdLikelihood.Sum(data, q[0], q[1], q[2], q[3]), (q, g) => gradient.Evaluate(q[0], q[1], q[2], q[3], g), rows);
        });

    [Theory]
    [InlineData(1e-3, 50.0)]
    [InlineData(50.0, 1e-3)]
    [InlineData(1e4, 0.5)]
    [InlineData(0.5, 1e4)]
    [InlineData(7.0, 7.0)]
    [InlineData(1.0, 1000.0)]
    public void ParetoNbd_Gradient_OneRateFarAboveTheOther_MatchesFiniteDifferences(double alpha, double beta)
    {
        // |α−β|/(max(α,β)+t_x) near 1 for the extreme pairs: the dropout integral and its derivatives come from quadrature
        // per row, except for the (0, 0) pair that 31 rows share, which may sum a longer series once (at 1 and 1000, w = 0.999).
        RfmSummaryRow[] rows =
        [
            new(0, 0, 39), new(1, 0.5, 39), new(3, 20, 39, 2), new(12, 38.5, 39), new(2, 39, 39),
            .. Enumerable.Range(0, 30).Select(i => new RfmSummaryRow(0, 0, 20 + (i * 0.7))),
        ];
        var data = RowIndex.From(rows);
        var gradient = new ParetoNbdGradient(data, 1);
        double[] p = [0.55, alpha, 0.61, beta];

        var result = Check(p, q => ParetoNbdLikelihood.Sum(data, q[0], q[1], q[2], q[3]), (q, g) => gradient.Evaluate(q[0], q[1], q[2], q[3], g), rows);

        Assert.True(result, "see the label");
    }

    [Fact]
    public void ParetoNbd_ParallelAndSerialEvaluations_AreIdentical()
    {
        var rows = Enumerable.Range(0, 40_000).Select(i => new RfmSummaryRow(i % 7, i % 7 == 0 ? 0 : (i % 39) * 0.7, 28 + (i % 12) + (i % 5 * 0.1))).ToArray();
        var data = RowIndex.From(rows);
        var serial = new double[4];
        var parallel = new double[4];

        var one = new ParetoNbdGradient(data, 1).Evaluate(0.55, 10.6, 0.61, 11.7, serial);
        var many = new ParetoNbdGradient(data, 4).Evaluate(0.55, 10.6, 0.61, 11.7, parallel);

        Assert.Equal(one, many);
        Assert.Equal(serial, parallel);
    }

    /// <summary>
    /// Compares the gradient's value with the value path (1e-10 relative) and each log-space derivative with
    /// (4 D(h/2) − D(h)) / 3 of central differences D(h) of the value path, h = 10⁻³ (1e-6, relative to the larger of 1 and
    /// the derivative).
    /// </summary>
    private static bool Check(double[] p, Func<double[], double> value, GradientLikelihood gradient, RfmSummaryRow[] rows)
    {
        var analytic = new double[4];
        var analyticValue = gradient(p, analytic);
        var expectedValue = value(p);
        var label = $"p = [{string.Join(", ", p)}], rows = [{string.Join("; ", rows.Select(r => $"{r.Frequency} {r.Recency} {r.Age} ×{r.Weight}"))}]";
        if (!(Math.Abs(analyticValue - expectedValue) <= 1e-10 * Math.Max(1d, Math.Abs(expectedValue))))
        {
            Assert.Fail($"{label}: value {analyticValue:R}, value path {expectedValue:R}");
        }

        for (var i = 0; i < 4; i++)
        {
            double Central(double h)
            {
                var up = (double[])p.Clone();
                var down = (double[])p.Clone();
                up[i] = p[i] * Math.Exp(h);
                down[i] = p[i] * Math.Exp(-h);
                return (value(up) - value(down)) / (2d * h);
            }

            var numeric = ((4d * Central(5e-4)) - Central(1e-3)) / 3d;
            var logSpace = analytic[i] * p[i];
            if (!(Math.Abs(numeric - logSpace) <= 1e-6 * Math.Max(1d, Math.Abs(logSpace))))
            {
                Assert.Fail($"{label}: ∂/∂ln p[{i}] analytic {logSpace:R}, finite differences {numeric:R}");
            }
        }

        return true;
    }
}
