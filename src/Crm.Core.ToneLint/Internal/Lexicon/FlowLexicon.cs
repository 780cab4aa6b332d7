namespace Crm.Core.ToneLint.Internal.Lexicon;

/// <summary>Timelines, referrals, passive voice and closing offers (seed 004, tips 12, 14, 18, 32, 38; seed 001).</summary>
internal static class FlowLexicon
{
    public static readonly string[] Vague =
    [
        "در اسرع وقت", "به زودی", "بزودی", "هر چه سریع‌تر", "هرچه سریعتر", "هر چه زودتر", "هرچه زودتر", "در آینده نزدیک",
        "در آینده‌ای نزدیک", "در اولین فرصت", "اولین فرصت", "سر فرصت", "طی روزهای آینده", "در روزهای آینده",
        "در روزهای آتی", "ظرف روزهای آینده", "چند روز دیگه", "چند روز دیگر", "یه کم دیگه", "یک کم دیگه", "بعدا", "بعداً",
        "به موقعش", "در زمان مناسب", "در اولین زمان ممکن", "تا چند وقت دیگه", "یه مدت دیگه",
        "asap", "a.s.a.p", "as soon as possible", "shortly", "soon", "in due course", "at some point", "in the near future",
        "in a timely manner", "at the earliest", "eventually", "when possible", "as soon as we can", "in the coming days",
        "in a few days", "sometime", "at a later date", "before long", "in a bit", "in a little while", "in a while",
        "a little later", "at some stage", "any day now", "in due time", "ظرف چند روز", "طی چند روز", "تا چند روز دیگه",
        "یکم دیگه", "یه مدت دیگه", "یه چند روز دیگه", "in a couple of days", "in a couple of weeks", "in a few weeks",
        "in the next few days", "in the next couple of days", "over the next few days", "within a few days",
        "within the next few days", "ظرف چند روز آینده", "طی چند روز آینده", "ظرف چند هفته", "چند هفته دیگه", "چند هفته دیگر",
        "!as soon as", "!soon as", "!talk soon", "!speak soon", "!see you soon", "!chat soon", "!hear from you soon",
        // Held-out part 4: «یه ذره دیگه», and waiting for a free moment.
        "یه ذره دیگه", "یک ذره دیگر", "یه ذره دیگر", "یه کوچولو دیگه", "فرصت شود", "فرصت بشه", "فرصت شد", "فرصت کنیم", "فرصت کردم",
        "وقت شد", "وقت بشه", "وقت کنیم", "هر وقت فرصت", "تا اطلاع ثانوی", "until further notice", "!get well soon", "!catch you soon", "!talk to you soon", "!speak to you soon", "!بعداً می‌بینمت", "!بعدا میبینمت", "!بعداً می‌بینیمت", "!تا بعد",
    ];

    public static readonly string[] Referral =
    [
        "ارجاع بدم", "ارجاع بدهم", "ارجاع می‌دهم", "ارجاع میدم", "ارجاع می‌دم", "ارجاع دادم", "ارجاع داده‌ایم",
        "ارجاع دادیم", "ارجاع داده شد", "ارجاع داده می‌شود", "ارجاع داده میشه", "ارجاع می‌دهیم", "ارجاع میدیم", "ارجاع شد",
        "ارجاع گردید", "منتقل می‌کنم", "منتقل میکنم", "منتقل کنم", "منتقلتون می‌کنم", "وصل می‌کنم", "وصلتون می‌کنم",
        "وصلتان می‌کنم", "ارسال می‌کنم به واحد", "به واحد دیگری ارجاع", "به بخش دیگری ارجاع", "بفرستمتون به", "پاس بدم",
        "transfer you", "transferring you", "transferred you", "refer you", "referring you", "referred you",
        "forward your", "forwarded your", "forwarding your", "escalate", "escalated", "escalating", "pass you to",
        "passing you to", "hand you over", "connect you with", "connect you to", "redirect you", "passed your",
        "passed this to", "forwarded this to", "forwarding this to",
        // Held-out part 4: the spoken «وصلت می‌کنم», a query forwarded or routed to a team.
        "وصلت می‌کنم", "وصلت کنم", "وصلتون کنم", "forwarded to the", "forwarded it to", "passed on to the", "passed it on to",
        "routed to", "handed over to", "handed it over to", "handed your",
        // This version: the English idioms of handing a caller on, as a class.
        "put you through", "putting you through", "pass you over", "passing you over", "pass you on", "passing you on",
        "passed you on", "hand you off", "handing you off", "handing you over", "handed you over", "loop in", "looping in",
        "looped in", "send you over", "sending you over", "sent you over", "passed it along", "passing it along",
        "passed this along", "passing this along", "bumped it up", "bumped this up", "kicked it over", "kicked this over",
        "needs to go to", "has to go to", "will need to go to", "passed your note on",
        "passed your message on", "passed your details on", "handing this over", "hand this over to", "handed this over",
        "best answered by", "better answered by", "best handled by", "better handled by", "bounced your", "bounce you", "bouncing you",
        "bounced you", "take this up with", "take it up with", "raise this with", "raise it with the",
    ];

