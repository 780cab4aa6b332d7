using System.Globalization;
using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Options;

/// <summary>Issue 14, point 3: ranks, groups and channels configured in <see cref="CustomerOptions"/> are enforced where
/// they are set, with an error naming the customer, field, rule and value and listing the allowed values.</summary>
public class CustomerCatalogEnforcementTests
{
    private static readonly CultureInfo Farsi = CultureInfo.GetCultureInfo("fa-IR");

    private static CustomerCatalog Catalog() => new(new CustomerOptions
    {
        Ranks = { "نقره‌ای", "طلایی" },
        Groups = { "عمده‌فروشان", "مشتریان سازمانی" },
        AcquisitionChannels = { "instagram", "نمایشگاه" },
    });

    [Fact]
    public void SetRank_NotConfigured_IsRefusedNamingCustomerFieldRuleValueAndTheAllowedRanks()
    {
        var sara = SomeCustomers.Individual("C-1001");

        var ex = Assert.Throws<CustomerValidationException>(() => sara.SetRank("الماسی", Catalog(), SomeCustomers.Stamp()));

        Assert.Equal(CustomerCode.Parse("C-1001"), ex.Customer);
        Assert.Equal(("rank", "rank.unknown", "الماسی"), (ex.Error.Field, ex.Error.Rule, ex.Error.Value));
        foreach (var part in new[] { "C-1001", "rank", "rank.unknown", "'الماسی'", "'نقره‌ای'", "'طلایی'", "CustomerOptions.Ranks" })
        {
            Assert.Contains(part, ex.Message, StringComparison.Ordinal);
        }

        Assert.Contains("«نقره‌ای»، «طلایی»", ex.Error.PersianMessage, StringComparison.Ordinal);
        Assert.StartsWith("مشتری «C-1001»: رتبهٔ «الماسی»", ex.MessageIn(Farsi), StringComparison.Ordinal);
        Assert.Null(sara.Rank);
        Assert.DoesNotContain(sara.History, h => h.Field == "rank");
    }

    [Fact]
    public void SetRank_ConfiguredRankTypedWithArabicLettersOrSpaces_IsStoredInTheConfiguredSpelling()
    {
        var sara = SomeCustomers.Individual();

        sara.SetRank(" طلايي ", Catalog(), SomeCustomers.Stamp());          // Arabic yeh
        Assert.Equal("طلایی", sara.Rank);
        sara.SetRank("نقره ای", Catalog(), SomeCustomers.Stamp());         // a space for the ZWNJ
        Assert.Equal("نقره‌ای", sara.Rank);
        sara.SetRank(null, Catalog(), SomeCustomers.Stamp());              // clearing is always allowed
        Assert.Null(sara.Rank);
    }

    [Fact]
    public void AddToGroupAndSetAcquisition_NotConfigured_AreRefusedWithTheirRules()
    {
        var sara = SomeCustomers.Individual();

        var group = Assert.Throws<CustomerValidationException>(() => sara.AddToGroup("خرده‌فروشان", Catalog(), SomeCustomers.Stamp()));
        var channel = Assert.Throws<CustomerValidationException>(() =>
            sara.SetAcquisition(new AcquisitionChannel("telegram", new NodaTime.LocalDate(2025, 1, 1)), Catalog(), SomeCustomers.Stamp()));

        Assert.Equal(("groups", "group.unknown", "خرده‌فروشان"), (group.Error.Field, group.Error.Rule, group.Error.Value));
        Assert.Contains("'عمده‌فروشان', 'مشتریان سازمانی'", group.Message, StringComparison.Ordinal);
        Assert.Equal(("acquisition", "channel.unknown", "telegram"), (channel.Error.Field, channel.Error.Rule, channel.Error.Value));
        Assert.Contains("'instagram', 'نمایشگاه'", channel.Message, StringComparison.Ordinal);
        Assert.Empty(sara.Groups);
        Assert.Null(sara.Acquisition);
        Assert.True(sara.AddToGroup("عمده فروشان", Catalog(), SomeCustomers.Stamp()));
        Assert.Equal(["عمده‌فروشان"], sara.Groups);
        sara.SetAcquisition(new AcquisitionChannel("Instagram ", new NodaTime.LocalDate(2025, 1, 1)), Catalog(), SomeCustomers.Stamp());
        Assert.Equal("instagram", sara.Acquisition!.Channel);
    }

