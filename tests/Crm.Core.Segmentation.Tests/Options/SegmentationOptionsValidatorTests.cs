namespace Crm.Core.Segmentation.Tests.Options;

public class SegmentationOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_NoErrors()
    {
        var options = new SegmentationOptions();

        Assert.Empty(SegmentationOptionsValidator.Validate(options));
        Assert.Same(RfmSegmentMap.Default, options.BuildSegmentMap());
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOne()
    {
        var options = new SegmentationOptions { WantedListCapacity = 0, TimeZoneId = "Mars/Olympus" };
        options.SegmentMap.Add(new RfmSegmentRule("1*", "One"));

        var errors = SegmentationOptionsValidator.Validate(options);

        Assert.Contains(errors, e => e.Contains("WantedListCapacity", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Mars/Olympus", StringComparison.Ordinal));
        Assert.Equal(20, errors.Count(e => e.Contains("rfm-map.uncovered", StringComparison.Ordinal)));
    }
}
