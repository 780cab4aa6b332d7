namespace Crm.Core.Lifetime.Tests;

public class ParetoNbdModelTests
{
    [Fact]
    public void Fit_CdnowCalibration_ReproducesPublishedResults()
    {
        var fit = ParetoNbdModel.Fit(Cdnow.Weeks());

        Assert.True(fit.StartingPoints >= 2);
        Assert.True(fit.Converged, fit.Message);
        Assert.InRange(fit.LogLikelihood, -9594.976 - 0.001, -9594.976 + 0.001);
        Cdnow.AssertRelative(0.553277, fit.Parameters.R, 2e-3, "r");
        Cdnow.AssertRelative(10.577684, fit.Parameters.Alpha, 2e-3, "alpha");
        Cdnow.AssertRelative(0.606240, fit.Parameters.S, 2e-3, "s");
        Assert.InRange(fit.Parameters.Beta, 11.669 - 0.05, 11.669 + 0.05);
    }

    [Fact]
    public void LogLikelihood_PublishedParameters_MatchesPublishedValue()
    {
        var parameters = new ParetoNbdParameters(0.553277, 10.577684, 0.606240, 11.669, Customers.TimeUnit.Weeks);

        Assert.InRange(parameters.LogLikelihood(Cdnow.Weeks()), -9594.976 - 0.01, -9594.976 + 0.01);
    }
}