    [Fact]
    public void SetRank_HugeOrControlValue_IsQuotedShortInBothMessages()
    {
        var sara = SomeCustomers.Individual();
        var huge = new string('ا', 10_000) + "\u0007";

        var ex = Assert.Throws<CustomerValidationException>(() => sara.SetRank(huge, Catalog(), SomeCustomers.Stamp()));

        Assert.Equal(huge, ex.Error.Value);
        Assert.InRange(ex.Message.Length, 1, 400);
        Assert.InRange(ex.Error.PersianMessage.Length, 1, 400);
        Assert.DoesNotContain('\u0007', ex.Error.PersianMessage);
    }

    [Fact]
    public void EmptyLists_AndUnrestricted_AcceptAnyValue()
    {
        var open = new CustomerCatalog(new CustomerOptions());
        var sara = SomeCustomers.Individual();

        sara.SetRank("الماسی", open, SomeCustomers.Stamp());
        sara.AddToGroup("هر گروهی", CustomerCatalog.Unrestricted, SomeCustomers.Stamp());
        sara.SetAcquisition(new AcquisitionChannel("telegram", new NodaTime.LocalDate(2025, 1, 1)), CustomerCatalog.Unrestricted, SomeCustomers.Stamp());

        Assert.Equal("الماسی", sara.Rank);
        Assert.Equal(["هر گروهی"], sara.Groups);
        Assert.Equal("telegram", sara.Acquisition!.Channel);
        Assert.Throws<CustomerValidationException>(() => sara.AddToGroup(" ", open, SomeCustomers.Stamp()));
    }

    [Fact]
    public void Importer_UnknownRankGroupAndChannel_AreRecordErrorsListingTheAllowedValues()
    {
        var importer = new CustomerRecordImporter(Catalog());
        var result = importer.Import(new Dictionary<string, string?>
        {
            ["code"] = "C-1", ["last_name"] = "محمدی", ["rank"] = "الماسی", ["groups"] = "عمده‌فروشان;خرده‌فروشان", ["channel"] = "telegram",
        }, SomeCustomers.Stamp());

        Assert.Null(result.Customer);
        Assert.Equal(
            [("channel", "channel.unknown", "telegram"), ("rank", "rank.unknown", "الماسی"), ("groups", "group.unknown", "خرده‌فروشان")],
            result.Errors.Select(e => (e.Field, e.Rule, e.Value)));
        Assert.Contains("'نقره‌ای', 'طلایی'", result.Errors[1].Message, StringComparison.Ordinal);

        var good = importer.Import(new Dictionary<string, string?>
        {
            ["code"] = "C-2", ["last_name"] = "محمدی", ["rank"] = "طلايي", ["groups"] = "عمده فروشان", ["channel"] = "نمایشگاه",
        }, SomeCustomers.Stamp());
        Assert.True(good.IsValid, string.Join("; ", good.Errors.Select(e => e.Message)));
        Assert.Equal(("طلایی", "عمده‌فروشان", "نمایشگاه"), (good.Customer!.Rank, good.Customer.Groups.Single(), good.Customer.Acquisition!.Channel));
    }

    /// <summary>Whatever the configured ranks and the value, SetRank accepts exactly the values the catalog knows,
    /// and an accepted value is stored as one of the configured ranks.</summary>
    [Property(MaxTest = 200)]
    public Property SetRank_AcceptsExactlyTheConfiguredRanks()
    {
        var names = new[] { "برنزی", "نقره‌ای", "طلایی", "الماسی", "VIP", "ویژه", "عادی" };
        var gen = from configured in Gen.SubListOf(names)
                  from value in Gen.OneOf(Gen.Elements(names), Gen.Elements("طلايي", " vip ", "نقره ای", "x"))
                  select (Configured: configured.ToArray(), Value: value);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            var options = new CustomerOptions();
            foreach (var n in p.Configured)
            {
                options.Ranks.Add(n);
            }

            var catalog = new CustomerCatalog(options);
            var sara = SomeCustomers.Individual();
            var accepted = true;
            try
            {
                sara.SetRank(p.Value, catalog, SomeCustomers.Stamp());
            }
            catch (CustomerValidationException ex) when (ex.Error.Rule == "rank.unknown")
            {
                accepted = false;
            }

            var known = catalog.IsKnownRank(p.Value);
            var stored = p.Configured.Length == 0 ? sara.Rank == p.Value.Trim() : p.Configured.Contains(sara.Rank);
            return (accepted == known && (!accepted || stored)).Label($"{string.Join(",", p.Configured)} ← '{p.Value}': accepted {accepted}, known {known}, rank {sara.Rank}");
        });
    }
}