    public static readonly string[] ReferralReason =
    [
        "چون", "چونکه", "زیرا", "چرا که", "که می‌تواند", "که می‌تونه", "که میتونه", "که بهتر", "تا بتوانند", "تا بتونن",
        "تا همین", "متخصص", "کارشناس فنی", "کارشناس مالی", "مسئول", "دلیلش", "به این دلیل", "برای اینکه", "تا سریع‌تر",
        "because", "who can", "who will", "since", "as they", "so they can", "so that", "specialist", "expert",
        "they can", "she can", "he can", "in order to", "the reason", "best placed",
        "can change", "can sort", "can fix", "can help", "can answer", "can check", "can approve", "can issue", "can arrange",
        "can update", "can process", "is able to", "will be able to", "می‌تونه", "می‌تواند", "می‌تونن", "می‌توانند",
        "!کارشناس مربوطه", "!کارشناس مربوط", "!کارشناسان مربوطه", "!relevant specialist", "!relevant expert",
    ];

    public static readonly string[] ClosingOffer =
    [
        "اگر سوال دیگری", "اگر سؤال دیگری", "اگه سوال دیگه", "اگه سوالی", "اگر سوالی", "اگر پرسشی", "هر سوالی", "هر سؤالی",
        "سوال دیگه‌ای", "سوال دیگری", "کمک دیگه‌ای", "کمک دیگری", "کار دیگه‌ای", "کار دیگری", "در خدمتم", "در خدمتیم",
        "در خدمت شما هستیم", "در خدمت شما هستم", "خوشحال می‌شم", "خوشحال می‌شوم", "خوشحال میشیم", "خوشحال می‌شویم",
        "در میون بگذارید", "در میان بگذارید", "در میون بذارید", "خبرم کنید", "خبرمون کنید", "خبرم کن", "بهم بگید",
        "بهم بگو", "به من بگید", "به من بگویید", "به ما اطلاع دهید", "به ما اطلاع بدید", "به من اطلاع بدید",
        "به من اطلاع دهید", "کمکتون کنم", "کمکتان کنم", "کمکت کنم", "کمک کنیم", "پیام بدید", "پیام بدهید", "پیام بده",
        "تماس بگیرید", "هستیم که کمک", "کنارتون هستیم", "کنارتان هستیم", "هر وقت خواستید", "هر زمان خواستید", "بپرسید",
        "let me know", "anything else", "happy to help", "glad to help", "feel free to", "reach out", "get in touch",
        "just reply", "reply to this", "here to help", "don't hesitate", "do not hesitate", "other questions",
        "any questions", "further questions", "more questions", "can i help", "can we help", "help with anything",
        "write back", "reply here", "want me to", "shall i", "would you like", "should i", "مایلید", "می‌خواهید که", "می‌خواید", "here for you", "get back to me", "anything i can", "any other", "just ask", "drop us a line", "give us a call",
        "give me a shout", "shout if", "just shout", "happy to jump", "jump on a call", "if that helps", "if that's easier",
        "if it helps", "just say the word", "say the word", "i'm around", "ping me", "if anything looks off", "if anything comes up",
        "if you need anything", "if you need a hand", "tell me if", "let us know", "how it goes", "if it still", "if they help",
        "if that works", "if you'd like", "happy to set up", "من اینجام", "من همینجام", "همینجام", "همینجا بنویس",
        "همین‌جا بنویسید", "همینجا بگو", "همینجا بپرس", "کاری داشتی", "کاری داشتید", "هر چی لازم داشتی", "هرچی لازم داشتی",
        "اگر موردی بود", "اگه موردی بود", "بهم خبر بده", "در خدمتم اگر", "در خدمتیم اگر",
        // Held-out part 3, everyday offers: "send it and I'll …" (a gap pattern), «بفرستید تا بررسی کنم», «خبر بدهید».
        "be glad to", "be happy to", "i'd be glad", "i'd be happy",
        "بفرستید تا", "بفرستین تا", "بفرست تا", "بگویید تا", "بگید تا", "بگو تا", "بنویسید تا", "بنویس تا",
        "خبر بدهید", "خبر بدید", "خبر بده", "خبرمان کنید", "بخوای", "بخواید", "بخواین", "بخواهید", "مایل بودید", "مایل باشید",
        // Held-out part 4: «پرسش» where the list had «سوال», offers without «اگر» («من در دسترسم», «روی من حساب کنید»,
        // «با کمال میل»), an invitation to say what the customer wants («بفرمایید», «بپرس»), an offer of one thing
        // («می‌توانم برایتان …»); "Questions? Just hit reply.", "Fire away", "drop me a line", "I'm right here", "message me".
        "هر پرسش", "هر پرسشی", "پرسش دیگری", "پرسش دیگه", "پرسش‌های دیگر", "پرسش‌های دیگه", "پرسشی داشتید", "پرسشی بود",
        "پاسخگو هستم", "پاسخگوی شما هستم", "در دسترسم", "در دسترس هستم", "در دسترس شما هستم", "روی من حساب کنید",
        "روی من حساب کن", "روی ما حساب کنید", "با کمال میل", "در خدمتتان هستم", "در خدمتتون هستم", "در خدمت شما",
        "بفرمایید", "بپرس", "می‌توانم برایتان", "می‌تونم براتون", "می‌تونم برات", "می‌توانم برای شما",
        "hit reply", "fire away", "drop me a line", "drop me a note", "i'm right here", "i am right here", "right here if",
        "message me", "text me", "email me", "i'm here if", "i'm here to",
        // This version: offers in everyday wording as a class.
        "چیز دیگه‌ای", "چیز دیگری", "من هستم", "من اینجا هستم", "کافیه جواب", "کافی است پاسخ", "کافیست پاسخ", "کافیه پیام",
        "کافی است به همین", "کافیه به همین", "holler", "ring me", "give me a ring", "give me a buzz", "give me a call",
        "reach me", "if you need me", "need me", "i'm all ears", "i'm on hand", "i'm happy to", "we're happy to",
        "give us a shout", "کافی است جواب", "کافیست جواب", "any q's", "any qs", "holler if",
    ];

