namespace Crm.Core.Lifetime.Tests;

/// <summary>Standard errors against the published references (issue 16), to 1e-3 relative.</summary>
public class StandardErrorTests
{
    [Fact]
    public void Fit_BgNbdOnLifetimesRoundedSummary_MatchesLifetimesStandardErrors()
    {
        var fit = BgNbdModel.Fit(Cdnow.RoundedWeeks());

        Assert.True(fit.Converged, fit.Message);
        AssertErrors(fit.Estimates, [0.012557, 0.378221, 0.185719, 0.705345]);
    }

    [Fact]
    public void Fit_ParetoNbdOnFullPrecisionSummary_MatchesClvToolsStandardErrors()
    {
        var fit = ParetoNbdModel.Fit(Cdnow.Weeks());

        Assert.True(fit.Converged, fit.Message);
        AssertErrors(fit.Estimates, [0.0476264, 0.8427222, 0.1872594, 6.2105448]);
    }

    private static void AssertErrors(IReadOnlyList<ParameterEstimate> estimates, double[] expected)
    {
        var actual = estimates.Select(e => e.StandardError ?? double.NaN).ToArray();
        var report = string.Join(", ", actual.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(actual[i] - expected[i]) <= 1e-3 * expected[i], $"se({estimates[i].Name}): expected {expected[i]}, got {actual[i]} (all: {report})");
        }
    }
}
