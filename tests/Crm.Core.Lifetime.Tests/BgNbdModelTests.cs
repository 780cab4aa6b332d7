using Crm.Core.Customers;

namespace Crm.Core.Lifetime.Tests;

public class BgNbdModelTests
{
    [Fact]
    public void Fit_CdnowCalibration_ReproducesPublishedParameters()
    {
        var summary = Cdnow.Weeks();

        var fit = BgNbdModel.Fit(summary);

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(2357, fit.Customers);
        Cdnow.AssertRelative(0.242595, fit.Parameters.R, 1e-3, "r");
        Cdnow.AssertRelative(4.413602, fit.Parameters.Alpha, 1e-3, "alpha");
        Cdnow.AssertRelative(0.792922, fit.Parameters.A, 1e-3, "a");
        Cdnow.AssertRelative(2.425906, fit.Parameters.B, 1e-3, "b");
        Assert.InRange(fit.LogLikelihood, -9582.429 - 0.001, -9582.429 + 0.001);
    }
}