    public static readonly string[] Pivot =
    [
        "اما", "ولی", "ولیکن", "در عوض", "به جای آن", "بجاش", "به‌جاش", "در عوضش", "می‌توانیم", "میتونیم", "می‌تونیم",
        "می‌توانم", "می‌تونم", "پیشنهاد", "خوشبختانه",
        "but", "however", "instead", "though", "in the meantime", "meanwhile", "we can", "i can", "what we can",
        "alternatively", "happy to", "glad to",
    ];

    /// <summary>
    /// Pivots that offer something ("we can", «می‌تونم») rather than turn the sentence ("but", «اما»): after a refusal they
    /// are a way forward only after a clause break (<see cref="Pivot"/>).
    /// </summary>
    public static bool IsOfferPivot(string phrase) => OfferPivots.Contains(phrase);

    private static readonly HashSet<string> OfferPivots = new(
        ["می‌توانیم", "میتونیم", "می‌تونیم", "می‌توانم", "می‌تونم", "we can", "i can", "what we can", "happy to", "glad to"],
        StringComparer.Ordinal);

    /// <summary>Past participles that make a passive with «شد», «شده», «می‌شود» or spoken «میشه» («فرستاده شد»).</summary>
    public static readonly string[] Participles =
    [
        "فرستاده", "داده", "گرفته", "گذاشته", "برداشته", "دیده", "پرداخته", "ساخته", "نوشته", "برده", "آورده", "فروخته",
        "خریده", "پذیرفته", "رسانده", "برگردانده", "بازگردانده", "برگشت داده", "انداخته", "سپرده", "شنیده", "خوانده",
        "گفته", "دوخته", "چیده", "کشیده", "بسته‌بندی",
        // Spoken forms of the same participles.
        "برگردونده", "رسونده", "بازگردونده",
    ];

