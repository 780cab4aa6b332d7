using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.ToneLint.Tests;

/// <summary>Issue 14, point 8: every error of a team configuration file (<see cref="ToneLintOptionsJson.TryRead"/>) has a
/// rule id and a Persian message, chosen by the culture passed, never by the thread's.</summary>
public class TeamConfigurationPersianMessagesTests
{
    private static readonly CultureInfo Farsi = CultureInfo.GetCultureInfo("fa-IR");

    /// <summary>Team files that break every rule of the reader at least once (a syntax error, a root that is not an
    /// object and null text each stop the read, so they are files of their own).</summary>
    private static readonly string?[] EveryMistake =
    [
        null,
        "{\n  \"rules\": {\n    \"TL0101\" \"off\"\n  }\n}",
        "[1,2]",
        """
        {
          "rules": { "TL9999": "off", "TL0101": "loud" },
          "allowedWords": "STOP",
          "templateFields": ["ok", 3],
          "additionalPhrases": [],
          "glossary": [1, { "term": "تیکت", "weight": 2 }],
          "templateMode": "yes",
          "limits": { "fax": {}, "chat": { "maxWords": 1.5 } },
          "colour": "red"
        }
        """,
        """{ "glossary": {} }""",
    ];

    private static List<ToneLintOptionsError> Errors() =>
        [.. EveryMistake.SelectMany(json => ToneLintOptionsJson.TryRead(json, out _, out var errors) ? [] : errors)];

    [Fact]
    public void EveryRuleOfTheReader_IsReported_WithAPersianMessage()
    {
        var source = File.ReadAllText(Path.Combine(OptionsPersianMessagesTests.Root(), "src", "Crm.Core.ToneLint", "ToneLintOptionsJson.cs"));
        var declared = Regex.Matches(source, "\"(tone-config\\.[a-z-]+)\"").Select(m => m.Groups[1].Value).ToHashSet();

        var errors = Errors();

        Assert.True(declared.Count >= 12, string.Join(", ", declared));
        Assert.Equal(declared.Order(StringComparer.Ordinal), errors.Select(e => e.Rule).Distinct().Order(StringComparer.Ordinal));
        Assert.All(errors, e =>
        {
            Assert.DoesNotContain('\u064A', e.PersianMessage);
            Assert.DoesNotContain('\u0643', e.PersianMessage);
            Assert.StartsWith($"تنظیم {e.Setting} ", e.PersianMessage, StringComparison.Ordinal);
            Assert.EndsWith($"(قاعدهٔ {e.Rule}).", e.PersianMessage, StringComparison.Ordinal);
            Assert.Equal(e.PersianMessage, e.MessageIn(Farsi));
            Assert.Equal(e.Message, e.MessageIn(CultureInfo.InvariantCulture));
            Assert.Equal(e.Message, e.MessageIn(CultureInfo.GetCultureInfo("tr-TR")));
            var withoutLatinWordsAndValue = Regex.Replace(e.PersianMessage.Replace($"«{e.Value}»", string.Empty, StringComparison.Ordinal), @"[\w.+/@\-\[\]'{}]*[A-Za-z{}][\w.+/@\-\[\]'{}]*", string.Empty);
            Assert.DoesNotMatch("[0-9]", withoutLatinWordsAndValue);
        });
    }

    [Fact]
    public void TryRead_MalformedJson_GivesTheLineAndByteInPersianDigits()
    {
        Assert.False(ToneLintOptionsJson.TryRead("{\n  \"rules\": {\n    \"TL0101\" \"off\"\n  }\n}", out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(("(json)", "tone-config.json-syntax"), (error.Setting, error.Rule));
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("تنظیم (json) پذیرفته نیست: متن پیکربندی در سطر ۳، بایت ", error.PersianMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_ValidatorErrors_KeepTheirToneOptionsRules()
    {
        Assert.False(ToneLintOptionsJson.TryRead("""{"limits":{"chat":{"maxWords":0}}}""", out var options, out var errors));
        Assert.Null(options);
        var error = Assert.Single(errors);
        Assert.Equal(("Chat", "tone-options.limits"), (error.Setting, error.Rule));
        var same = new ToneLintOptions();
        same.Chat.MaxWords = 0;
        Assert.Equal(ToneLintOptionsValidator.Errors(same), errors);
    }

    [Fact]
    public void MessageIn_DoesNotFollowTheThreadCulture()
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = Farsi;
            Assert.False(ToneLintOptionsJson.TryRead("""{"rules":{"TL9999":"off"}}""", out _, out var errors));
            var error = Assert.Single(errors);
            Assert.StartsWith("rules.TL9999: 'TL9999' is neither a rule id", error.Message, StringComparison.Ordinal);
            Assert.Equal("تنظیم rules.TL9999 با مقدار «TL9999» پذیرفته نیست: این کلید نه شناسهٔ قاعده (مانند TL0101) است و نه شناسهٔ دسته (مانند vague-timeline) (قاعدهٔ tone-config.rule-unknown).",
                error.MessageIn(Farsi));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    /// <summary>TryParse and TryRead are two views of one read: the same outcome, the same options, and TryParse's
    /// strings are TryRead's English messages, in order.</summary>
    [Property(MaxTest = 300)]
    public Property TryParse_AnyText_GivesTheEnglishMessagesOfTryRead() => Prop.ForAll(
        Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), Gen.Elements(EveryMistake.Where(j => j is not null).Select(j => j!).Append("{}").Append("""{"rules":{"TL0101":"off"}}""").ToArray())).ToArbitrary(),
        json =>
        {
            var parsed = ToneLintOptionsJson.TryParse(json, out var a, out var messages);
            var read = ToneLintOptionsJson.TryRead(json, out var b, out var errors);
            return parsed == read && (a is null) == (b is null) && messages.SequenceEqual(errors.Select(e => e.Message))
                && errors.All(e => e.PersianMessage.EndsWith($"(قاعدهٔ {e.Rule}).", StringComparison.Ordinal));
        });
}
