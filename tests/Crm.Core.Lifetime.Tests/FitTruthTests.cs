using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Lifetime.Tests;

/// <summary>Issue 14, point 4: a fit that the data do not identify says so, and CLV refuses it unless the caller opts in.</summary>
public class FitTruthTests
{
    /// <summary>30 customers simulated from BG/NBD with the same dropout probability for everyone (a, b → ∞ at a fixed
    /// ratio): the likelihood is flat along a ridge, and the fit runs off to a ≈ 1e11, b ≈ 9e11 with standard errors
    /// five orders of magnitude beyond the values — the "a ≈ 2.4e6, b ≈ 2.0e7, standard errors 32×".</summary>
    private static readonly Lazy<RfmSummary> Ridge = new(() =>
    {
        var truth = new BgNbdParameters(0.8, 4, 1e5, 9e5, TimeUnit.Weeks);
        return RfmSummary.Collapse(LifetimeSimulation.SimulateBgNbd(truth, Enumerable.Repeat(39d, 30).ToArray(), new Random(1)), TimeUnit.Weeks);
    });

    private static readonly CustomerRfm Customer = new(CustomerCode.Parse("C-1"), 2, 30.43, 38.86, 22.35) { Unit = TimeUnit.Weeks };

    [Fact]
    public void BgNbd_NotIdentified_IsNotConvergedAndNamesTheLooseParameter()
    {
        var unchecked_ = BgNbdModel.Fit(Ridge.Value, new FitOptions { MaxRelativeStandardError = double.PositiveInfinity });
        var fit = BgNbdModel.Fit(Ridge.Value);

        // Without the check the fit looks fine: that is what the issue saw.
        Assert.True(unchecked_.Converged, unchecked_.Message);
        var a = unchecked_.Estimates.Single(e => e.Name == "a");
        Assert.True(a.Value > 1e6 && a.StandardError > 32 * a.Value, $"a = {a.Value} ± {a.StandardError}");
        Assert.False(fit.Converged);
        Assert.Contains("standard error of parameter", fit.Message, StringComparison.Ordinal);
        Assert.Contains("do not identify", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BgNbd_HessianNotPositiveDefinite_IsNotConverged()
    {
        // Four regular buyers and one who never came back: the optimum is on the boundary a → 0.
        var summary = RfmSummary.Collapse(
            [new RfmSummaryRow(10, 50, 52), new RfmSummaryRow(8, 49, 52), new RfmSummaryRow(12, 51, 52), new RfmSummaryRow(5, 45, 52), new RfmSummaryRow(0, 0, 52)],
            TimeUnit.Weeks);

        var fit = BgNbdModel.Fit(summary, new FitOptions { MaxRelativeStandardError = double.PositiveInfinity });

        Assert.False(fit.Converged);
        Assert.Contains("Hessian is not positive definite", fit.Message, StringComparison.Ordinal);
        Assert.Contains(fit.Estimates, e => e.StandardError is null);
    }

    [Fact]
    public void Clv_NotConvergedBgNbd_IsRefusedEveryWayItIsPassed()
    {
        var fit = BgNbdModel.Fit(Ridge.Value);
        Assert.False(fit.Converged);

        var calls = new (string Name, Action Call)[]
        {
            ("Predict(fit)", () => ClvCalculator.Predict(fit, null, [Customer], 52, 1, Discounting.None)),
            ("Predict(parameters)", () => ClvCalculator.Predict(fit.Parameters, null, [Customer], 52, 1, Discounting.None)),
            ("Predict(days)", () => ClvCalculator.Predict(fit.Parameters.ConvertTo(TimeUnit.Days), null, [Customer.InUnit(TimeUnit.Days)], 364, 1, Discounting.None)),
            ("Compute", () => ClvCalculator.Compute(fit.Parameters, Customer, 30, 52, 1, Discounting.None)),
            ("DiscountedExpectedPurchases", () => ClvCalculator.DiscountedExpectedPurchases(fit.Parameters, Customer, 52, Discounting.Continuous(0.002))),
            ("RequireConverged", () => fit.RequireConverged()),
        };
        foreach (var (name, call) in calls)
        {
            var ex = Assert.Throws<InvalidOperationException>(call);
            Assert.True(ex.Message.Contains(fit.Message, StringComparison.Ordinal), $"{name}: {ex.Message}");
        }
    }

    [Fact]
    public void Clv_NotConvergedBgNbd_WithTheExplicitOptIn_ComputesTheSameAsVouchedParameters()
    {
        var fit = BgNbdModel.Fit(Ridge.Value);
        var p = fit.Parameters;
        var vouched = new BgNbdParameters(p.R, p.Alpha, p.A, p.B, p.Unit);   // built by the caller: taken as given

        var fromFit = Assert.Single(ClvCalculator.Predict(fit, null, [Customer], 52, 1, Discounting.None, allowNotConverged: true));
        var fromParameters = Assert.Single(ClvCalculator.Predict(p, null, [Customer], 52, 1, Discounting.None, allowNotConverged: true));
        var fromVouched = Assert.Single(ClvCalculator.Predict(vouched, null, [Customer], 52, 1, Discounting.None));

        Assert.True(double.IsFinite(fromFit.ExpectedPurchases) && fromFit.ExpectedPurchases > 0);
        Assert.Equal(fromVouched, fromFit);
        Assert.Equal(fromVouched, fromParameters);
        Assert.Equal(ClvCalculator.Compute(vouched, Customer, 30, 52, 1, Discounting.None),
            ClvCalculator.Compute(p, Customer, 30, 52, 1, Discounting.None, allowNotConverged: true));
    }

    [Fact]
    public void Clv_NotConvergedGammaGamma_IsRefusedUnlessAllowed()
    {
        var bg = BgNbdModel.Fit(Cdnow.Weeks());
        var spend = GammaGammaModel.Fit(Cdnow.SpendRows(), new FitOptions { MaxRelativeStandardError = 1e-9 });
        Assert.True(bg.Converged, bg.Message);
        Assert.False(spend.Result.Converged);

        var viaFit = Assert.Throws<InvalidOperationException>(() => ClvCalculator.Predict(bg, spend, [Customer], 52, 1, Discounting.None));
        var viaParameters = Assert.Throws<InvalidOperationException>(() => ClvCalculator.Predict(bg.Parameters, spend.Result.Parameters, [Customer], 52, 1, Discounting.None));

        Assert.Contains("Gamma-Gamma", viaFit.Message, StringComparison.Ordinal);
        Assert.Contains(spend.Result.Message, viaParameters.Message, StringComparison.Ordinal);
        var row = Assert.Single(ClvCalculator.Predict(bg, spend, [Customer], 52, 1, Discounting.None, allowNotConverged: true));
        Assert.True(row.Clv > 0);
        Assert.NotNull(Assert.Single(ClvCalculator.Predict(bg, null, [Customer], 52, 1, Discounting.None)));   // converged BG/NBD alone
    }

    [Fact]
    public void Penalizer_NotIdentifiedData_GivesAnIdentifiedFitAndReportsTheUnpenalizedLikelihood()
    {
        var plain = BgNbdModel.Fit(Ridge.Value);
        var penalized = BgNbdModel.Fit(Ridge.Value, new FitOptions { Penalizer = 0.001 });

        Assert.True(penalized.Converged, penalized.Message);
        Assert.All(penalized.Estimates, e => Assert.True(e.Value < 100 && e.StandardError < FitOptions.Default.MaxRelativeStandardError * e.Value, $"{e.Name} = {e.Value} ± {e.StandardError}"));
        Assert.Equal(penalized.Parameters.LogLikelihood(Ridge.Value), penalized.LogLikelihood, 9);
        Assert.True(penalized.LogLikelihood <= plain.LogLikelihood + 1e-9, $"{penalized.LogLikelihood} > {plain.LogLikelihood}");
        Assert.Single(ClvCalculator.Predict(penalized, null, [Customer], 52, 1, Discounting.None));
    }

    [Fact]
    public void Penalizer_ZeroIsTheDefault_AndANegativeOrNaNValueIsRefused()
    {
        Assert.Equal(BgNbdModel.Fit(Cdnow.Weeks()).Parameters, BgNbdModel.Fit(Cdnow.Weeks(), new FitOptions { Penalizer = 0 }).Parameters);
        Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdModel.Fit(Cdnow.Weeks(), new FitOptions { Penalizer = -0.1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.Fit(Cdnow.SpendRows(), new FitOptions { Penalizer = double.NaN }));
    }

    [Fact]
    public void Penalizer_GammaGamma_ShrinksAndStaysConverged()
    {
        var plain = GammaGammaModel.Fit(Cdnow.SpendRows());
        var penalized = GammaGammaModel.Fit(Cdnow.SpendRows(), new FitOptions { Penalizer = 0.01 });

        Assert.True(penalized.Result.Converged, penalized.Result.Message);
        var sumSquares = (GammaGammaParameters g) => (g.P * g.P) + (g.Q * g.Q) + (g.Gamma * g.Gamma);
        Assert.True(sumSquares(penalized.Result.Parameters) < sumSquares(plain.Result.Parameters));
        Assert.True(penalized.Result.LogLikelihood <= plain.Result.LogLikelihood + 1e-9);
    }

    /// <summary>Whatever the data: a converged fit predicts; a fit that did not converge is refused without the opt-in,
    /// and with it predicts exactly what the same numbers give when the caller vouches for them.</summary>
    [Property(MaxTest = 25)]
    public Property Clv_RefusesExactlyTheFitsThatDidNotConverge() =>
        Prop.ForAll(
            Gen.ListOf(from x in Gen.Choose(0, 6) from tx in Gen.Choose(0, 30) from extra in Gen.Choose(0, 10)
                       select new RfmSummaryRow(x, x == 0 ? 0 : tx, (x == 0 ? 0 : tx) + extra + 1)).Where(l => l.Count >= 3).ToArbitrary(),
            rows =>
            {
                var fit = BgNbdModel.Fit(RfmSummary.Collapse(rows, TimeUnit.Weeks));
                var p = fit.Parameters;
                var vouched = Assert.Single(ClvCalculator.Predict(new BgNbdParameters(p.R, p.Alpha, p.A, p.B, p.Unit), null, [Customer], 26, 1, Discounting.None));
                if (fit.Converged)
                {
                    Assert.Equal(vouched, Assert.Single(ClvCalculator.Predict(fit, null, [Customer], 26, 1, Discounting.None)));
                }
                else
                {
                    Assert.Throws<InvalidOperationException>(() => ClvCalculator.Predict(p, null, [Customer], 26, 1, Discounting.None));
                    Assert.Equal(vouched, Assert.Single(ClvCalculator.Predict(fit, null, [Customer], 26, 1, Discounting.None, allowNotConverged: true)));
                }
            });
}
