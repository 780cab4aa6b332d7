using Crm.Core.Customers;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Scheduling.Tests.Planning;

/// <summary>Scheduling identifies customers by <see cref="CustomerCode"/>, as every other package does: the code is
/// kept as given, <c>default</c> is refused naming the parameter, and ids made from it use its canonical text.</summary>
public class FollowUpCustomerCodeTests
{
    private static readonly Arbitrary<string> Codes =
        Gen.Elements("C-", "K_", "۱۲", "x.", "a/", "Z").ListOf().Where(l => l.Count is > 0 and < 10)
            .Select(l => string.Concat(l)).ToArbitrary();

    [Fact]
    public void Constructor_DefaultCustomerCode_ThrowsNamingCustomerId()
    {
        var error = Assert.Throws<ArgumentException>(() => new FollowUp("f-1", default, "sara", SolarHijri.Date(1405, 2, 1)));
        Assert.Equal("customerId", error.ParamName);
        Assert.Equal("customerId", Assert.Throws<ArgumentException>(() => FollowUp.FiledUnderMonth("f-1", default, "sara", 1405, 2)).ParamName);
    }

    [Fact]
    public void Occasions_DefaultCustomerCode_ThrowsNamingCustomerId()
    {
        Assert.Equal("customerId", Assert.Throws<ArgumentException>(() =>
            Occasions.InYear(default, SolarHijri.Date(1370, 2, 10), OccasionKind.Birthday, 1405)).ParamName);
        Assert.Equal("customerId", Assert.Throws<ArgumentException>(() =>
            Occasions.Between(default, SolarHijri.Date(1370, 2, 10), OccasionKind.Birthday, SolarHijri.Date(1405, 1, 1), SolarHijri.Date(1405, 12, 29)).ToList()).ParamName);
    }

    /// <summary>Any code typed with Persian or ASCII digits: the follow-up, its occasion, its recurrences, hand-over and
    /// refile keep the parsed code, and the occasion's id and the text forms use its canonical (ASCII) value.</summary>
    [Property(MaxTest = 200)]
    public Property CustomerCode_AnyCode_KeptByEveryFactoryAndUsedCanonicallyInIds() =>
        Prop.ForAll(Codes, text =>
        {
            var code = CustomerCode.Parse(text);
            var occasion = Occasions.InYear(code, SolarHijri.Date(1370, 2, 10), OccasionKind.Birthday, 1405)!.Value;
            var congratulation = occasion.ToFollowUp("sara");
            var followUp = new FollowUp("f", code, "ali", SolarHijri.Date(1405, 2, 1));
            var recurring = RecurringFollowUps.Expand(followUp, PersianRecurrence.EveryWeeks(1), SolarHijri.Date(1405, 2, 1), SolarHijri.Date(1405, 2, 20));
            return occasion.CustomerId == code && congratulation.CustomerId == code
                && congratulation.Id == code.Value + "-birthday-1405"
                && followUp.HandOverTo("sara").CustomerId == code && followUp.Refile(SolarHijri.Date(1405, 3, 1)).CustomerId == code
                && recurring.All(f => f.CustomerId == code)
                && followUp.ToString() == "f " + code.Value + " 1405/02/01"
                && !code.Value.Any(c => c is >= '۰' and <= '۹');
        });
}
