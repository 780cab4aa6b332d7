namespace Crm.Core.Lifetime.Tests;

public class LifetimeOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_HasNoErrors() => Assert.Empty(LifetimeOptionsValidator.Validate(new LifetimeOptions()));

    [Fact]
    public void Validate_SeveralBadSettings_ReportsEveryOneAtOnce()
    {
        var options = new LifetimeOptions { Margin = 1.5, DiscountRate = -0.1, MaxIterations = 1, ValueTiers = 0 };

        var errors = LifetimeOptionsValidator.Validate(options);

        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.Contains("Margin", StringComparison.Ordinal) && e.Contains("1.5", StringComparison.Ordinal));
    }

    [Fact]
    public void ToDiscounting_PerPeriod_CarriesTheRate()
    {
        var rule = new LifetimeOptions { DiscountKind = DiscountKind.PerPeriod, DiscountRate = 0.01 }.ToDiscounting();

        Assert.Equal(1 / 1.01, rule.Factor(1), 12);
    }
}