    /// <summary>Auxiliaries after a participle, formal and spoken.</summary>
    public static readonly string[] ParticipleAuxiliaries =
    [
        "شد", "شده", "شدند", "شده است", "شده‌است", "شده‌اند", "می‌شود", "می‌شوند", "میشه", "می‌شه", "میشن", "می‌شن", "خواهد شد",
        "شده بود",
        // Negated and subjunctive: «برگشت داده نمی‌شود», «پس گرفته نشه».
        "نمی‌شود", "نمی‌شوند", "نمیشه", "نمی‌شه", "نمیشن", "نمی‌شن", "نشد", "نشده", "نشده است", "نخواهد شد", "نشود", "نشه",
        "شود", "بشه",
    ];

    /// <summary>
    /// Adjectives that take «شد» as "became", not as a passive: «کارت فعال شد» (bare «شد» only; «فعال خواهد شد» stays).
    /// </summary>
    public static readonly string[] NotPassiveWithBareShod =
    [
        "!فعال شد", "!غیرفعال شد", "!فعال شدند", "!فعال نشد", "!غیرفعال نشد", "!فعال می‌شود", "!غیرفعال می‌شود", "!فعال شود",
        "!فعال نمی‌شود", "!فعال می‌شوند", "!فعال می‌شه", "!فعال نمی‌شه", "!فعال بشه", "!فعال میشه",
    ];

    /// <summary>Spoken present passives after a noun, and their negatives: «بررسی میشه», «تولید نمیشه».</summary>
    public static readonly string[] SpokenPassiveAuxiliaries = ["میشه", "می‌شه", "میشن", "می‌شن", "نمیشه", "نمی‌شه", "نمیشن", "نمی‌شن"];

    public static readonly string[] PassiveNouns =
    [
        "ثبت", "ارسال", "انجام", "بررسی", "پیگیری", "دریافت", "اعمال", "پرداخت", "تایید", "تأیید", "رسیدگی", "اصلاح",
        "برطرف", "لغو", "منتقل", "تحویل", "مسدود", "فعال", "غیرفعال", "واریز", "تمدید", "پردازش", "صادر", "تعویض",
        "جایگزین", "مرجوع", "بازپرداخت", "ابطال", "حذف", "اضافه", "واصل", "ارائه", "تهیه", "تکمیل", "تامین", "تأمین",
        "رفع", "اعلام", "تولید", "ارجاع",
        // Held-out part 4: nouns of the same kind that were missing.
        "نصب", "قبول", "مرتفع", "شارژ", "اعزام", "ترخیص", "تسویه", "ابلاغ", "تخصیص",
        // This version: the verbal nouns of service work as a class (repairs, signatures, settings, refunds, records).
        "تعمیر", "امضا", "امضاء", "معمول", "تنظیم", "بارگذاری", "بارگیری", "تخلیه", "ضبط", "چاپ", "محاسبه", "ارزیابی", "استرداد", "پذیرش", "صدور", "اجرا", "تعیین", "رزرو", "توقیف", "بلوکه", "مسترد", "عودت", "پاک",
        "آپدیت", "بروزرسانی", "به‌روزرسانی", "ویرایش", "بازبینی", "بازرسی", "راه‌اندازی", "جمع‌آوری", "بسته‌بندی", "ثبت‌نام",
        "ارزش‌گذاری", "کارشناسی", "تحقیق", "تمیز", "شستشو", "جابجا", "جابه‌جا", "ذخیره", "آزاد", "تسهیم", "اطلاع‌رسانی", "به‌روز", "بروز", "درج", "اقدام", "برگزار", "ایمیل", "بازپس", "لحاظ",
    ];

