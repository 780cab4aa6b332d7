using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;

namespace Crm.Core.Lifetime.Tests;

public class IdentificationTests
{
    [Fact]
    public void Fit_StandardErrorBeyondTheLimit_IsNotConvergedAndNamesTheParameter()
    {
        var summary = Cdnow.Weeks();

        var normal = BgNbdModel.Fit(summary);
        var strict = BgNbdModel.Fit(summary, new FitOptions { MaxRelativeStandardError = 1e-3 });

        Assert.True(normal.Converged, normal.Message);
        Assert.False(strict.Converged);
        Assert.Contains("standard error of parameter", strict.Message, StringComparison.Ordinal);
        Assert.Contains("MaxRelativeStandardError", strict.Message, StringComparison.Ordinal);
        Assert.Equal(normal.Parameters, strict.Parameters);
    }

    [FsCheck.Xunit.Property(MaxTest = 25)]
    public Property Fit_Converged_ImpliesEveryStandardErrorWithinTheLimit() =>
        Prop.ForAll(
            Gen.ListOf(from x in Gen.Choose(0, 6) from tx in Gen.Choose(0, 30) from extra in Gen.Choose(0, 10)
                       select new RfmSummaryRow(x, x == 0 ? 0 : tx, (x == 0 ? 0 : tx) + extra + 1)).Where(l => l.Count >= 3).ToArbitrary(),
            rows =>
            {
                var fit = BgNbdModel.Fit(RfmSummary.Collapse(rows, TimeUnit.Weeks));
                if (fit.Converged)
                {
                    Assert.All(fit.Estimates, e => Assert.True(e.StandardError is { } se && se <= FitOptions.Default.MaxRelativeStandardError * e.Value,
                        $"{e.Name} = {e.Value}, SE {e.StandardError}"));
                }
            });
}

public class FitBudgetTests
{
    [Fact]
    public void Fit_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ParetoNbdModel.Fit(Cdnow.Weeks(), FitOptions.Default, cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => BgNbdModel.Fit(Cdnow.Weeks(), FitOptions.Default, cancel.Token));
    }

    [Fact]
    public void Fit_ZeroTimeBudget_EndsNotConvergedWithTheReason()
    {
        var fit = ParetoNbdModel.Fit(Cdnow.Weeks(), new FitOptions { MaxDuration = TimeSpan.Zero });

        Assert.False(fit.Converged);
        Assert.Contains("MaxDuration", fit.Message, StringComparison.Ordinal);
        Assert.True(double.IsFinite(fit.LogLikelihood));
    }

    [Fact]
    public void Fit_AmpleTimeBudget_SameResultAsNoBudget()
    {
        var plain = BgNbdModel.Fit(Cdnow.Weeks());
        var budgeted = BgNbdModel.Fit(Cdnow.Weeks(), new FitOptions { MaxDuration = TimeSpan.FromHours(1) });

        Assert.True(budgeted.Converged, budgeted.Message);
        Assert.Equal(plain.Parameters, budgeted.Parameters);
    }
}
