using Crm.Core.Persian;

namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>TL0701: the customer's name is known but the reply never uses it.</summary>
internal sealed class MissingNameRule() : ToneRule(
    Ex.Info("TL0701", ToneCategory.MissingName, ToneSeverity.Warning, "Use the customer's name", "seed 004, tip 5",
        [new ToneRuleExample("سلام، سفارشتان امروز ارسال شد.", CustomerName: "سارا احمدی"), new ToneRuleExample("Hi, your order shipped today.", CustomerName: "John Smith")],
        [new ToneRuleExample("سلام سارا جان، سفارشتان امروز ارسال شد.", CustomerName: "سارا احمدی"), new ToneRuleExample("Hi John, your order shipped today.", CustomerName: "John Smith")]),
    new RuleText("نام مشتری ({0}) در پاسخ نیامده است.", "The customer's name ({0}) is not used.",
        "نکته ۵: همیشه از اسم مشتری استفاده کنید؛ اسم هر کس برای او شیرین‌ترین کلام است.",
        "Tip 5: always use the customer's name; it is the sweetest word to them.",
        "پاسخ را با نام مشتری شروع کنید.", "Greet the customer by name."))
{
    private static readonly string[] Honorifics = ["آقای", "آقا", "خانم", "دکتر", "مهندس", "جناب", "سرکار", "mr", "mrs", "ms", "dr", "miss", "sir"];

    public override void Check(LintContext context, FindingSink sink)
    {
        var name = context.Request.CustomerName;
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        if (context.HitsOf(LexiconGroup.GenericGreeting).Count > 0)
        {
            return; // TL0702 already reports the generic greeting and offers the name as its fix: one finding, one penalty
        }

        var key = context.Squeeze.Key.AsSpan(0, context.Squeeze.Length);
        var tokens = PersianFold.FoldToString(name).Split([' ', '\u200C', '.', ','], StringSplitOptions.RemoveEmptyEntries);
        List<string>? words = null;
        foreach (var t in tokens)
        {
            if (t.Length < 2 || Array.IndexOf(Honorifics, t) >= 0)
            {
                continue;
            }

            if (key.IndexOf(Squeeze.KeyOf(t), StringComparison.Ordinal) >= 0 || TemplateUsesName(context))
            {
                return;
            }

            // A name stored in one script and written in the other («Sara» / «سارا»).
            words ??= Words(context.Masked);
            if (Transliteration.Skeleton(t).Length >= Transliteration.MinSkeleton && words.Exists(w => w.Length >= MinOtherScriptLetters && Transliteration.Matches(t, w)))
            {
                return;
            }
        }

        var first = context.Sentences.Count > 0 ? context.Sentences[0] : new TextSegment(0, Math.Min(1, context.Original.Length), 0);
        sink.Add(new Finding(this, first.Start, first.Length, Arg: name.Trim()));
    }

    /// <summary>
    /// A word of the reply in the other script counts as the name only with three or more letters: «من» ("I") has the
    /// skeleton of "Mona" (m-n) but is never a name.
    /// </summary>
    private const int MinOtherScriptLetters = 3;

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    // In template mode a name field such as {{first_name}} stands for the name.
    private static bool TemplateUsesName(LintContext context)
    {
        if (!context.Options.TemplateMode)
        {
            return false;
        }

        var text = context.Original;
        for (var at = text.IndexOf("{{", StringComparison.Ordinal); at >= 0; at = text.IndexOf("{{", at + 2, StringComparison.Ordinal))
        {
            var close = text.IndexOf("}}", at + 2, Math.Min(40, text.Length - at - 2), StringComparison.Ordinal);
            if (close > at && text.AsSpan(at + 2, close - at - 2).Contains("name", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>TL0702: a generic greeting such as «مشتری گرامی» or "Dear customer".</summary>
internal sealed class GenericGreetingRule() : ToneRule(
    Ex.Info("TL0702", ToneCategory.MissingName, ToneSeverity.Warning, "No generic greeting", "seed 004, tip 5",
        Ex.Of("مشتری گرامی، سفارش شما ارسال شد.", "Dear customer, your order has shipped."),
        Ex.Of("سلام آقای رضایی، سفارشتان ارسال شد.", "Hi Maria, your order has shipped.")),
    new RuleText("«{0}» خطاب کلی است؛ مشتری را با نامش صدا بزنید.", "\"{0}\" is a generic greeting; use the customer's name.",
        "نکته ۵: اگر اسم مشتری را نمی‌دانید با سلامی دوستانه شروع کنید، نه با «مشتری گرامی».",
        "Tip 5: greet by name; if you do not know it, start with a friendly hello rather than \"Dear customer\".",
        "نام مشتری یا یک «سلام» ساده.", "The customer's name, or a plain \"Hi\"."))
{
    public override void Check(LintContext context, FindingSink sink)
    {
        var name = context.Request.CustomerName?.Trim();
        foreach (var hit in context.HitsOf(LexiconGroup.GenericGreeting))
        {
            string? replacement = null;
            if (!string.IsNullOrEmpty(name))
            {
                var english = hit.Entry.Phrase[0] < 128;
                replacement = english ? "Dear " + name : name + " عزیز";
            }

            sink.Add(new Finding(this, hit.Start, hit.Length, replacement, replacement is not null));
        }
    }
}
