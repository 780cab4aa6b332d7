using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Crm.Core.Customers.Internal;
using Crm.Core.Customers.Internal.Identifiers;
using Crm.Core.Customers.Tests.Identifiers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Messages;

/// <summary>Issue 14, point 8: every rule id the library reports in a <see cref="ValidationError"/> has a Persian message,
/// chosen by an explicit culture, never by the machine's.</summary>
public partial class PersianMessagesTests
{
    private static readonly CultureInfo Farsi = CultureInfo.GetCultureInfo("fa-IR");

    /// <summary>A rule id as the sources write it: lower-case words with dashes, at least one dot.</summary>
    [GeneratedRegex("\"([a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+)\"")]
    private static partial Regex RuleLiteral();

    /// <summary>Every rule id in the sources of every package: the dotted literals of the files that build
    /// <see cref="ValidationError"/>s (comments left out), the identifier rules (built from a prefix), the importer's
    /// <c>required</c> and the catalog's rules (built from the list's name).</summary>
    private static SortedSet<string> RuleIdsInTheSources()
    {
        var src = Path.Combine(Path.GetDirectoryName(IdentifierRulesDocsTests.DocsPath("index.md"))!, "..", "src");
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var parts = file.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("obj") || parts.Contains("bin"))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            if (!lines.Any(l => l.Contains("ValidationError", StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var line in lines.Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            {
                foreach (Match m in RuleLiteral().Matches(line))
                {
                    found.Add(m.Groups[1].Value);
                }
            }
        }

        foreach (var type in typeof(IdentifierRules).GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public))
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public))
            {
                switch (field.GetValue(null))
                {
                    case IdentifierRule rule:
                        found.Add(rule.Id);
                        break;
                    case IdentifierSpec spec:
                        found.Add(spec.Empty.Id);
                        found.Add(spec.InvalidCharacter.Id);
                        break;
                }
            }
        }

        found.Add("required");
        var catalog = new CustomerCatalog(new CustomerOptions { Ranks = { "طلایی" }, Groups = { "الف" }, AcquisitionChannels = { "web" } });
        foreach (var value in new[] { "x", " " })
        {
            catalog.TryResolveRank(value, out _, out var rank);
            catalog.TryResolveGroup(value, out _, out var group);
            catalog.TryResolveChannel(value, out _, out var channel);
            found.UnionWith(new[] { rank, group, channel }.Select(e => e!.Rule));
        }

        return found;
    }

    [Fact]
    public void EveryRuleIdInTheSources_HasAPersianMessage_AndTheTableHasNoOther()
    {
        var inSources = RuleIdsInTheSources();
        var inTable = new SortedSet<string>(ValidationMessages.RuleIds, StringComparer.Ordinal);

        Assert.True(inSources.Count >= 100, $"only {inSources.Count} rule ids found");
        Assert.Empty(inSources.Except(inTable));   // a rule without a Persian message
        Assert.Empty(inTable.Except(inSources));   // a Persian message for a rule that no longer exists
    }

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in ValidationMessages.RuleIds.Order(StringComparer.Ordinal))
        {
            data.Add(rule);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void PersianMessage_UsesPersianLettersAndDigits_AndNamesTheRuleAndTheValue(string rule)
    {
        var error = new ValidationError("field", rule, "abc", "English.");

        var text = error.PersianMessage;

        Assert.DoesNotContain('\u064A', text);   // Arabic yeh
        Assert.DoesNotContain('\u0643', text);   // Arabic kaf
        Assert.Contains($"(قاعدهٔ {rule})", text, StringComparison.Ordinal);
        Assert.Contains("«abc»", text, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsArabic}", text);
        // Numbers the sentence states are Persian digits; ASCII digits only inside Latin words (ISO, UTF-8, 09xy).
        var withoutLatinWords = Regex.Replace(text, @"[\w.+/@\-]*[A-Za-z][\w.+/@\-]*", string.Empty);
        Assert.DoesNotMatch("[0-9]", withoutLatinWords);
    }

    [Fact]
    public void MessageIn_PicksTheLanguageFromTheGivenCulture_NeverFromTheThread()
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Farsi;
            Assert.False(NationalCode.TryParse("0084575949", out _, out var error));

            Assert.StartsWith("Rule 'national-code.checksum' failed", error!.Message, StringComparison.Ordinal);
            Assert.Equal(error.Message, error.MessageIn(CultureInfo.InvariantCulture));
            Assert.Equal(error.Message, error.MessageIn(CultureInfo.GetCultureInfo("en-US")));
            Assert.Equal(error.PersianMessage, error.MessageIn(Farsi));
            Assert.Equal(error.PersianMessage, error.MessageIn(CultureInfo.GetCultureInfo("fa")));
            Assert.Equal("کد ملی «008******9» پذیرفته نیست: رقم کنترل (رقم دهم) با نُه رقم اول نمی‌خواند (قاعدهٔ national-code.checksum).", error.PersianMessage);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void PersianMessage_Required_NamesTheField_AndACallerMayGiveItsOwn()
    {
        var error = new ValidationError("last_name", "required", string.Empty, "Rule 'required' failed.");

        Assert.Equal("فیلد «last_name» پذیرفته نیست: این فیلد الزامی است و خالی مانده است (قاعدهٔ required).", error.PersianMessage);
        Assert.Equal("نام خانوادگی را بنویسید.", (error with { PersianMessage = "نام خانوادگی را بنویسید." }).MessageIn(Farsi));
        Assert.Contains("(قاعدهٔ team.rule)", new ValidationError("f", "team.rule", "v", "m").PersianMessage, StringComparison.Ordinal);
    }

    /// <summary>Whatever the value, the Persian message hides the middle digits of personal identifiers as the English one
    /// does, and the language follows the culture passed.</summary>
    [Property(MaxTest = 200)]
    public Property PersianMessage_MasksPersonalIdentifiersLikeTheEnglishOne()
    {
        var gen = from digits in Gen.ArrayOf(Gen.Choose(0, 9), 16)
                  from kind in Gen.Elements("national-code", "mobile", "sheba", "bank-card")
                  select (Text: string.Concat(digits), Kind: kind);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            ValidationError? error = p.Kind switch
            {
                "national-code" => NationalCode.TryParse(p.Text[..10], out _, out var e1) ? null : e1,
                "mobile" => IranianMobile.TryParse("09" + p.Text[..7], out _, out var e2) ? null : e2,
                "sheba" => Sheba.TryParse("IR" + p.Text + "12345678", out _, out var e3) ? null : e3,
                _ => BankCardNumber.TryParse(p.Text, out _, out var e4) ? null : e4,
            };
            if (error is null)
            {
                return true.ToProperty();
            }

            var quotedEnglish = Regex.Match(error.Message, "'(.*?)'.*?'(.*?)'").Groups[2].Value;
            return (error.PersianMessage.Contains($"«{quotedEnglish}»", StringComparison.Ordinal)
                    && error.MessageIn(Farsi) == error.PersianMessage
                    && error.MessageIn(CultureInfo.GetCultureInfo("de-DE")) == error.Message)
                .Label($"{error.Rule}: {error.Message} | {error.PersianMessage}");
        });
    }
}

