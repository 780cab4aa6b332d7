namespace Crm.Core.ToneLint.Internal.Lexicon;

/// <summary>Markers of register and mood (seed 004, tips 5, 6, 7, 44) and the default glossary (tip 8).</summary>
internal static class RegisterLexicon
{
    public static readonly string[] GenericGreeting =
    [
        "مشتری گرامی", "مشتری عزیز", "مشتری محترم", "مشترک گرامی", "مشترک عزیز", "مشترک محترم", "کاربر گرامی",
        "کاربر عزیز", "کاربر محترم", "همراه گرامی", "خریدار گرامی",
        "dear customer", "dear valued customer", "dear client", "dear user", "dear sir or madam", "dear sir/madam",
        "dear member", "hello customer", "dear valued client", "dear sir", "dear madam", "to whom it may concern",
    ];

    public static readonly string[] Formal =
    [
        "با سلام و احترام", "با سلام و عرض ادب", "احتراماً", "احتراما", "جنابعالی", "سرکار خانم", "سرکار عالی",
        "خواهشمند است", "خواهشمندم", "اینجانب", "مستدعی است", "بدینوسیله", "بدین وسیله", "محترم", "با تشکر و احترام",
        "ارادتمند", "عطف به", "به استحضار", "مقتضی است", "مراتب", "می‌باشد", "می‌باشند", "بفرمایید", "فرمودید",
        "dear sir", "dear madam", "sincerely", "yours faithfully", "i am writing to", "i would be grateful",
        "kind regards", "respectfully", "i kindly request", "please advise", "to whom it may concern",
        "i would appreciate", "i wish to",
    ];

    public static readonly string[] Colloquial =
    [
        "میشه", "می‌شه", "میتونم", "می‌تونم", "میتونید", "می‌تونید", "میتونی", "می‌تونی", "میخوام", "می‌خوام",
        "میخواید", "می‌خواید", "براتون", "براتان", "بهتون", "ازتون", "دیگه", "اینو", "اونو", "چطوری", "چیه", "کجاست",
        "رفقا", "داداش", "عزیزم", "مرسی", "اوکی", "باشه", "آره", "نه بابا", "خب", "یه", "چیزی نیست",
        "شدین", "کردین", "بگین", "بدین", "نگران نباش", "حله", "ایول", "خخخ", "هههه", "دمت گرم", "فدات", "قربونت", "سلامم",
        "hey", "hiya", "yeah", "yep", "gonna", "wanna", "lol", "thx", "thanks a ton", "cheers", "no worries", "cool",
        "awesome", "guys", "hey there", "what's up", "ok so", "btw", "haha", "u r", "pls", "plz", "gotcha", "dude",
    ];

    public static readonly string[] Anger =
    [
        "افتضاح", "افتضاحه", "مسخره", "مسخرست", "عصبانی", "عصبانیم", "بی‌مسئولیت", "بی مسئولیت", "کلاهبردار",
        "کلاهبرداری", "شکایت", "شکایت می‌کنم", "دیگه هیچوقت", "واقعا که", "خسته شدم", "بدترین", "بی‌شرم", "شرم‌آور",
        "توهین", "زشت", "گند", "داغون", "پولمو", "پولم رو", "پس بدید", "دزد", "دزدی", "آشغال", "فاجعه", "ناامید",
        "unacceptable", "terrible", "worst", "ridiculous", "angry", "furious", "disgusting", "scam", "fraud",
        "pathetic", "useless", "awful", "horrible", "outraged", "fed up", "never again", "refund now", "joke of a",
        "incompetent", "rip off", "ripoff", "lawyer", "complaint", "disgrace", "livid",
        // Held-out part 4: the words with an ending.
        "disgraceful", "مسخره‌بازی", "مسخره‌بازیه", "مسخره بازی", "عصبانی‌ام", "عصبانی‌ایم", "عصبانی هستم", "عصبانی شدم", "عصبانیه",
    ];

