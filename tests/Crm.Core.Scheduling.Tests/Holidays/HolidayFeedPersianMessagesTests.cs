using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Crm.Core.Persian;
using Crm.Core.Scheduling.Internal;
using Crm.Core.TestKit;

namespace Crm.Core.Scheduling.Tests.Holidays;

/// <summary>Issue 14, point 8: every error a holiday feed reader reports has a Persian message, chosen by the culture
/// the caller passes, never by the machine's.</summary>
public partial class HolidayFeedPersianMessagesTests
{
    private const string Header = "kind,hijri_year,hijri_month,date,length,title,province";
    private static readonly CultureInfo Farsi = CultureInfo.GetCultureInfo("fa-IR");

    /// <summary>The rule argument (the third) of the calls that report a feed error, with every literal in it.</summary>
    [GeneratedRegex(@"(?:\bError|new HolidayFeedError)\(\s*[^,()]+(?:\([^()]*\))?,\s*[^,]+,\s*(?<rule>[^,]+),")]
    private static partial Regex ErrorCall();

    [GeneratedRegex("\"(?<id>[a-z][a-z-]*)\"")]
    private static partial Regex Literal();

    /// <summary>Feeds that break every rule at least once, in both formats, and a file that is not UTF-8.</summary>
    private static async Task<IReadOnlyList<HolidayFeedError>> EveryMistake()
    {
        var csv = new[]
        {
            "",
            "a,b",
            string.Join("\n", Header, "month,\"1449,1,2027-06-06,,,", "month,1449,1", "fest,,,1406/01/01,,,", "month,abc,1,2027-06-06,,,",
                "month,1449,13,2027-06-06,,,", "cancel,,,2027-13-45,,,", "closure,,,1406/01/20,,,",
                "month,1449,1,2027-06-06,,,", "month,1449,1,2027-06-07,,,"),
            string.Join("\n", Header, "month,1449,1,2027-06-06,,,", "month,1449,2,2027-07-04,,,", "month,1449,3,2027-08-04,,,", "month,1449,5,2027-08-01,,,"),
            string.Join("\n", Header, "month,1449,1,2027-06-06,29,,", "month,1449,2,2027-07-06,,,"),
        };
        var json = new[]
        {
            "{\n \"closures\": [ { \"date\": \"1406/01/20\", \n",
            "[]",
            """
            {
              "holidays": [],
              "closures": {},
              "cancellations": [ 1, { "date": true }, { "date": "1406/01/20", "note": "x" } ]
            }
            """,
        };
        var errors = csv.SelectMany(t => HolidayFeed.Read(t, HolidayFeedFormat.Csv).Errors)
            .Concat(json.SelectMany(t => HolidayFeed.Read(t, HolidayFeedFormat.Json).Errors)).ToList();
        using var notUtf8 = new MemoryStream([0x6B, 0x69, 0x6E, 0x64, 0xFF, 0xFE, 0x0A]);
        errors.AddRange((await HolidayFeed.ReadAsync(notUtf8, HolidayFeedFormat.Csv)).Errors);
        return errors;
    }

