using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Core.ToneLint.Tests;

/// <summary>Issue 14, point 8: every tone-lint options error has a Persian message, chosen by the culture passed.</summary>
public class OptionsPersianMessagesTests
{
    private static readonly CultureInfo Farsi = CultureInfo.GetCultureInfo("fa-IR");

    /// <summary>Options that break every rule of the validator at least once.</summary>
    private static ToneLintOptions EveryMistake()
    {
        var options = new ToneLintOptions { Email = null!, Chat = new ChannelLengthLimits { MaxWords = 0 }, RegexTimeout = TimeSpan.Zero };
        options.DisabledRules.Add("TL9999");
        options.DisabledCategories.Add((ToneCategory)999);
        options.SeverityOverrides["nothing"] = (ToneSeverity)99;
        options.Glossary.Add(new GlossaryEntry { Term = " " });
        options.AdditionalPhrases["nothing"] = [" "];
        options.AllowedWords.Add(" ");
        options.TemplateFields.Add("نام");
        options.CustomRules.Add(null!);
        var bad = new CustomPhraseRule { Id = "TL-mine", Category = (ToneCategory)999, Message = " " };
        bad.Phrases.Add(" ");
        options.CustomRules.Add(bad);
        options.CustomRules.Add(new CustomPhraseRule { Id = "team.a", Message = "{1}", Pattern = "a*" });
        options.CustomRules.Add(new CustomPhraseRule { Id = "team.a", Message = "x", Pattern = "(a)\\1" });
        options.CustomRules.Add(new CustomPhraseRule { Id = "team.b", Message = "x", Pattern = "(unclosed" });
        options.CustomRules.Add(new CustomPhraseRule { Id = "team.c", Message = "x" });
        return options;
    }

    [Fact]
    public void EveryRuleOfTheValidator_IsReported_WithAPersianMessage()
    {
        var source = File.ReadAllText(Path.Combine(Root(), "src", "Crm.Core.ToneLint", "ToneLintOptionsValidator.cs"));
        var declared = Regex.Matches(source, "\"(tone-options\\.[a-z-]+)\"").Select(m => m.Groups[1].Value).ToHashSet();

        var errors = ToneLintOptionsValidator.Errors(EveryMistake());

        Assert.Equal(declared.Order(), errors.Select(e => e.Rule).Distinct().Order());
        Assert.Equal(ToneLintOptionsValidator.Validate(EveryMistake()), errors.Select(e => e.Message));
        Assert.All(errors, e =>
        {
            Assert.DoesNotContain('\u064A', e.PersianMessage);
            Assert.DoesNotContain('\u0643', e.PersianMessage);
            Assert.EndsWith($"(قاعدهٔ {e.Rule}).", e.PersianMessage, StringComparison.Ordinal);
            Assert.Contains(e.Setting, e.PersianMessage, StringComparison.Ordinal);
            Assert.Equal(e.PersianMessage, e.MessageIn(Farsi));
            Assert.Equal(e.Message, e.MessageIn(CultureInfo.InvariantCulture));
            var withoutLatinWordsAndValue = Regex.Replace(e.PersianMessage.Replace($"«{e.Value}»", string.Empty, StringComparison.Ordinal), @"[\w.+/@\-\[\]'{}]*[A-Za-z{}][\w.+/@\-\[\]'{}]*", string.Empty);
            Assert.DoesNotMatch("[0-9]", withoutLatinWordsAndValue);
        });
    }

    [Fact]
    public void MessageIn_DoesNotFollowTheThreadCulture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = Farsi;
            var error = ToneLintOptionsValidator.Errors(new ToneLintOptions { RegexTimeout = TimeSpan.Zero }).Single();
            Assert.StartsWith("RegexTimeout: must be", error.Message, StringComparison.Ordinal);
            Assert.Equal("تنظیم RegexTimeout با مقدار «00:00:00» پذیرفته نیست: زمان مجاز عبارت باقاعده باید بیشتر از صفر و حداکثر ۱۰ ثانیه باشد (قاعدهٔ tone-options.regex-timeout).", error.MessageIn(Farsi));
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = saved;
        }
    }

    /// <summary>The repository root: the folder of Crm.Core.sln above the test binaries.</summary>
    internal static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Crm.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
