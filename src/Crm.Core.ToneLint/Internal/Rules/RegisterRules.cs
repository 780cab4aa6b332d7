namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>
/// TL1701: colloquial words or emoji in reply to a formal customer; TL1702: officialese in reply to a casual one.
/// Both need the customer's message.
/// </summary>
internal sealed class RegisterRule : ToneRule
{
    private readonly bool _formalCustomer;

    private RegisterRule(bool formalCustomer, ToneRuleInfo info, RuleText text)
        : base(info, text) => _formalCustomer = formalCustomer;

    public static IEnumerable<ToneRule> Create()
    {
        const string Fa = "نکته ۶: مثل خود مشتری و با لحن خودش صحبت کنید؛ اگر رسمی است رسمی باشید و اگر معمولی است معمولی.";
        const string En = "Tip 6: match the customer's tone: formal with formal, casual with casual.";
        const string Formal = "با سلام و احترام، خواهشمند است وضعیت سفارش اینجانب را اعلام فرمایید.";
        const string Casual = "سلام رفقا، سفارشم کی میرسه؟ 😊";
        yield return new RegisterRule(true,
            Ex.Info("TL1701", ToneCategory.RegisterMismatch, ToneSeverity.Warning, "Casual reply to a formal customer", "seed 004, tip 6",
                [new ToneRuleExample("سلام! آره سفارشت فردا میرسه، نگران نباش 😊", CustomerMessage: Formal),
                 new ToneRuleExample("Hey, yeah it's gonna arrive tomorrow lol", CustomerMessage: "Dear Sir, I am writing to ask about my order. Sincerely, R. Kaye")],
                [new ToneRuleExample("با سلام و احترام، سفارش جنابعالی فردا تحویل داده می‌شود.", CustomerMessage: Formal),
                 new ToneRuleExample("سلام! آره سفارشت فردا میرسه 😊", CustomerMessage: Casual)]),
            new RuleText("«{0}» برای پاسخ به پیامی رسمی خودمانی است.", "\"{0}\" is too casual for a formal customer.", Fa, En,
                "لحن رسمی‌تری به کار ببرید.", "Use a more formal wording."));
        yield return new RegisterRule(false,
            Ex.Info("TL1702", ToneCategory.RegisterMismatch, ToneSeverity.Suggestion, "Stiff reply to a casual customer", "seed 004, tip 6",
                [new ToneRuleExample("احتراماً به استحضار می‌رساند سفارش جنابعالی ارسال گردید.", CustomerMessage: Casual),
                 new ToneRuleExample("Dear Sir, please be advised that your order has been dispatched.", CustomerMessage: "hey guys, where's my stuff? thx")],
                [new ToneRuleExample("سلام! سفارشت امروز ارسال شد 😊", CustomerMessage: Casual),
                 new ToneRuleExample("Hey! Your order shipped today.", CustomerMessage: "hey guys, where's my stuff? thx")]),
            new RuleText("«{0}» برای مشتری‌ای که خودمانی نوشته خشک و اداری است.", "\"{0}\" is stiff for a customer who wrote casually.", Fa, En,
                "ساده و خودمانی‌تر بنویسید.", "Write more plainly and warmly."));
    }

    public override void Check(LintContext context, FindingSink sink)
    {
        var customer = context.Customer;
        if (_formalCustomer ? !customer.IsFormal : !customer.IsCasual)
        {
            return;
        }

        if (_formalCustomer)
        {
            foreach (var hit in context.HitsOf(LexiconGroup.Colloquial))
            {
                sink.Add(new Finding(this, hit.Start, hit.Length));
            }

            var text = context.Masked;
            for (var i = 0; i < text.Length; i++)
            {
                if (Emoji.IsEmoji(text, i, out var length))
                {
                    sink.Add(new Finding(this, i, length));
                    i += length - 1;
                }
            }

            return;
        }

        foreach (var group in (ReadOnlySpan<LexiconGroup>)[LexiconGroup.Formal, LexiconGroup.Robotic])
        {
            foreach (var hit in context.HitsOf(group))
            {
                sink.Add(new Finding(this, hit.Start, hit.Length));
            }
        }
    }
}

/// <summary>TL1801: emoji, emoticons or jokes in reply to an angry customer.</summary>
internal sealed class UpsetRule() : ToneRule(
    Ex.Info("TL1801", ToneCategory.EmojiWhenUpset, ToneSeverity.Error, "No emoji or jokes with an angry customer", "seed 004, tips 6 and 7",
        [new ToneRuleExample("سلام، پیگیری می‌کنم 😊", CustomerMessage: "این افتضاحه!!! سه بار سفارشم اشتباه اومده."),
         new ToneRuleExample("Haha, happens to the best of us :) I'll check.", CustomerMessage: "This is unacceptable. Worst service ever.")],
        [new ToneRuleExample("سلام، حق دارید. همین الان سفارش درست را می‌فرستم.", CustomerMessage: "این افتضاحه!!! سه بار سفارشم اشتباه اومده."),
         new ToneRuleExample("Great, glad it worked 😊", CustomerMessage: "Thanks, it works now!")]),
    new RuleText("«{0}» در پاسخ به مشتری عصبانی مناسب نیست.", "\"{0}\" does not fit a reply to an angry customer.",
        "نکته ۶ و ۷: اگر مشتری عصبانی است آرامش کنید؛ حواستان به شوخی و شکلک باشد.",
        "Tips 6 and 7: calm an angry customer; emoji and jokes read as not taking them seriously.",
        "شکلک یا شوخی را حذف کنید و به حل مشکل بپردازید.", "Remove it and get to the fix."))
{
    public override void Check(LintContext context, FindingSink sink)
    {
        if (!context.Customer.Angry)
        {
            return;
        }

        var text = context.Masked;
        for (var i = 0; i < text.Length; i++)
        {
            if (Emoji.IsEmoji(text, i, out var length))
            {
                sink.Add(new Finding(this, i, length, string.Empty, true));
                i += length - 1;
            }
        }

        foreach (var hit in context.HitsOf(LexiconGroup.Joke))
        {
            sink.Add(new Finding(this, hit.Start, hit.Length));
        }
    }
}
