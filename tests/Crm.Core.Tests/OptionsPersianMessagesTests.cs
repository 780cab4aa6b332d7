using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.Lifetime;
using Crm.Core.Segmentation;

namespace Crm.Core.Tests;

/// <summary>Issue 14, point 8: the options errors of Lifetime, Segmentation and Crm.Core in Persian as well.</summary>
public class OptionsPersianMessagesTests
{
    private static readonly CultureInfo Farsi = CultureInfo.GetCultureInfo("fa-IR");

    [Fact]
    public void EveryFeatureOptionsError_HasAPersianMessage_AndValidateKeepsTheEnglishOne()
    {
        var lifetime = new LifetimeOptions { Margin = -1, ValueTiers = 0, MaxIterations = 1 };
        var segmentation = new SegmentationOptions { WantedListCapacity = 0, TimeZoneId = "Mars/Olympus" };
        var core = new CrmCoreOptions { TimeZoneId = "Nowhere" };

        IReadOnlyList<ValidationError> errors = [.. LifetimeOptionsValidator.Errors(lifetime), .. SegmentationOptionsValidator.Errors(segmentation), .. core.Errors()];

        Assert.Equal([.. LifetimeOptionsValidator.Validate(lifetime), .. SegmentationOptionsValidator.Validate(segmentation), .. core.Validate()], errors.Select(e => e.Message));
        Assert.Equal(["options.margin", "options.max-iterations", "options.value-tiers", "options.wanted-list-capacity", "options.time-zone", "options.time-zone"],
            errors.Select(e => e.Rule));
        Assert.All(errors, e =>
        {
            var persian = e.MessageIn(Farsi);
            Assert.Contains($"({e.Field})", persian, StringComparison.Ordinal);
            Assert.Contains($"«{e.Value}»", persian, StringComparison.Ordinal);
            Assert.Contains($"(قاعدهٔ {e.Rule})", persian, StringComparison.Ordinal);
            Assert.Equal(e.Message, e.MessageIn(CultureInfo.InvariantCulture));
        });
        Assert.Equal("حاشیهٔ سود (LifetimeOptions.Margin) «-1» پذیرفته نیست: حاشیهٔ سود باید میان ۰ و ۱ باشد (قاعدهٔ options.margin).", errors[0].MessageIn(Farsi));
    }

    [Fact]
    public void SegmentMapErrors_InTheOptions_KeepTheirRuleAndPersianMessage()
    {
        var options = new SegmentationOptions();
        options.SegmentMap.Add(new RfmSegmentRule("5x", "A"));

        var error = Assert.Single(SegmentationOptionsValidator.Errors(options), e => e.Rule == "rfm-map.pattern");

        Assert.StartsWith("SegmentationOptions.SegmentMap", error.Field, StringComparison.Ordinal);
        Assert.StartsWith("SegmentationOptions.SegmentMap: ", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("الگوی RFM «5x» پذیرفته نیست", error.MessageIn(Farsi), StringComparison.Ordinal);
    }
}
