using Crm.Core.Customers;

namespace Crm.Core.Lifetime.Tests;

public class SimulationTests
{
    [Fact]
    public void Fit_TenThousandSimulatedCustomers_RecoversParametersWithinTenPercent()
    {
        var truth = new BgNbdParameters(0.5, 5.0, 0.8, 2.5, TimeUnit.Weeks);
        var random = new Random(20261122);
        var ages = Enumerable.Range(0, 10_000).Select(i => 52d + (i % 53)).ToArray();
        var rows = LifetimeSimulation.SimulateBgNbd(truth, ages, random);

        var fit = BgNbdModel.Fit(RfmSummary.Collapse(rows, TimeUnit.Weeks));

        Assert.True(fit.Converged, fit.Message);
        Cdnow.AssertRelative(truth.R, fit.Parameters.R, 0.1, "r");
        Cdnow.AssertRelative(truth.Alpha, fit.Parameters.Alpha, 0.1, "alpha");
        Cdnow.AssertRelative(truth.A, fit.Parameters.A, 0.1, "a");
        Cdnow.AssertRelative(truth.B, fit.Parameters.B, 0.1, "b");
        Assert.All(fit.Estimates, e => Assert.True(e.StandardError > 0));
    }
}