    [Fact]
    public void EveryRuleIdInTheSources_HasAPersianReason()
    {
        var dir = Path.Combine(RepositoryFiles.Directory, "src", "Crm.Core.Scheduling", "Holidays");
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match call in ErrorCall().Matches(File.ReadAllText(file)))
            {
                found.UnionWith(Literal().Matches(call.Groups["rule"].Value).Select(m => m.Groups["id"].Value));
            }
        }

        Assert.True(found.Count >= 15, "rule ids found: " + string.Join(", ", found));
        Assert.Equal(found, HolidayFeedMessages.RuleIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryRule_IsReported_WithAPersianMessage()
    {
        var errors = await EveryMistake();

        Assert.Equal(HolidayFeedMessages.RuleIds.Order(StringComparer.Ordinal), errors.Select(e => e.Rule).Distinct().Order(StringComparer.Ordinal));
        Assert.All(errors, e =>
        {
            Assert.DoesNotContain('\u064A', e.PersianMessage);   // Arabic yeh
            Assert.DoesNotContain('\u0643', e.PersianMessage);   // Arabic kaf
            Assert.StartsWith($"سطر {PersianDigits.ToPersian(e.Line.ToString(CultureInfo.InvariantCulture))}، {e.Field}: ", e.PersianMessage, StringComparison.Ordinal);
            Assert.EndsWith($"(قاعدهٔ {e.Rule}).", e.PersianMessage, StringComparison.Ordinal);
            if (e.Value.Length > 0)
            {
                Assert.Contains($"«{e.Value}»", e.PersianMessage, StringComparison.Ordinal);
            }

            Assert.Equal(e.PersianMessage, e.MessageIn(Farsi));
            Assert.Equal(e.PersianMessage, e.MessageIn(CultureInfo.GetCultureInfo("fa")));
            Assert.Equal(e.Message, e.MessageIn(CultureInfo.InvariantCulture));
            Assert.Equal(e.Message, e.MessageIn(CultureInfo.GetCultureInfo("ar-SA")));
            var text = Regex.Replace(e.PersianMessage.Replace($"«{e.Value}»", string.Empty, StringComparison.Ordinal), @"[\w.+/@\-\[\](),]*[A-Za-z][\w.+/@\-\[\](),]*", string.Empty);
            Assert.DoesNotMatch("[0-9]", text);
        });
    }

    [Fact]
    public void PersianMessage_DetailsOfTheEnglishMessage_AreInThePersianOne()
    {
        var duplicate = HolidayFeed.Read(string.Join("\n", Header, "month,1449,1,2027-06-06,,,", "month,1449,1,2027-06-07,,,"), HolidayFeedFormat.Csv).Errors.Single();
        Assert.Equal("سطر ۳، hijri_month: مقدار «1449/1» پذیرفته نیست: ماه ۱۴۴۹/۱ پیش‌تر در سطر ۲ آمده است (قاعدهٔ duplicate).", duplicate.PersianMessage);
        var range = HolidayFeed.Read(string.Join("\n", Header, "month,1449,13,2027-06-06,,,"), HolidayFeedFormat.Csv).Errors.Single();
        Assert.Equal("سطر ۲، hijri_month: مقدار «13» پذیرفته نیست: عدد باید از ۱ تا ۱۲ باشد (قاعدهٔ range).", range.PersianMessage);
        var length = HolidayFeed.Read(string.Join("\n", Header, "month,1449,1,2027-06-06,29,,", "month,1449,2,2027-07-06,,,"), HolidayFeedFormat.Csv).Errors[0];
        Assert.Contains("۲۹ روز گفته شده", length.PersianMessage, StringComparison.Ordinal);
        Assert.Contains("۳۰ روز", length.PersianMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageIn_DoesNotFollowTheThreadCulture()
    {
        using var scope = new CultureScope("fa-IR");
        var error = HolidayFeed.Read(string.Join("\n", Header, "cancel,,,2027-13-45,,,"), HolidayFeedFormat.Csv).Errors.Single();
        Assert.StartsWith("'2027-13-45' is not a date", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, error.MessageIn(CultureInfo.InvariantCulture));
        Assert.Equal("line 2, date: " + error.Message, error.ToString());
    }

    [Fact]
    public void HolidayFeedException_MessageIn_ListsEveryPersianMessage()
    {
        var errors = HolidayFeed.Read(string.Join("\n", Header, "cancel,,,2027-13-45,,,", "kind?,,,,,,"), HolidayFeedFormat.Csv).Errors;
        var exception = new HolidayFeedException(errors);

        Assert.Equal("فید تعطیلات پذیرفته نشد: " + errors[0].PersianMessage + " " + errors[1].PersianMessage, exception.MessageIn(Farsi));
        Assert.Equal(exception.Message, exception.MessageIn(CultureInfo.InvariantCulture));
        Assert.Equal("message", new HolidayFeedException("message").MessageIn(Farsi));
    }

    [Fact]
    public void PersianMessage_GivenByTheCaller_ReplacesTheLibrarysAndAnUnknownRuleGetsAGeneralSentence()
    {
        var error = new HolidayFeedError(4, "date", "my-rule", "x", "Mine.");
        Assert.Equal("سطر ۴، date: مقدار «x» پذیرفته نیست: مقدار با قاعده‌های فید تعطیلات نمی‌خواند (قاعدهٔ my-rule).", error.PersianMessage);
        Assert.Equal("خطای من", (error with { PersianMessage = "خطای من" }).MessageIn(Farsi));
        Assert.Throws<ArgumentException>(() => error with { PersianMessage = " " });
    }
}
