using Crm.Core.Customers;

namespace Crm.Core.Lifetime.Tests;

public class ModelComparisonTests
{
    [Fact]
    public void LikelihoodRatio_TwoDegreesOfFreedom_HasTheExponentialTail()
    {
        // χ²₂ has survival function e^(−x/2): statistic 6 gives e^(−3).
        var test = ModelComparison.LikelihoodRatio(-100, -97, 2);

        Assert.Equal(6d, test.Statistic, 1e-12);
        Assert.Equal(2, test.DegreesOfFreedom);
        Assert.Equal(Math.Exp(-3), test.PValue, 1e-14);
    }

    [Fact]
    public void LikelihoodRatio_OneDegreeOfFreedom_MatchesTheNormalQuantile()
    {
        var test = ModelComparison.LikelihoodRatio(0, 3.841458820694124 / 2, 1);

        Assert.Equal(0.05, test.PValue, 1e-12);
    }

    [Fact]
    public void LikelihoodRatio_FarTail_IsNotRoundedToZero()
    {
        var test = ModelComparison.LikelihoodRatio(0, 500, 1);

        Assert.InRange(test.PValue, 1e-220, 1e-210);
    }

    [Fact]
    public void LikelihoodRatio_FullModelNotBetter_HasStatisticZeroAndPValueOne()
    {
        var test = ModelComparison.LikelihoodRatio(-10, -10.5, 1);

        Assert.Equal(0d, test.Statistic);
        Assert.Equal(1d, test.PValue);
    }

    [Fact]
    public void LikelihoodRatio_ModelsWithTheSameNumberOfParameters_AreRejectedAsNotNested()
    {
        var bg = BgNbdModel.Fit(Cdnow.Weeks());
        var mbg = MbgNbdModel.Fit(Cdnow.Weeks());

        var error = Assert.Throws<ArgumentException>(() => ModelComparison.LikelihoodRatio(bg, mbg));
        Assert.Contains("not nested", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ModelComparison.LikelihoodRatio(-1, -1, 0));
    }

    [Fact]
    public void LikelihoodRatio_FitsOnDifferentCustomers_Throws()
    {
        var all = BgNbdModel.Fit(Cdnow.Weeks());
        var some = BgNbdModel.Fit(RfmSummary.Collapse(Cdnow.Weeks().Rows.Take(500), TimeUnit.Weeks));

        Assert.Throws<ArgumentException>(() => ModelComparison.LikelihoodRatio(some, all, 1));
    }

    [Fact]
    public void Vuong_BgNbdAgainstParetoNbdOnCdnow_SumsToTheDifferenceOfTheFitsAndIsAntisymmetric()
    {
        var summary = Cdnow.Weeks();
        var bg = BgNbdModel.Fit(summary);
        var pareto = ParetoNbdModel.Fit(summary);

        var test = ModelComparison.Vuong(bg.Parameters, pareto.Parameters, summary);
        var reversed = ModelComparison.Vuong(pareto.Parameters, bg.Parameters, summary);

        Assert.Equal(bg.LogLikelihood - pareto.LogLikelihood, test.LogLikelihoodRatio, 1e-6);
        Assert.Equal(-test.Statistic, reversed.Statistic, 1e-12);
        Assert.Equal(test.PValue, reversed.PValue, 1e-12);
        Assert.Equal(1, test.Favoured);
        Assert.Equal(2, reversed.Favoured);

        // CDNOW: BG/NBD's log-likelihood is 12.5 higher, but the per-customer differences vary too much for that to be
        // significant (published in docs/lifetime.md).
        Assert.InRange(test.Statistic, 1.0, 2.0);
        Assert.InRange(test.PValue, 0.05, 0.35);
    }

    [Fact]
    public void Vuong_ModelsInAnotherUnit_AreConvertedToTheSummarysUnit()
    {
        var summary = Cdnow.Weeks();
        var bg = BgNbdModel.Fit(summary).Parameters;
        var mbg = MbgNbdModel.Fit(summary).Parameters;

        var weeks = ModelComparison.Vuong(bg, mbg, summary);
        var days = ModelComparison.Vuong(bg.ConvertTo(TimeUnit.Days), mbg.ConvertTo(TimeUnit.Days), summary);

        Assert.Equal(weeks.Statistic, days.Statistic, 1e-9);
    }
}
