using Crm.Core.Customers;

namespace Crm.Core.Lifetime.Tests;

public class LifetimeMatricesTests
{
    private static readonly BgNbdParameters Bg = new(0.242595, 4.413602, 0.792922, 2.425906, TimeUnit.Weeks);

    [Fact]
    public void ProbabilityAlive_Matrix_HoldsTheModelValueAtEachCell()
    {
        var matrix = LifetimeMatrices.ProbabilityAlive(Bg, 10, 39);

        Assert.Equal(11, matrix.GetLength(0));
        Assert.Equal(40, matrix.GetLength(1));
        Assert.Equal(Bg.ProbabilityAlive(4, 17, 39), matrix[4, 17]);
        Assert.Equal(1d, matrix[0, 25]);
        // More recent purchases mean more likely alive, for every frequency ≥ 1.
        for (var x = 1; x <= 10; x++)
        {
            for (var t = 1; t < 40; t++)
            {
                Assert.True(matrix[x, t] >= matrix[x, t - 1], $"x={x}, t_x={t}");
            }
        }
    }

    [Fact]
    public void ExpectedPurchases_Matrix_HoldsTheModelValueAtEachCell()
    {
        var pareto = new ParetoNbdParameters(0.553277, 10.577684, 0.606240, 11.669, TimeUnit.Weeks);

        var matrix = LifetimeMatrices.ExpectedPurchases(pareto, 26, 5, 38.5);

        Assert.Equal(39, matrix.GetLength(1));
        Assert.Equal(pareto.ExpectedPurchases(26, 5, 38, 38.5), matrix[5, 38]);
        Assert.Equal(pareto.ExpectedPurchases(26, 0, 0, 38.5), matrix[0, 10]);
    }
}