/// <summary>Options errors in Persian too (issue 14, point 8): the validators' <c>Errors</c> give <see cref="ValidationError"/>s.</summary>
public class OptionsPersianMessagesTests
{
    private static readonly CultureInfo Farsi = CultureInfo.GetCultureInfo("fa-IR");

    [Fact]
    public void CustomerOptions_Errors_AreTheEnglishMessagesOfValidate_WithPersianOnes()
    {
        var options = new CustomerOptions { DefaultCurrency = "rial", Ranks = { "طلایی", " ", "طلايي" } };

        var errors = CustomerOptionsValidator.Errors(options);

        Assert.Equal(CustomerOptionsValidator.Validate(options), errors.Select(e => e.Message));
        Assert.Equal(
            [("CustomerOptions.DefaultCurrency", "options.currency", "rial"), ("CustomerOptions.Ranks[1]", "options.name-empty", " "), ("CustomerOptions.Ranks[2]", "options.name-duplicate", "طلايي")],
            errors.Select(e => (e.Field, e.Rule, e.Value)));
        Assert.Equal("ارز پیش‌فرض (CustomerOptions.DefaultCurrency) «rial» پذیرفته نیست: کد ارز باید سه حرف بزرگ لاتین طبق ISO ۴۲۱۷ باشد (مثلاً IRR) (قاعدهٔ options.currency).",
            errors[0].MessageIn(Farsi));
        Assert.Contains("با ردیف ۰ («طلایی»)", errors[2].MessageIn(Farsi), StringComparison.Ordinal);
        Assert.All(errors, e => Assert.DoesNotContain('\u064A', e.MessageIn(Farsi).Replace("طلايي", string.Empty, StringComparison.Ordinal)));
    }
}
