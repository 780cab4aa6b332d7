using System.Text.Json;
using Crm.Core.Customers;

namespace Crm.Core.Lifetime.Tests;

/// <summary>Fitted parameters written with System.Text.Json load back to equal records (save a fit, predict later).</summary>
public class ParameterSerializationTests
{
    [Fact]
    public void BgNbdParameters_JsonRoundTrip_IsEqualAndPredictsTheSame()
    {
        var parameters = new BgNbdParameters(0.2425945235429499, 4.413602019982362, 0.7929211965809337, 2.4259036892115042, TimeUnit.Weeks);

        var loaded = JsonSerializer.Deserialize<BgNbdParameters>(JsonSerializer.Serialize(parameters));

        Assert.Equal(parameters, loaded);
        Assert.Equal(parameters.ExpectedPurchases(39, 2, 30.43, 38.86), loaded!.ExpectedPurchases(39, 2, 30.43, 38.86));
    }

    [Fact]
    public void ParetoNbdAndGammaGammaParameters_JsonRoundTrip_AreEqual()
    {
        var pareto = new ParetoNbdParameters(0.553277, 10.577684, 0.606240, 11.669, TimeUnit.Days);
        var spend = new GammaGammaParameters(6.249573, 3.744225, 15.443518);

        Assert.Equal(pareto, JsonSerializer.Deserialize<ParetoNbdParameters>(JsonSerializer.Serialize(pareto)));
        Assert.Equal(spend, JsonSerializer.Deserialize<GammaGammaParameters>(JsonSerializer.Serialize(spend)));
    }

    [Fact]
    public void BgNbdParameters_JsonWithInvalidValue_IsRejectedByTheConstructor()
    {
        Assert.Throws<ArgumentException>(() => JsonSerializer.Deserialize<BgNbdParameters>("""{"R":-1,"Alpha":4.4,"A":0.79,"B":2.4,"Unit":1}"""));
    }
}