    public static readonly string[] PassiveAuxiliaries =
    [
        "گردید", "گردیده", "گردیده است", "گردیده‌است", "خواهد شد", "خواهد گردید", "شده است", "شده‌است", "می‌گردد",
        "خواهند شد", "گردیدند", "شده‌اند", "شده بود",
        // A bare or negated «شد» («ارسال شد», «صادر شد», «اعمال نشد»). The formal present «ارسال می‌شود» stays out: after a
        // noun it also reads as the impersonal «نمی‌شود» ("can't": «تغییر آدرس بعد از ارسال نمی‌شود»).
        "شد", "شدند", "نشد", "نشده", "نشده است", "نخواهد شد", "نمی‌گردد",
        // Held-out part 4: the formal present and the subjunctive («واریز می‌شود», «پرداخت شود»). The negated present
        // stays out: after a noun it also reads as the impersonal «نمی‌شود» ("can't"), which TL0101 reports.
        "می‌شود", "می‌شوند", "شود", "بشود", "گردد",
        // This version: the negated subjunctive («تا فاکتور امضا نشه»).
        "نشود", "نشه", "نشن", "بشه", "بشن",
        // The third word-class version's held-out misses: the bare «شده» at the end of a sentence only («صادر شده.»); inside
        // a sentence it is as often attributive («نسخه اصلاح‌شده را»).
        "شده.", "شده؛", "شده!",
    ];

    public static readonly string[] EnglishPassiveAux =
    [
        "has been", "have been", "had been", "will be", "was", "were", "is being", "are being", "been", "be", "being",
        "is", "are", "has already been", "have already been", "will be being",
    ];

    public static readonly string[] EnglishParticipleExceptions =
    [
        "interested", "excited", "pleased", "delighted", "concerned", "worried", "tired", "located", "based",
        "dedicated", "committed", "supposed", "used", "married", "bored", "confused", "surprised", "disappointed",
        "frustrated", "sorry", "glad", "happy", "needed", "required", "advised", "informed", "attached", "closed",
        "open", "limited", "related", "allowed", "scheduled",
        // After "get": "get started", "get involved", "got engaged" are no passives.
        "started", "involved", "engaged", "acquainted", "dressed", "rid", "stuck",
    ];

    public static readonly string[] EnglishIrregularParticiples =
    [
        "sent", "done", "taken", "given", "seen", "made", "paid", "shipped", "held", "written", "built", "sold",
        "told", "found", "lost", "broken", "chosen", "known", "shown", "put", "set", "brought", "bought", "kept",
        // Held-out part 4 ("was frozen"): the other irregular participles of service verbs.
        "frozen", "hidden", "stolen", "forgotten", "withdrawn", "thrown", "torn", "worn", "caught", "spent", "lent",
        "driven", "eaten", "ridden", "shaken", "struck", "stuck", "mistaken", "overtaken", "undertaken", "forgiven",
        "forbidden", "rewritten", "withheld", "mislaid", "rebuilt", "repaid", "reset", "cut", "shut", "dealt", "heard",
        "sought", "taught", "fed", "led", "gotten", "left", "won", "begun", "drawn", "understood", "overpaid", "underpaid",
    ];

    /// <summary>
    /// Participles of account and order actions that make a present passive with "is"/"are" ("your locker is reserved",
    /// "fees are charged monthly"): someone does them to the customer's account, so they are not states like "is done".
    /// </summary>
    public static readonly string[] EnglishActionParticiples =
    [
        "reserved", "charged", "billed", "refunded", "processed", "applied", "waived", "issued", "deducted", "credited",
        "debited", "cancelled", "canceled", "renewed", "dispatched", "handled", "reviewed", "restricted", "blocked",
        "suspended", "frozen", "withheld", "deleted", "removed", "shared", "collected", "stored", "recorded", "monitored",
        "capped", "calculated", "reimbursed", "returned", "locked", "disabled", "deactivated",
    ];
}
