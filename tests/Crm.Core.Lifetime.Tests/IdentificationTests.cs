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
