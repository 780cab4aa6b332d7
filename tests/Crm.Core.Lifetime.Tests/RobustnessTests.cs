using Crm.Core.Customers;
using Crm.Core.Lifetime.Internal;

namespace Crm.Core.Lifetime.Tests;

public class RobustnessTests
{
    private static readonly BgNbdParameters Bg = new(0.242595, 4.413602, 0.792922, 2.425906, TimeUnit.Weeks);
    private static readonly ParetoNbdParameters Pareto = new(0.553277, 10.577684, 0.606240, 11.669, TimeUnit.Weeks);

    public static TheoryData<int, double, double> Histories() => new()
    {
        { 0, 0, 39 }, { 1, 0.1, 39 }, { 100, 38, 39 }, { 1000, 20, 39 }, { 10_000, 38.9, 39 }, { 10_000, 39, 39 }, { 10_000, 1, 39 },
        { 10_000, 300, 365 }, { 5_000, 0.001, 0.002 },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public void Predictions_LargeFrequencies_AreFinite(int x, double tx, double age)
    {
        var rows = RfmSummary.Collapse([new RfmSummaryRow(x, tx, age)], TimeUnit.Weeks);
        double[] values =
        [
            Bg.LogLikelihood(rows), Bg.ProbabilityAlive(x, tx, age), Bg.ExpectedPurchases(39, x, tx, age),
            Pareto.LogLikelihood(rows), Pareto.ProbabilityAlive(x, tx, age), Pareto.ExpectedPurchases(39, x, tx, age),
            Pareto.DiscountedExpectedResidualTransactions(x, tx, age, 0.001),
        ];

        Assert.All(values, v => Assert.True(double.IsFinite(v), $"not finite: {string.Join(", ", values)}"));
        Assert.InRange(values[1], 0, 1);
        Assert.InRange(values[4], 0, 1);
    }

    [Fact]
    public void ProbabilityAlive_BgNbdWithoutRepeatPurchase_IsOne()
    {
        Assert.Equal(1d, Bg.ProbabilityAlive(0, 0, 39));
        Assert.Equal(1d, Bg.ProbabilityAlive(0, 0, 1e6));
    }

    [Fact]
    public void ProbabilityAlive_FrequentRecentBuyer_IsHigherThanLapsedOne()
    {
        Assert.True(Bg.ProbabilityAlive(10, 38, 39) > Bg.ProbabilityAlive(10, 5, 39));
        Assert.True(Pareto.ProbabilityAlive(10, 38, 39) > Pareto.ProbabilityAlive(10, 5, 39));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void Log2F1_KnownClosedForms_Match(double z)
    {
        // 2F1(1, 1; 2; z) = −ln(1−z)/z and 2F1(a, b; b; z) = (1−z)^(−a).
        Assert.Equal(Math.Log(-Math.Log(1 - z) / z), Hypergeometric.Log2F1(1, 1, 2, z), 1e-10);
        Assert.Equal(-2.5 * Math.Log(1 - z), Hypergeometric.Log2F1(2.5, 3.7, 3.7, z), 1e-10);
    }

    [Theory]
    [InlineData(1e-12)]
    [InlineData(-3e-9)]
    [InlineData(2.5e-7)]
    [InlineData(0.3)]
    [InlineData(-5.0)]
    public void ExpM1AndLog1P_SmallArguments_KeepFullRelativePrecision(double x)
    {
        // Taylor series to x⁵, exact to double precision for |x| ≤ 1e-3; MathNet's reference otherwise.
        var expM1 = Math.Abs(x) < 1e-3 ? x * (1 + (x / 2 * (1 + (x / 3 * (1 + (x / 4 * (1 + (x / 5)))))))) : Math.Exp(x) - 1;
        var log1P = Math.Abs(x) < 1e-3 ? x * (1 - (x / 2) + (x * x / 3) - (x * x * x / 4)) : Math.Log(1 + x);

        Assert.Equal(0d, Math.Abs(LogMath.ExpM1(x) - expM1) / Math.Abs(expM1), 14);
        if (x > -1)
        {
            Assert.Equal(0d, Math.Abs(LogMath.Log1P(x) - log1P) / Math.Abs(log1P), 14);
        }
    }

    [Fact]
    public void Log2F1_BeyondDoubleRange_StaysFinite()
    {
        var value = Hypergeometric.Log2F1(10_000, 10_000, 10_001, 0.9);

        Assert.True(double.IsFinite(value));
        Assert.True(value > 709);
    }

    [Fact]
    public void ExpectedPurchases_BrandNewCustomer_EqualsNewCustomerFormula()
    {
        Assert.Equal(Bg.ExpectedPurchasesNewCustomer(39), Bg.ExpectedPurchases(39, 0, 0, 1e-12), 1e-9);
        Assert.Equal(Pareto.ExpectedPurchasesNewCustomer(39), Pareto.ExpectedPurchases(39, 0, 0, 1e-12), 1e-6);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(39.0)]
    [InlineData(200.0)]
    public void ProbabilityOfPurchases_SumsToOneWithMeanEqualToExpectation(double t)
    {
        var probabilities = Enumerable.Range(0, 2000).Select(n => Bg.ProbabilityOfPurchases(n, t)).ToArray();

        Assert.Equal(1d, probabilities.Sum(), 1e-6);
        Assert.Equal(Bg.ExpectedPurchasesNewCustomer(t), probabilities.Select((p, n) => p * n).Sum(), 1e-4);
    }

    [Fact]
    public void DiscountedExpectedResidualTransactions_ShapeOne_MatchesExponentialIntegral()
    {
        var model = new ParetoNbdParameters(0.55, 10.6, 1.0, 11.7, TimeUnit.Weeks);
        const double delta = 0.002;
        var z = delta * (11.7 + 39);
        var alive = model.ProbabilityAlive(3, 30, 39);
        var expected = alive * (0.55 + 3) / (10.6 + 39) * (11.7 + 39) * Math.Exp(z) * MathNet.Numerics.SpecialFunctions.ExponentialIntegral(z, 1);

        Assert.Equal(expected, model.DiscountedExpectedResidualTransactions(3, 30, 39, delta), 1e-6);
    }

    [Fact]
    public void ExpectedPurchases_DropoutShapeExactlyOne_IsFiniteAndContinuous()
    {
        var atOne = new BgNbdParameters(0.25, 4.4, 1.0, 2.4, TimeUnit.Weeks);
        var near = new BgNbdParameters(0.25, 4.4, 1.001, 2.4, TimeUnit.Weeks);

        Assert.Equal(near.ExpectedPurchases(39, 2, 30, 39), atOne.ExpectedPurchases(39, 2, 30, 39), 1e-2);
        Assert.Equal(near.ExpectedPurchasesNewCustomer(39), atOne.ExpectedPurchasesNewCustomer(39), 1e-2);
    }

    [Fact]
    public void Fit_DegenerateData_ReportsInsteadOfThrowing()
    {
        var summary = RfmSummary.Collapse([new RfmSummaryRow(0, 0, 10), new RfmSummaryRow(0, 0, 20)], TimeUnit.Weeks);

        var fit = BgNbdModel.Fit(summary, new FitOptions { MaxIterations = 20 });

        Assert.False(fit.Converged);
        Assert.False(string.IsNullOrWhiteSpace(fit.Message));
        Assert.True(double.IsFinite(fit.LogLikelihood));
    }
}

public class HugeFrequencyTests
{
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public void LogRising_TablePathAndLogGammaPath_Agree(FsCheck.PositiveInt shape, byte offset)
    {
        // Just above the recurrence limit the log-gamma path is used; summing the recurrence there by hand is the
        // independent reference.
        var a = shape.Get / 97d;
        var x = RowIndex.RecurrenceLimit + 1 + offset;
        var index = RowIndex.From([new RfmSummaryRow(x, 10, 20)]);
        var reference = 0d;
        for (var k = 0; k < x; k++)
        {
            reference += Math.Log(a + k);
        }

        Assert.Equal(reference, index.LogRising(a)[0], Math.Abs(reference) * 1e-12 + 1e-9);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public void RisingDerivative_TablePathAndDigammaPath_Agree(FsCheck.PositiveInt shape, byte offset)
    {
        // Above the recurrence limit the gradient uses ψ(a + x) − ψ(a); the hand-summed series is the reference.
        var a = shape.Get / 97d;
        var x = RowIndex.RecurrenceLimit + 1 + offset;
        var index = RowIndex.From([new RfmSummaryRow(x, 10, 20)]);
        var reference = 0d;
        for (var k = 0; k < x; k++)
        {
            reference += 1d / (a + k);
        }

        Assert.Equal(reference, index.RisingDerivative(a)[0], Math.Abs(reference) * 1e-10 + 1e-12);
    }

    [Fact]
    public void Fit_FrequencyNearIntMaxValue_EndsWithFiniteLikelihood()
    {
        // A frequency of 2^31 − 1 overflowed the recurrence table's size and allocated 8·x bytes per evaluation.
        var rows = RfmSummary.Collapse([new RfmSummaryRow(int.MaxValue, 7.77, 29.7), new RfmSummaryRow(2, 3, 29.7), new RfmSummaryRow(0, 0, 29.7)], TimeUnit.Weeks);
        var bg = BgNbdModel.Fit(rows);
        var mbg = MbgNbdModel.Fit(rows);
        var pareto = ParetoNbdModel.Fit(rows);
        Assert.True(double.IsFinite(bg.LogLikelihood), $"BG/NBD: {bg.LogLikelihood}");
        Assert.True(double.IsFinite(mbg.LogLikelihood), $"MBG/NBD: {mbg.LogLikelihood}");
        Assert.True(double.IsFinite(pareto.LogLikelihood), $"Pareto/NBD: {pareto.LogLikelihood}");
    }
}