    /// <summary>Signs of a complaint without an anger word (issue 17): repetition, waiting, nobody answering.</summary>
    public static readonly string[] Complaint =
    [
        "third time", "second time", "3rd time", "2nd time", "again", "still nothing", "still not", "still no", "still waiting",
        "nobody", "no one", "not happy", "unhappy", "seriously", "how many times", "every time", "waste of", "days now",
        "weeks now", "no response", "no reply", "no answer", "not working", "doesn't work", "still broken", "wrong again",
        "بار سوم", "بار دوم", "سومین بار", "دوباره", "باز هم", "هنوز", "هیچ خبری", "خبری نیست", "کسی جواب", "جواب نداده",
        "جواب نمیده", "جواب نمی‌دید", "چند بار", "منتظرم", "سه روزه", "چند روزه", "یک هفته", "یه هفته", "واقعا", "جدی",
        "ناراضی", "خراب", "اشتباه اومده", "اشتباه ارسال", "پیگیری نکردید", "بی‌جواب", "هیچکس", "هیچ‌کس",
        "خیلی بده", "خیلی بد بود", "اشتباه فرستادید", "اشتباهی فرستادید", "هفته‌ست", "روزه منتظرم",
        // This version: the ordinal of repetition as a class.
        "دومین بار", "سومین بار", "چهارمین بار", "پنجمین بار", "دومین باره", "سومین باره", "چهارمین باره", "بار چهارم", "بار پنجم",
        "باره که", "fourth time", "fifth time", "4th time", "5th time", "for the second", "for the third", "once again",
    ];

    /// <summary>Signs of a pleased customer: thanks and praise lower the anger score.</summary>
    public static readonly string[] Positive =
    [
        "thanks", "thank you", "thx", "great", "amazing", "awesome", "love it", "perfect", "you rock", "glad", "happy with",
        "brilliant", "wonderful", "appreciate", "مرسی", "ممنون", "عالی", "دمتون گرم", "دمت گرم", "خیلی خوب", "راضی‌ام",
        "سپاس", "متشکرم", "ایول", "محشر", "دستتون درد نکنه",
    ];

    public static readonly string[] Joke =
    [
        "خخخ", "خخخخ", "هههه", "ههههه", "شوخی کردم", "جوک", "haha", "hahaha", "lol", "lmao", "rofl", "hehe", "jk",
        "just kidding", "😂", "🤣", "😜", "😅",
    ];

    public static readonly string[] DefaultGlossary =
    [
        "مزاحمت", "متاسفانه", "متأسفانه", "مراسلات => مکالمات", "مراسلات شما => مکالمات شما",
        // Held-out part 4: the verb «مزاحم شدن».
        "مزاحم شدم", "مزاحم شدیم", "مزاحمتون شدم", "مزاحمتان شدم", "مزاحم شما شدم", "مزاحم شما شدیم",
        // The word-class version: the present of the same verb.
        "مزاحمتی", "مزاحمت‌ها", "مزاحمتون می‌شم", "مزاحمتان می‌شوم", "مزاحم می‌شم", "مزاحم می‌شوم", "مزاحم شما می‌شوم", "مزاحمت می‌شم",
    ];

    /// <summary>Present stems after «می»/«نمی» that make a verb: a word «میX…» with X here lacks its ZWNJ.</summary>
    public static readonly string[] VerbStems =
    [
        "ش", "تو", "تون", "کن", "ده", "دیم", "دم", "دن", "دی", "خوا", "خا", "گیر", "رس", "دان", "دون", "بین", "گرد",
        "آی", "آ", "فرست", "گذار", "ذار", "گذر", "گوی", "گی", "گم", "گن", "پرداز", "ساز", "نویس", "خور", "رو", "ری",
        "زن", "بر", "بخش", "پذیر", "کش", "مان", "مون", "گو", "یاب", "فهم", "شن",
    ];

    /// <summary>Words that start like a verb with «می» but are nouns or adjectives.</summary>
    public static readonly string[] VerbStemExceptions =
    [
        "میدان", "میدانی", "میدانها", "میدون", "میخ", "میز", "میزان", "میزبان", "میراث", "میرزا", "میکروب", "میکروفون",
        "میگرن", "میگو", "میلاد", "میلیارد", "میلیون", "میهن", "میوه", "میش", "میشل", "میترا", "میکائیل", "میرا",
        "میزها", "میگوها", "میکده", "مینا", "مینو", "میرزایی", "میرداماد",
    ];
}
