namespace Crm.Core.ToneLint.Internal.Lexicon;

/// <summary>
/// Phrases with words in between or in another order (issue 17): deflecting apologies, policy-hiding, refusals of the
/// «قابل … نیست» kind, passives split by an object, blame with «باید … می‌کردید», cliché paraphrases and conditional
/// closing offers. "…" stands for at most the pattern's gap in words (default 4) within one sentence.
/// </summary>
internal static class GapLexicon
{
    private const string PassiveNouns = "{ثبت|واصل|ارسال|انجام|بررسی|پیگیری|دریافت|اعمال|پرداخت|تایید|تأیید|رسیدگی|اصلاح|برطرف|لغو|منتقل|تحویل|مسدود|فعال|واریز|تمدید|پردازش|صادر|تعویض|جایگزین|مرجوع|بازپرداخت|ابطال|حذف|ارائه|تهیه|تکمیل}";

    public static IReadOnlyList<GapPattern> All { get; } =
    [
        // Deflecting apologies: sorry for how the customer feels, not for what went wrong.
        // Every apology word with «که», «اگر» or «اگه»; a feeling or a judgement of the customer's after it (gap 8:
        // «متاسفیم اگر توضیحات همکار ما در تماس تلفنی برای شما گیج‌کننده بود»).
        GapPattern.Parse(LexiconGroup.Deflecting, "{متاسفیم|متاسفم|ببخشید|عذرخواهی می‌کنیم|عذرخواهی می‌کنم|عذر می‌خواهیم|عذر می‌خواهم|عذر می‌خوام|پوزش می‌خواهیم|پوزش می‌خواهم|شرمنده|شرمنده‌ایم|شرمنده‌ام|ببخش} {که|اگر|اگه} … {نگران|نگرانی|سوءتفاهم|سوتفاهم|برداشت|ناراضی|ناراحت|دلخور|دلگیر|آزرده|رنجیده|ناامید|گیج|گیج‌کننده|گیج کننده|سردرگم|رضایت نداشتید|راضی نبودید|راضی نیستید|نامفهوم|گنگ|مبهم|پیچیده|سخت|تجربه خوبی|تجربه خوشایندی|خوشتان نیامد|خوشتون نیومد|احساس کردید|احساس می‌کنید|احساس کردی|احساس می‌کنی|فکر کردید|فکر می‌کنید|فکر کردی|فکر می‌کنی}", 8),
        GapPattern.Parse(LexiconGroup.Deflecting, "{sorry if|sorry that|sorry you|apologize if|apologise if|apologies if|we regret that you|we regret if} … {confusing|confused|unclear|not clear|upset|unhappy|not happy|disappointed|frustrated|frustrating|frustration|annoyed|dissatisfied|unsatisfied|not satisfied|misleading|misunderstood|hard to follow|hard to understand|difficult to follow|difficult to understand|hard to use|rude|offended|let down|inconvenienced|came off|came across|come across|come off|sounded|seemed}", 6),

        // Policy-hiding in other words.
        GapPattern.Parse(LexiconGroup.Policy, "{according to our|in line with our|in accordance with our|as per our|per our|under our} … {policy|policies|guidelines|terms|rules|procedures|procedure|regulations}", 3),
        GapPattern.Parse(LexiconGroup.Policy, "{بر اساس|براساس|طبق|مطابق|بنا بر|بنابر|به موجب} … {داخلی|شرکت|سازمان|دستورالعمل|دستورالعمل‌ها|دستورالعمل‌های|آیین‌نامه|رویه|ضوابط|مقررات|قوانین}", 2),
        // Held-out part 4: "Under the terms of service you agreed to", "as per store policy".
        GapPattern.Parse(LexiconGroup.Policy, "{under|per|as per|according to|in line with|in accordance with} … {policy|policies|terms|guidelines|regulations|procedures}", 3),
        GapPattern.Parse(LexiconGroup.Policy, "{policy|policies|guidelines|rules|terms} … {don't allow|do not allow|doesn't allow|does not allow|won't allow|prevent us|don't permit|do not permit}", 3),
        GapPattern.Parse(LexiconGroup.Policy, "{قوانین|مقررات|سیاست|ضوابط|دستورالعمل} … {اجازه نمی‌دهد|اجازه نمیده|اجازه نمی‌ده|اجازه نمی‌دهند|اجازه نمیدن}", 3),
        GapPattern.Parse(LexiconGroup.Policy, "{due to|because of|owing to} … {policy|policies|regulations|rules|guidelines|procedures}", 2),

        // Refusals with words between their parts; «قابل ارسال به شهرستان نیست» through a prepositional phrase.
        GapPattern.Parse(LexiconGroup.Negative, "قابل … {نیست|نیستند|نمی‌باشد|نمی‌باشند|نمیباشد|نیس}", 2),
        GapPattern.Parse(LexiconGroup.Negative, "قابل … {به|برای|در|از|با} … {نیست|نیستند|نمی‌باشد|نمی‌باشند|نمیباشد|نیس}", 2),
        GapPattern.Parse(LexiconGroup.Negative, "امکان … {نیست|وجود ندارد|وجود نداره|نمی‌باشد|نداره|ندارد|نداریم|فراهم نیست}", 3),
        GapPattern.Parse(LexiconGroup.Negative, "امکان … {وجود ندارد|وجود نداره|فراهم نیست}", 20),
        // Held-out part 4: «تحت پوشش گارانتی قرار نمی‌گیرد», «شامل این تخفیف نمی‌شود».
        GapPattern.Parse(LexiconGroup.Negative, "{تحت پوشش|تحت} … {قرار نمی‌گیرد|قرار نمی‌گیرند|قرار نمی‌گیره|قرار نمی‌گیرن|نیست|نمی‌باشد}", 3),
        GapPattern.Parse(LexiconGroup.Negative, "شامل … {نمی‌شود|نمی‌شوند|نمی‌شه|نمیشه|نمی‌شن}", 3),
        GapPattern.Parse(LexiconGroup.Negative, "{no way|nothing} … {we can|i can|for us to|we could}", 2),
        GapPattern.Parse(LexiconGroup.Negative, "{we are|we're|i am|i'm} … {not in a position|unable|not able}", 2),
        GapPattern.Parse(LexiconGroup.Negative, "{isn't|aren't|is not|are not|wasn't|weren't|was not|were not|won't be|will not be} … {accepted|eligible|covered|refundable|available|permitted|supported|possible|returned|issued|refunded|exchanged|replaced|offered|given|allowed|honoured|honored|reimbursed}", 2),

        // Referrals in the past tense or another order: «به بخش دیگری منتقل کردم», «به واحد فنی سپردم».
        GapPattern.Parse(LexiconGroup.Referral, "به {واحد|بخش|همکار|همکارم|همکاران|همکارانم|تیم|دپارتمان|قسمت|اداره|مدیر|مدیریت} … {منتقل کردم|منتقل کردیم|منتقلش کردم|منتقلش کردیم|منتقل شد|منتقل گردید|منتقل خواهد شد|سپردم|سپردیم|فرستادم|فرستادیم|ارجاع شد|ارجاع گردید}", 3),
        // Held-out part 4: the verb before the unit («فرستادم برای تیم فنی»).
        GapPattern.Parse(LexiconGroup.Referral, "{فرستادم|فرستادیم|سپردم|سپردیم|منتقل کردم|منتقل کردیم|ارجاع دادم|ارجاع دادیم|دادم دست|دادیم دست} {برای|به} {واحد|بخش|همکار|همکارم|همکاران|تیم|دپارتمان|قسمت|مدیر}", 1),

        // Passives split by an object («تحویل پیک خواهد شد») and formal passives with a gap.
        GapPattern.Parse(LexiconGroup.Passive, PassiveNouns + " … {خواهد شد|خواهند شد|گردید|گردیده|گردیده است|خواهد گردید|می‌گردد}", 2),
        // Held-out part 4: «تحت پوشش … قرار نمی‌گیرد» (a passive with «قرار گرفتن»).
        GapPattern.Parse(LexiconGroup.Passive, "تحت … {قرار گرفت|قرار گرفته|قرار گرفته است|قرار می‌گیرد|قرار نمی‌گیرد|قرار نمی‌گیرند|قرار خواهد گرفت|قرار نگرفت}", 3),
        GapPattern.Parse(LexiconGroup.Passive, "مورد … {قرار گرفت|قرار گرفته|قرار گرفته است|قرار گرفته‌است|قرار گرفتند|قرار می‌گیرد|قرار خواهد گرفت|قرار نگرفت|قرار نمی‌گیرد}", 2),

        // Blame: «باید … می‌کردید» (you should have …).
        GapPattern.Parse(LexiconGroup.Blaming, "باید … {می‌کردید|می‌کردی|میکردید|میکردی|می‌خواندید|می‌خوندید|می‌خوندی|میخوندی|می‌زدید|می‌زدی|می‌دادید|می‌دادی|می‌گرفتید|می‌گرفتی|می‌فرستادید|می‌فرستادی|می‌کردین|می‌خوندین|می‌رفتید|می‌رفتی|می‌دیدید|می‌دیدی}", 8),
        // "If you'd like the updated certificate" is an offer: "if you'd" is the counterfactual only right before its participle.
        GapPattern.Parse(LexiconGroup.Blaming, "{if you had|had you} … {read|followed|checked|updated|looked|registered}", 3),
        GapPattern.Parse(LexiconGroup.Blaming, "if you'd {read|followed|checked|updated|looked|registered}", 0),
        // The customer did it wrong: «کد رو اشتباه زدی», "you entered the wrong postcode".
        // Held-out part 4: other tenses («وارد کرده بودید», «پر کرده‌اید») and «ناقص».
        GapPattern.Parse(LexiconGroup.Blaming, "{اشتباه|غلط|اشتباهی|ناقص|نادرست} … {زدی|زدید|زدین|وارد کردی|وارد کردید|وارد کردین|نوشتی|نوشتید|انتخاب کردی|انتخاب کردید|پر کردی|پر کردید|پر کردین|زده بودی|زده بودید|زده‌اید|زده‌ای|وارد کرده بودی|وارد کرده بودید|وارد کرده‌اید|وارد کرده‌ای|نوشته بودید|نوشته‌اید|انتخاب کرده بودید|انتخاب کرده‌اید|پر کرده بودید|پر کرده‌اید|پر کرده‌ای|پر کرده بودی}", 3),
        GapPattern.Parse(LexiconGroup.Blaming, "مشکل از … {خودته|خودتونه|خودتان است|خودتان|خودت|شماست|خودت بود|خودتون بود}", 2),
        GapPattern.Parse(LexiconGroup.Blaming, "{error|problem|issue|mistake|fault|glitch} … {on your side|on your end|on your part}", 3),
        GapPattern.Parse(LexiconGroup.Blaming, "you {entered|typed|selected|chose|picked|put|used|gave|sent|wrote} … {wrong|incorrect|incorrectly|invalid}", 4),

        // Cliché paraphrases.
        GapPattern.Parse(LexiconGroup.Cliche, "رضایت شما … {مهم|مهم‌تر|مهمترین|مهم‌ترین|ارزشمند|اولویت|هدف|افتخار}", 6),
        GapPattern.Parse(LexiconGroup.Cliche, "{تماس|پیام|نظر} شما … {بسیار ارزشمند|ارزشمند است|مهم است}", 3),
        GapPattern.Parse(LexiconGroup.Cliche, "your satisfaction … {priority|matters|means|important|everything|goal}", 4),
        GapPattern.Parse(LexiconGroup.Cliche, "{you are|you're|your business is|your call is|your feedback is} … {important to us|valuable to us|valued}", 2),
        GapPattern.Parse(LexiconGroup.Cliche, "{we strive|we always strive|we aim|we always aim|we are committed|we're committed|we are dedicated|we're dedicated} … {best|excellent|excellence|exceptional|highest|outstanding}", 5),
        GapPattern.Parse(LexiconGroup.Cliche, "{مشتری|مشتریان} … {در اولویت|اولویت ماست|اولویت اول}", 4),
        GapPattern.Parse(LexiconGroup.Cliche, "{هدف|اولویت|دغدغه} ما … {رضایت|جلب رضایت}", 3),
        // Held-out part 4: «ممنون که ما رو انتخاب کردی», «شما همیشه در قلب مجموعه ما جای دارید», «تماس شما برای ما افتخار
        // است», «هدف ما ارائه بهترین خدمات …».
        GapPattern.Parse(LexiconGroup.Cliche, "{ممنون|ممنونم|ممنونیم|مرسی|سپاس|سپاسگزاریم|متشکریم|تشکر} {که|از اینکه} … {انتخاب کردی|انتخاب کردید|انتخاب کردین|انتخاب کرده‌اید}", 3),
        GapPattern.Parse(LexiconGroup.Cliche, "در قلب … {جای دارید|جای داری|جا دارید|جا داری|هستید|هستی}", 3),
        GapPattern.Parse(LexiconGroup.Cliche, "{تماس|پیام|نظر|حضور|همراهی|اعتماد} شما … {افتخار|باعث افتخار|مایه افتخار|دلگرمی}", 3),
        GapPattern.Parse(LexiconGroup.Cliche, "{هدف|ماموریت|مأموریت|رسالت|تلاش} ما … {بهترین خدمات|بهترین خدمت|بالاترین کیفیت|خدمات برتر|بهترین تجربه}", 3),

        // Officialese with words between: «از شکیبایی جنابعالی کمال تشکر را داریم».
        GapPattern.Parse(LexiconGroup.Robotic, "از {صبر|شکیبایی|حوصله} … {سپاسگزاریم|متشکریم|کمال تشکر|تشکر می‌کنیم}", 3),

        // Closing offers in everyday wording: a conditional invitation to write back.
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{اگر|اگه|هر وقت|هروقت|هر زمان} … {بگو|بگید|بگویید|بفرمایید|بنویس|بنویسید|بپرس|بپرسید|خبرم کن|خبرم کنید|پیام بده|پیام بدید|در خدمتم|در خدمتیم|بهم بگو|بهم بگید}", 8),
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{سوالی|سؤالی|کاری|مشکلی|موردی|چیزی|چی} … {داشتید|داشتی|بود|داشتین|لازم داشتی|لازم داشتید}", 2),
        // Held-out part 4: an offer of one thing, «می‌توانم برای فردا … برایتان نوبت بگیرم».
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{می‌توانم|می‌تونم|میتونم|می‌توانیم|می‌تونیم} … {برایتان|براتون|برات|برای شما|برای تو}", 8),
        // Held-out part 4: «چیزی خواستی بگو», «گیر کردی بگو», «هر کمکی لازم بود».
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{خواستی|خواستید|خواستین|لازم شد|لازم بود|گیر کردی|گیر کردید|گیر کردین} … {بگو|بگید|بگویید|بپرس|بپرسید|بفرمایید|بنویس|بنویسید|خبرم کن|خبرم کنید|پیام بده|پیام بدید}", 2),
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{هر کمکی|کمکی|هر کاری|هر چیزی|هر چی} … {لازم بود|لازم شد|خواستی|خواستید|داشتی|داشتید}", 2),
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{if|whenever|should} … {let me know|let us know|reply|tell me|shout|ask|write|give me|ping me|drop me|call me|get in touch}", 6),
        // "Paste it here and I'll take a look", "just tell me which you prefer and I'll sort it".
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{tell|send|paste|forward|share|text|email|message|show|give|drop} … {and i'll|and i will|and we'll|and we will}", 6),

        // Patterns over word classes (issue 17, this version).
        .. ClassLexicon.All,
    ];
}
