using System.Globalization;
using System.Text.Json;
using Crm.Core.TestKit;
using MathNet.Numerics;

namespace Crm.Core.Lifetime.Tests;

/// <summary>BG/BB on the donation data of Fader, Hardie &amp; Shang (2010); see Data/README.md for the file's source and licence.</summary>
public class BgBbModelTests
{
    private static readonly BgBbParameters Published = new(1.204, 0.750, 0.657, 2.783);

    internal static IReadOnlyList<DiscreteRfmRow> Donations()
    {
        var lines = RepositoryFiles.ReadText("tests/Crm.Core.Lifetime.Tests/Data/donations.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("frequency,recency,n,n_custs", lines[0]);
        return lines.Skip(1).Select(line => line.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .Select(v => new DiscreteRfmRow(v[0], v[1], v[2], v[3])).ToArray();
    }

    [Fact]
    public void Fit_Donations_ReproducesThePublishedEstimates()
    {
        var rows = Donations();

        var fit = BgBbModel.Fit(rows);

        Assert.Equal(11_104, fit.Customers);
        Assert.Equal(22, fit.Rows);
        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(-33_225.6, fit.LogLikelihood, 0.05);
        Assert.Equal(1.204, fit.Parameters.Alpha, 0.0005);
        Assert.Equal(0.750, fit.Parameters.Beta, 0.0005);
        Assert.Equal(0.657, fit.Parameters.Gamma, 0.0005);
        Assert.Equal(2.783, fit.Parameters.Delta, 0.0005);
        Assert.Equal(["alpha", "beta", "gamma", "delta"], fit.Estimates.Select(e => e.Name));
        Assert.All(fit.Estimates, e => Assert.True(e.StandardError > 0));
    }

    [Fact]
    public void LogLikelihood_PublishedParameters_MatchesThePublishedValue()
    {
        Assert.Equal(-33_225.6, Published.LogLikelihood(Donations()), 0.1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(11)]
    public void Likelihoods_OverEveryHistory_SumToOneAndAverageToThePopulationFigures(int n)
    {
        // Every (x, t_x) history stands for C(t_x − 1, x − 1) purchase sequences (1 for x = 0), each with likelihood L.
        double total = 0, alive = 0, future = 0;
        for (var tx = 0; tx <= n; tx++)
        {
            for (var x = tx == 0 ? 0 : 1; x <= tx; x++)
            {
                var sequences = tx == 0 ? 1d : SpecialFunctions.Binomial(tx - 1, x - 1);
                var probability = sequences * Math.Exp(Published.LogLikelihood([new DiscreteRfmRow(x, tx, n)]));
                total += probability;
                alive += probability * Published.ProbabilityAlive(x, tx, n);
                future += probability * Published.ExpectedPurchases(5, x, tx, n);
            }
        }

        Assert.Equal(1d, total, 1e-12);
        Assert.Equal(Math.Exp(SpecialFunctions.BetaLn(0.657, 2.783 + n + 1) - SpecialFunctions.BetaLn(0.657, 2.783)), alive, 1e-12);
        Assert.Equal(Published.ExpectedPurchasesNewCustomer(n + 5) - Published.ExpectedPurchasesNewCustomer(n), future, 1e-12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(20)]
    public void ProbabilityOfPurchases_SumsToOneWithTheExpectationAsMean(int n)
    {
        var probabilities = Enumerable.Range(0, n + 1).Select(x => Published.ProbabilityOfPurchases(x, n)).ToArray();

        Assert.Equal(1d, probabilities.Sum(), 1e-12);
        Assert.Equal(Published.ExpectedPurchasesNewCustomer(n), probabilities.Select((p, x) => p * x).Sum(), 1e-12);
        Assert.Equal(0d, Published.ProbabilityOfPurchases(n + 1, n));
    }

    [Theory]
    [InlineData(0, 0, 6)]
    [InlineData(3, 4, 6)]
    [InlineData(6, 6, 6)]
    public void DiscountedExpectedResidualTransactions_MatchesALongDiscountedSum(int x, int tx, int n)
    {
        const double d = 0.1;
        var sum = 0d;
        var previous = 0d;
        for (var k = 1; k <= 600; k++)
        {
            var expected = Published.ExpectedPurchases(k, x, tx, n);
            sum += (expected - previous) / Math.Pow(1 + d, k);
            previous = expected;
        }

        Assert.Equal(sum, Published.DiscountedExpectedResidualTransactions(x, tx, n, d), 1e-10);
    }

    [Fact]
    public void ProbabilityAlive_DonorOfEveryYear_IsHigherThanLapsedDonor()
    {
        Assert.True(Published.ProbabilityAlive(6, 6, 6) > Published.ProbabilityAlive(3, 3, 6));
        Assert.True(Published.ProbabilityAlive(3, 6, 6) > Published.ProbabilityAlive(3, 3, 6));
    }

    [Fact]
    public void Parameters_JsonRoundTrip_AreEqual()
    {
        Assert.Equal(Published, JsonSerializer.Deserialize<BgBbParameters>(JsonSerializer.Serialize(Published)));
    }

    [Theory]
    [InlineData(1, 0, 6)]
    [InlineData(0, 1, 6)]
    [InlineData(3, 2, 6)]
    [InlineData(2, 7, 6)]
    public void Row_InconsistentHistory_IsRejected(int x, int tx, int n)
    {
        Assert.ThrowsAny<ArgumentException>(() => new DiscreteRfmRow(x, tx, n));
    }

    [Fact]
    public void Fit_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => BgBbModel.Fit(Donations(), cancellationToken: cts.Token));
    }
}
