namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>The built-in phrase rules with their wording and examples.</summary>
internal static class PhraseRules
{
    public static IEnumerable<ToneRule> Create()
    {
        yield return new PhraseRule(
            Ex.Info("TL0101", ToneCategory.NegativePhrasing, ToneSeverity.Warning, "Say what you will do, not what you cannot", "seed 004, tip 2",
                Ex.Of("متاسفانه این کار فعلا امکان‌پذیر نیست.", "نمي شود سفارش را تغییر داد.", "We can't change the address."),
                Ex.Of("می‌توانیم همین حالا سفارش را برایتان ثبت کنیم.", "I can change the address for you today.")),
            new RuleText("«{0}» بار منفی دارد؛ بگویید چه کاری انجام می‌دهید.", "\"{0}\" is negative phrasing; say what you will do instead.",
                "راهنمای پشتیبانی، نکته ۲: کلماتی مثل «نمی‌شود» و «نیست» بار منفی دارند؛ روی راه‌حل تمرکز کنید.",
                "Guide tip 2: words such as \"can't\" carry a negative load; focus on how the problem gets solved.",
                "به جای آن بنویسید چه کاری از دستتان برمی‌آید، مثلاً «می‌توانم … برایتان انجام دهم».",
                "Rewrite around what you can do, e.g. \"What I can do is …\"."),
            LexiconGroup.Negative,
            keep: static (c, h) => !c.IsConditional(h));

        yield return new PhraseRule(
            Ex.Info("TL0201", ToneCategory.BlamingLanguage, ToneSeverity.Warning, "Do not blame the customer", "seed 004, tips 2 and 30",
                Ex.Of("شما باید قبل از خرید توضیحات را می‌خواندید.", "مشکل از طرف شماست.", "You should have read the instructions."),
                Ex.Of("بیایید با هم بررسی کنیم؛ اول من تنظیمات را چک می‌کنم.", "Let's check it together: first I'll look at the settings.")),
            new RuleText("«{0}» مشتری را مقصر نشان می‌دهد.", "\"{0}\" puts the blame on the customer.",
                "نکته ۲ و ۳۰: «شما باید» بار منفی دارد؛ بدون ملامت، کار را گروهی نشان دهید.",
                "Tips 2 and 30: \"you must\" sounds like blame; present the next step as teamwork.",
                "از «بیایید با هم …» یا «اجازه بدید من …» استفاده کنید.", "Use \"let's …\" or \"I'll …\" instead."),
            LexiconGroup.Blaming,
            keep: static (c, h) => !c.IsConditional(h));

        yield return new ClicheRule(
            Ex.Info("TL0301", ToneCategory.Cliche, ToneSeverity.Suggestion, "Avoid clichés", "seed 004, tip 15",
                Ex.Of("شما را وصل می‌کنم. تماس شما برای ما بسیار ارزشمند است.", "We apologize for any inconvenience."),
                Ex.Of("خانم مرادی، شما را به آقای صالحی معرفی می‌کنم که متخصص همین موضوع است.", "Sorry the invoice was wrong; I've fixed it.")),
            new RuleText("«{0}» جمله‌ای کلیشه‌ای است.", "\"{0}\" is a cliché.",
                "نکته ۱۵: مشتری از شنیدن جملات کلیشه‌ای خسته است؛ جمله‌ای خاص همین گفتگو بنویسید.",
                "Tip 15: customers are tired of stock phrases; write something specific to this conversation.",
                "جمله را حذف کنید یا چیزی مشخص درباره همین مشتری بگویید.", "Drop it or say something specific to this customer."));

        yield return new PhraseRule(
            Ex.Info("TL0401", ToneCategory.RoboticFormality, ToneSeverity.Suggestion, "Plain words, not officialese", "seed 004, tips 16 and 48",
                Ex.Of("ما از صبر شما سپاسگزاریم.", "بابت ایجاد مزاحمت عذرخواهم.", "Kindly do the needful."),
                Ex.Of("ممنون که منتظر بودید.", "Thanks for waiting.")),
            new RuleText("«{0}» رسمی و ماشینی است.", "\"{0}\" sounds robotic.",
                "نکته ۱۶ و ۴۸: مثل یک انسان بنویسید؛ «بابت ایجاد مزاحمت عذرخواهم» یعنی «ببخشید».",
                "Tips 16 and 48: talk like a human; plain words beat officialese.",
                "واژه ساده‌تر را به کار ببرید.", "Use the plain word."),
            LexiconGroup.Robotic,
            static c => !c.Customer.IsFormal);

        yield return new PhraseRule(
            Ex.Info("TL0501", ToneCategory.DeflectingApology, ToneSeverity.Warning, "Apologise for the problem, not for their feelings", "seed 004, tips 19 and 37",
                Ex.Of("متاسفیم که با این مشکل مواجه شدید.", "We're sorry you feel that way."),
                Ex.Of("ببخشید که سفارشتان دیر رسید؛ اشتباه از ما بود.", "I'm sorry we shipped the wrong size.")),
            new RuleText("«{0}» طفره رفتن از عذرخواهی است.", "\"{0}\" deflects the apology.",
                "نکته ۳۷: «متاسفیم که با این مشکل مواجه شدید» مشتری را عصبانی می‌کند؛ برای خود مشکل عذرخواهی کنید.",
                "Tip 37: apologising for how the customer feels dodges the apology; apologise for what went wrong.",
                "مثلاً: «ببخشید که … ؛ اشتباه از ما بود و همین الان درستش می‌کنم».", "E.g. \"I'm sorry we … — I'm fixing it now.\""),
            LexiconGroup.Deflecting);

        yield return new PhraseRule(
            Ex.Info("TL1401", ToneCategory.VagueTimeline, ToneSeverity.Warning, "Give a time, not \"soon\"", "seed 004, tip 32; seed 001",
                Ex.Of("در اسرع وقت پیگیری می‌کنیم.", "بزودی با شما تماس می‌گیریم.", "We'll get back to you ASAP."),
                Ex.Of("تا ساعت ۱۶ امروز با شما تماس می‌گیرم.", "I'll email you by 4 pm today.", "As soon as the parcel arrives I'll text you.")),
            new RuleText("«{0}» زمان مشخصی نمی‌گوید.", "\"{0}\" gives no actual time.",
                "نکته ۳۲ و مقاله ۰۰۱: درباره اقدام بعدی و زمان آن شفاف باشید.",
                "Tip 32 and seed 001: be clear about what happens next and when.",
                "یک زمان یا بازه مشخص بنویسید، مثلاً «تا فردا ساعت ۱۰».", "Name a time, e.g. \"by 10 am tomorrow\"."),
            LexiconGroup.Vague,
            keep: static (c, h) => h.Start < c.Structure.BodyEnd && !c.IsConditional(h));

        yield return new PhraseRule(
            Ex.Info("TL1601", ToneCategory.PolicyHiding, ToneSeverity.Warning, "Do not hide behind policy", "seed 001",
                Ex.Of("طبق قوانین شرکت امکان بازگشت وجه نیست.", "طبق قوانینمون نمیشه.", "As per our policy, refunds take 30 days."),
                Ex.Of("چون کالا باز شده، به جای بازگشت وجه می‌توانم تعویضش کنم.", "Because the seal is broken, I can offer an exchange.")),
            new RuleText("«{0}» پنهان شدن پشت قوانین است.", "\"{0}\" hides behind policy.",
                "مقاله ۰۰۱: خود را پشت سیاست‌ها و فرایندها پنهان نکنید؛ دلیل را توضیح دهید (نکته ۳۶).",
                "Seed 001: do not hide behind policies and procedures; explain the reason (tip 36).",
                "دلیل واقعی را بگویید و راه جایگزین پیشنهاد دهید.", "Give the real reason and offer an alternative."),
            LexiconGroup.Policy);
    }
}
