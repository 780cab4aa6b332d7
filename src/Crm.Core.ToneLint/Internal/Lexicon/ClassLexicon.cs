namespace Crm.Core.ToneLint.Internal.Lexicon;

/// <summary>
/// Patterns built from word classes, not from wordings seen before (issue 17, after held-out part 5 showed that lists
/// of each part's misses do not carry over to the next part's wordings). A class is complete for what it stands for:
/// every person, tense and negation of the Persian verbs (<see cref="PersianVerbs"/>), every transfer verb, every
/// perception verb, every consequence connective. A pattern states the structure of the fault: the customer's own act
/// followed by its consequence (blame), an apology for how the customer took it (deflecting), a first-person transfer
/// to a unit (referral), the business's habit negated (refusal).
/// </summary>
internal static class ClassLexicon
{
    // Consequence connectives: "so", "that is why", «برای همین», «به همین دلیل».
    private const string Consequence = "{به همین دلیل|به همین خاطر|به همین علت|به این دلیل|به خاطر همین|بخاطر همین|برای همین|واسه همین|برا همین|همین باعث|که باعث شد|باعث شد|باعث شده|در نتیجه|نتیجتا|نتیجتاً|پیش نمی‌آمد|پیش نمیومد|پیش نمیامد|اتفاق نمی‌افتاد|اتفاق نمیفتاد}";

    // The customer's act done wrongly: the manner before the verb.
    private const string WrongManner = "{برعکس|وارونه|اشتباه|اشتباهی|اشتباها|اشتباهاً|غلط|ناقص|نادرست|کج|بی‌دقت|بدون دقت|سرسری}";

    private const string Apologies = "{پوزش می‌خوام|متاسفیم|متاسفم|متأسفیم|متأسفم|ببخشید|ببخش|ببخشین|عذرخواهی می‌کنیم|عذرخواهی می‌کنم|عذر می‌خواهیم|عذر می‌خواهم|عذر می‌خوام|پوزش می‌خواهیم|پوزش می‌خواهم|پوزش می‌طلبیم|پوزش می‌طلبم|معذرت می‌خواهم|معذرت می‌خوام|شرمنده|شرمنده‌ایم|شرمنده‌ام}";

    // How the customer took it, in the second person («تصور کردید», «خوشت نیومده», «راضی نبودید»).
    private static readonly string Perception = Group(
        from noun in new[] { "تصور", "فکر", "احساس", "حس", "برداشت", "گمان", "خیال", "برداشت اشتباه", "برداشتت", "برداشتتون", "برداشتتان", "برداشت شما", "تصورتان", "تصورتون", "تصور شما", "احساستان", "احساستون", "احساس شما", "حستون" }
        from verb in new[] { "کردید", "کردی", "کردین", "کرده‌اید", "کرده‌ای", "می‌کنید", "می‌کنی", "می‌کنین", "شد", "شده" }
        select noun + " " + verb,
        from clitic in new[] { "ت", "تون", "تان", "ش" }
        from verb in new[] { "نیامد", "نیومد", "نیامده", "نیومده", "نیامده است", "نمی‌آید", "نمیاد" }
        select "خوش" + clitic + " " + verb,
        from noun in new[] { "برداشتت", "برداشتتون", "برداشتتان", "برداشت شما", "تصورتان", "تصورتون", "تصور شما", "احساستان", "احساستون", "احساس شما" }
        from be in new[] { "این بوده", "این بود", "این است", "اینه", "این شده" }
        select noun + " " + be,
        from verb in new[] { "راضی نبودید", "راضی نبودی", "راضی نبودین", "راضی نیستید", "راضی نیستی", "راضی نیستین", "راضی نشدید", "راضی نشدی",
            "دوست نداشتید", "دوست نداشتی", "دوست نداشتین", "نپسندیدید", "نپسندیدی", "نپسندیدین", "ناراحت شدید", "ناراحت شدی", "ناراحت شدین",
            "دلخور شدید", "دلخور شدی", "رنجیدید", "رنجیدی", "آزرده شدید", "آزرده شدی", "انتظار داشتید", "انتظار داشتی", "توقع داشتید", "توقع داشتی",
            "مطابق انتظار", "مطابق میل", "باب میل", "مطابق میلتون", "مطابق میلتان", "مطابق میلت", "مطابق میل شما", "باب میلتون", "باب میلتان",
            "باب میل شما", "مطابق انتظارتون", "مطابق انتظارتان", "مطابق انتظار شما", "به دلتان ننشست", "به دلت ننشست", "به دلتون ننشست",
            "باعث ناراحتی", "باعث نارضایتی", "موجب ناراحتی", "موجب نارضایتی", "باعث دلخوری", "ناراحتی شما", "نارضایتی شما",
            "دلخوری شما", "ناراحتیتون", "ناراحتی‌تان", "به نظر رسید", "به نظر رسیده", "به نظرتان", "به نظرتون", "به نظرت", "به نظر آمد", "به نظر اومد" }
        select verb,
        from feeling in new[] { "نگران", "آزار", "اذیت", "رنج", "ناامید", "ناراحت", "دلخور", "عصبانی", "دلسرد", "ناراضی", "دلگیر", "کلافه", "سردرگم" }
        from clitic in new[] { "ت", "تون", "تان", "" }
        from verb in new[] { " کرد", " کرده", " کردیم", " کردم", " کرده است", " داد", " داده", " داده است" }
        select feeling + clitic + verb,
        from unpleasant in new[] { "ناخوشایند", "آزاردهنده", "اذیت‌کننده", "ناراحت‌کننده", "خسته‌کننده", "طولانی", "غیرحرفه‌ای" }
        from was in new[] { "بوده", "بود", "است", "بوده است", "به نظر رسیده", "به نظر رسید", "به نظر آمده" }
        select unpleasant + " " + was,
        from adequate in new[] { "قانع‌کننده", "قانع کننده", "کافی", "واضح", "روشن", "مفید", "رضایت‌بخش", "رضایت بخش", "کامل", "مناسب", "دلچسب", "خوشایند" }
        from was in new[] { "نبود", "نبوده", "نیست", "نبودن", "نبودند" }
        select adequate + " " + was);

    // Units and colleagues a reply hands the customer to.
    private static readonly string Units = "{" + string.Join("|", WithClitics(["واحد", "بخش", "همکار", "همکاران", "تیم", "دپارتمان", "قسمت", "اداره", "مدیر", "مدیریت", "کارشناس", "کارشناسان", "سرپرست", "پشتیبانی", "دفتر مرکزی", "دفتر", "شعبه", "ستاد", "نمایندگی", "مرکز", "نماینده", "کارگزار", "کمیته", "هیئت", "حسابرسی"])) + "|واحد|بخش|همکار|همکارم|همکاران|همکارانم|همکارمون|همکارامون|همکارام|همکارا|همکارای|تیم|دپارتمان|قسمت|اداره|مدیر|مدیریت|کارشناس|کارشناسان|کارشناسای|سرپرست|سرپرستی|پشتیبانی|بچه‌های|بچه های}";

    private static readonly string Transfers = Group(
        PersianVerbs.FirstPerson(string.Empty, PersianVerbs.ByPast("سپرد")),
        PersianVerbs.FirstPerson(string.Empty, PersianVerbs.ByPast("فرستاد")),
        PersianVerbs.FirstPerson("منتقل", PersianVerbs.ByPast("کرد")),
        PersianVerbs.FirstPerson("ارجاع", PersianVerbs.ByPast("داد")),
        PersianVerbs.FirstPerson("پاس", PersianVerbs.ByPast("داد")),
        PersianVerbs.FirstPerson("محول", PersianVerbs.ByPast("کرد")),
        PersianVerbs.FirstPerson("واگذار", PersianVerbs.ByPast("کرد")),
        PersianVerbs.FirstPerson("ریفر", PersianVerbs.ByPast("کرد")),
        PersianVerbs.FirstPerson("فوروارد", PersianVerbs.ByPast("کرد")),
        PersianVerbs.FirstPerson("ارسال", PersianVerbs.ByPast("کرد")),
        PersianVerbs.FirstPerson("تحویل", PersianVerbs.ByPast("داد")),
        PersianVerbs.FirstPerson("انتقال", PersianVerbs.ByPast("داد")),
        PersianVerbs.FirstPerson("منعکس", PersianVerbs.ByPast("کرد")));

    // After «به» and a unit, a bare «دادم» hands over too («پیامتون رو به مدیر فروش دادم»); before one it is any verb's
    // light verb («گوش دادم و با همکارم …»), so it is only in this class.
    private static readonly string TransfersAfterUnit = Group(
        PersianVerbs.FirstPerson(string.Empty, PersianVerbs.ByPast("داد")),
        Transfers.Trim('{', '}').Split('|'));

    private static readonly string SecondPast = Group(PersianVerbs.SecondPersonPast().Where(f => f is not ("شدی" or "شدید" or "شدین")));

    public static IReadOnlyList<GapPattern> All { get; } =
    [
        // Blame: the customer's act, then its consequence («کد را جا انداخته بودید و به همین دلیل بسته برگشت»).
        GapPattern.Parse(LexiconGroup.Blaming, SecondPast + " … " + Consequence, 8),
        // The counterfactual: «اگر راهنما را خوانده بودید …».
        GapPattern.Parse(LexiconGroup.Blaming, "{اگر|اگه|چنانچه} … " + Group(PersianVerbs.SecondPersonPastPerfect()), 10),
        // The act done wrongly: «برعکس گذاشتی», «ناقص پر کرده بودید».
        GapPattern.Parse(LexiconGroup.Blaming, WrongManner + " … " + SecondPast, 2),

        // Deflecting: an apology for how the customer took it, either order.
        GapPattern.Parse(LexiconGroup.Deflecting, Apologies + " {که|اگر|اگه|از اینکه|بابت اینکه|از این که} … " + Perception, 12),
        GapPattern.Parse(LexiconGroup.Deflecting, "{از اینکه|از این که|بابت اینکه|اگر|اگه} … " + Perception + " … " + Apologies, 8),

        // Referral: a first-person transfer to a unit, either order («به واحد مالی می‌سپارم», «فرستادم واحد مالی»).
        GapPattern.Parse(LexiconGroup.Referral, "به " + Units + " … " + TransfersAfterUnit, 4),
        GapPattern.Parse(LexiconGroup.Referral, Transfers + " … " + Units, 2),
        GapPattern.Parse(LexiconGroup.Referral, Group(PersianVerbs.FirstPerson(string.Empty, PersianVerbs.ByPast("داد")).Select(f => f + " به")) + " … " + Units, 1),
        GapPattern.Parse(LexiconGroup.Referral, "به " + Units + " … {ارجاع شد|ارجاع داده شد|منتقل شد|سپرده شد|فرستاده شد|ارجاع گردید|منتقل گردید|واگذار شد|محول شد|ارجاع شده|منتقل شده|سپرده شده|ارجاع داده شده|منعکس شد|منعکس گردید|منعکس شده}", 4),

        // The customer's earlier act, then what went wrong: «با یه رقم کم وارد کرده بودین و پول برگشت خورده».
        GapPattern.Parse(LexiconGroup.Blaming, Group(PersianVerbs.SecondPersonPastPerfect()) + " … {برگشت خورد|برگشت خورده|برگشت خورده است|رد شد|رد شده|ناموفق|خطا داد|خطا می‌داد|کار نکرد|کار نمی‌کرد|قفل شد|قفل شده|مسدود شد|مسدود شده|باطل شد|باطل شده|لغو شد|لغو شده|پیش آمد|پیش اومد|به مشکل خورد|خراب شد|خراب شده}", 6),
        // Because the customer had (not) done it, consequence first: «لغو شد چون پرداخت را انجام نداده بودید».
        GapPattern.Parse(LexiconGroup.Blaming, "{به این دلیل|به همین دلیل|چون|چونکه|چرا که|زیرا|به خاطر اینکه|بخاطر اینکه|برای اینکه} … " + Group(PersianVerbs.SecondPersonPastPerfect()), 12),
        // The counterfactual in the simple past: «اگه حواستون … بود، الان جریمه نمی‌خوردید».
        GapPattern.Parse(LexiconGroup.Blaming, "{اگر|اگه|چنانچه} … " + Group(PersianVerbs.SecondPersonPastContinuous().Where(f => f.StartsWith("نمی", StringComparison.Ordinal))), 14),
        GapPattern.Parse(LexiconGroup.Blaming, "{customers|users|clients|passengers|members|account holders|guests|buyers|cardholders} {should|must|need to|are expected to|are required to|have to|are asked to} {check|make sure|ensure|read|verify|confirm|keep|double-check|review}", 0),
        // What the customer should (not) have done: «نباید می‌گفتی», «باید زودتر خبر می‌دادید».
        GapPattern.Parse(LexiconGroup.Blaming, "{باید|نباید|بایستی|نبایستی|لازم بود|لازم بوده|می‌بایست|می‌بایستی} … " + Group(PersianVerbs.SecondPersonPastContinuous()), 8),
        GapPattern.Parse(LexiconGroup.Blaming, "{you uploaded|you sent|you entered|you provided|you gave|you submitted|you chose|you selected|you used|you typed|you attached|you bought|you ordered} … {was too|were too|was not|wasn't|were not|weren't|was invalid|was wrong|was incorrect|was unreadable|was incomplete|had expired|was expired|was blurry|were blurry|were incomplete|were wrong|were invalid|was damaged|didn't match|did not match}", 4),
        GapPattern.Parse(LexiconGroup.Blaming, "{if the|if your|had the|had your} … {had been|been} … {wouldn't have|would not have|could have been avoided}", 6),

        // The customer's act and the damage it did: «بدون محافظ به پریز زدی و برد سوخت».
        GapPattern.Parse(LexiconGroup.Blaming, SecondPast + " … {سوخت|سوخته|شکست|شکسته|خراب شد|خراب شده|آسیب دید|آسیب دیده|ترکید|اتصالی کرد|قفل شد|مسدود شد|از کار افتاد|ناموفق شد|ناموفق بود|رد شد|باطل شد|برگشت خورد}", 4),
        GapPattern.Parse(LexiconGroup.Blaming, "{because|as|since} … {wasn't|weren't|was not|were not|hadn't been|had not been} … {in time|on time|before the deadline|within the window|by the deadline|before it expired}", 4),

        // The mistake placed on the customer's side: «اشتباه از سمت شما بوده».
        GapPattern.Parse(LexiconGroup.Blaming, "{اشتباه|مشکل|خطا|تقصیر|ایراد|ایرادی|قصور|کوتاهی} … {از سمت شما|از طرف شما|از جانب شما|سمت شما|از شما|از سمت خودتون|از طرف خودتون|از سمت خودتان}", 2),
        GapPattern.Parse(LexiconGroup.Blaming, "{because you|since you} {used|installed|connected|plugged|dropped|washed|opened|modified|tampered|damaged|removed|broke|ignored|skipped|deleted|reset|changed|cancelled|canceled|unplugged|overrode}", 0),

        // The customer's thing was defective: «مدارکی که فرستادید ناخوانا بود».
        GapPattern.Parse(LexiconGroup.Blaming, SecondPast + " … {ناخوانا|ناقص|اشتباه|غلط|نامعتبر|منقضی|نادرست|مخدوش|ناکافی|ناواضح|تار} {بود|بوده|است|هست|بودند|بودن}", 4),
        // Lecturing about next time: «دفعه بعد … دقت کنید», "next time, please double-check".
        GapPattern.Parse(LexiconGroup.Blaming, "{دفعه بعد|دفعه‌ی بعد|بار بعد|دفعات بعد|دفعه‌های بعد|از این به بعد|در آینده|من بعد} … {دقت کنید|دقت کن|دقت کنین|چک کنید|چک کن|چک کنین|پر کنید|پر کن|مطمئن شوید|مطمئن شید|مطمئن شو|بخوانید|بخونید|بخون|توجه کنید|توجه کن|کنترل کنید|کنترل کن|بررسی کنید|حواستان باشد|حواستون باشه|حواست باشه|مراقب باشید|مراقب باش}", 8),
        GapPattern.Parse(LexiconGroup.Blaming, "{next time|in future|in the future|going forward|from now on|for future reference} … {check|double-check|double check|make sure|ensure|read|remember to|be sure to|pay attention|take care to|look at|confirm}", 5),
        // The customer's omission and its consequence, in English.
        GapPattern.Parse(LexiconGroup.Blaming, "{you didn't|you did not|you never|you forgot|you failed|you hadn't|you had not|you haven't|you have not|you missed|you skipped|you left} … {which is why|that's why|that is why|hence|as a result|which caused|which meant|this caused|that caused|so it|so the|so we couldn't|so we could not}", 8),
        GapPattern.Parse(LexiconGroup.Blaming, "you … {which is why|that's why|that is why|which caused|which meant that|and that's why}", 14),
        GapPattern.Parse(LexiconGroup.Blaming, "{چون|چونکه|زیرا|به دلیل اینکه|به خاطر اینکه} … " + SecondPast + " … {اضافه داشت|کم داشت|اشتباه بود|غلط بود|ناقص بود|اشتباه داشت|ایراد داشت|مشکل داشت|خالی بود}", 6),
        GapPattern.Parse(LexiconGroup.Blaming, "{چند بار|چندین بار|بارها|دو بار|سه بار} … {گفتم|گفتیم|توضیح دادم|توضیح دادیم|نوشتم|نوشتیم|اطلاع دادیم|اطلاع دادم|تذکر دادیم|تذکر دادم|یادآوری کردیم|یادآوری کردم|عرض کردم}", 5),
        // The agentless blame: "the wrong plan was selected", «آدرس اشتباه وارد شده بود».
        GapPattern.Parse(LexiconGroup.Blaming, "{the wrong|an incorrect|an invalid|the incorrect|an old|an outdated|an expired} … {was selected|was chosen|was entered|was typed|was picked|was used|was given|was provided|were entered|were selected|was left|was added}", 3),
        GapPattern.Parse(LexiconGroup.Blaming, "{had the|had your|if the|if your} … {correctly|properly|in full|on time|right} … {would have|wouldn't have|would not have}", 6),

        // English blame: the customer's omission as the cause, or its consequence after "if you had".
        GapPattern.Parse(LexiconGroup.Blaming, "{because you|since you|as you|so you} … {never|didn't|did not|forgot|failed|hadn't|had not|haven't|have not|missed|skipped|ignored|overlooked|neglected|left out}", 2),
        GapPattern.Parse(LexiconGroup.Blaming, "{skipped|missed|wrong|incorrect|incorrectly|error|mistake|fault|overlooked|forgot|forgotten|left out|left blank|misconfigured|typo|mistyped|not done|wasn't done|was not done|ignored|not followed|wasn't followed|not completed|wasn't completed} … {on your side|on your end|on your part|from your side|from your end|by you}", 6),
        GapPattern.Parse(LexiconGroup.Blaming, "{if you had|if you'd|had you} … {wouldn't have|would not have|could have been avoided|would have been avoided|wouldn't be|would not be}", 10),

        // The customer told to go to another unit: «باید با واحد مالی مطرح کنید», «به بخش فروش مراجعه کنید».
        GapPattern.Parse(LexiconGroup.Referral, "{با|به|از} " + Units + " … {پیگیری کنید|پیگیری کن|استعلام بگیرید|استعلام بگیر|سوال کنید|سوال کن|تماس بگیرید|تماس بگیر|تماس بگیرین|مطرح کنید|مطرح کن|در میان بگذارید|در میون بذارید|هماهنگ کنید|هماهنگ کن|پیام بدید|پیام بده|زنگ بزنید|زنگ بزن|بپرسید|بپرس|ایمیل بزنید|ایمیل بزن|صحبت کنید|صحبت کن}", 4),
        GapPattern.Parse(LexiconGroup.Referral, Group(PersianVerbs.FirstPerson(string.Empty, PersianVerbs.ByPast("داد")).Select(f => f + " دست"), PersianVerbs.FirstPerson(string.Empty, PersianVerbs.ByPast("سپرد")).Select(f => f + " دست")) + " … " + Units, 1),
        GapPattern.Parse(LexiconGroup.Referral, "{برید|بروید|برو|بری|بروی|مراجعه کنید|مراجعه کن|سر بزنید|سر بزن} {پیش|نزد} … " + Units, 2),
        GapPattern.Parse(LexiconGroup.Referral, "{پیش|نزد} " + Units + " … {برید|بروید|برو|بری|بروی|مراجعه کنید|مراجعه کن|سر بزنید|سر بزن}", 3),
        GapPattern.Parse(LexiconGroup.Referral, "{pop|popped|popping|send|sending|sent|pass|passing|passed|hand|handing|handed|bounce|bounced|shoot|shot|flick|flicked} {this|it|your case|your ticket|your query|your request|your details|your note|your file|your documents|your application|your claim} {across|over|along|on|up} … {team|department|colleague|colleagues|desk|unit|manager|supervisor|people|folks|crew|group|office|underwriting|underwriters|compliance|legal|claims|accounts|billing|fraud|security|finance}", 4),
        GapPattern.Parse(LexiconGroup.Referral, "{توی|تو|در|به} صف … " + Units, 1),
        GapPattern.Parse(LexiconGroup.Referral, "{handing|hand|handed|passing|pass|passed|transferring|transfer|transferred|moving|move|moved} {this chat|your chat|this call|your call|this conversation|the chat|the call|this ticket|this one|this} {to|over to|across to|on to} … {colleague|team|department|desk|manager|supervisor|specialist team|people|folks}", 3),
        GapPattern.Parse(LexiconGroup.Referral, "{get|have|ask} {someone|somebody|a colleague|one of my colleagues|one of our team} {from|in} … {to contact you|to call you|to email you|to get back to you|to reach out|to be in touch|to ring you|to follow up}", 3),
        GapPattern.Parse(LexiconGroup.Referral, "{you'll need to|you will need to|you need to|you would need to|you'd need to|you should|you have to|you must|you'll have to|you will have to|best to|better to} {contact|call|email|reach out to|get in touch with|speak to|speak with|talk to|write to|ring|phone|message} … {team|department|desk|unit|office|colleagues|bank|provider|carrier|courier|manufacturer|supplier|seller}", 3),

        // English deflecting: the customer's feeling after the apology, or "upset you".
        GapPattern.Parse(LexiconGroup.Deflecting, "{sorry|apologies|apologize|apologise|regret} … {you|you're|you are|you were|you've been|you feel|you felt|you aren't|you weren't|you've found|you found|you have found|you find} … {disappointing|frustrating|confusing|upsetting|annoying|unhelpful|unacceptable|too slow|poor|not satisfied|dissatisfied|unsatisfied|not happy|unhappy|upset|disappointed|frustrated|annoyed|displeased|not pleased|let down|unimpressed|not impressed|bothered|offended|uncomfortable|confused}", 4),
        GapPattern.Parse(LexiconGroup.Deflecting, "{sorry|apologies|apologize|apologise|regret} … {upset you|frustrated you|annoyed you|disappointed you|confused you|bothered you|offended you|caused you frustration|caused you any frustration|caused you any upset|caused any upset|caused you distress|frustrating for you|confusing for you|upsetting for you|annoying for you|disappointing for you|stressful for you|difficult for you|hard for you|you didn't enjoy|you did not enjoy|live up to|didn't meet|did not meet|fell short|wrong impression|the wrong idea|the news you wanted|news you were hoping|the answer you wanted|the answer you were hoping|what you wanted to hear|wasn't what you wanted|misleading impression|gave the impression|gave you the impression|any dissatisfaction|any disappointment|any frustration|any upset|any distress|any annoyance|didn't make sense to you|did not make sense to you|wasn't clear to you|was not clear to you|wasn't helpful|was not helpful|didn't help you|did not help you|you didn't like|you did not like|you didn't love|wasn't to your liking|not to your liking|didn't suit you|did not suit you|wasn't for you|weren't happy with|were not happy with}", 6),

        // A conditional offer whose verb is an imperative to write back, in any wording: «اگر … همین‌جا پاسخ بدهید تا …»,
        // "If you'd prefer to renew by phone, call … and we'll …".
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{اگر|اگه|هر وقت|هروقت|هر زمان|در صورت|چنانچه|در صورتی که} … " + Group(
            from noun in new[] { "پاسخ", "جواب", "خبر", "پیام", "تماس", "اطلاع", "زنگ", "ایمیل", "پیامک", "اعلام", "منعکس", "مکاتبه" }
            from verb in new[] { "بدهید", "بدید", "بده", "بدین", "دهید", "بگیرید", "بگیر", "بگیرین", "بزنید", "بزن", "بزنین", "حاصل فرمایید", "بفرمایید", "بفرستید", "بفرست", "بدهی", "نمایید", "فرمایید", "کنید", "کن", "کنین" }
            select noun + " " + verb,
            ["بفرست", "بفرستید", "بفرستین", "ارسال کنید", "ارسال کن", "بنویس", "بنویسید", "بنویسین"]), 10),
        // An offer under a condition of the customer's wish: «اگه خواستی … برات می‌فرستم».
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{اگه خواستی|اگر خواستید|اگه خواستین|اگه خواستید|اگر بخواهید|اگه بخوای|اگه بخواید|اگه بخواین|اگر مایل بودید|اگر مایلید|اگر مایل باشید|اگه دوست داشتی|اگه دوست داشتین|اگر تمایل دارید|اگر تمایل داشتید} … {برات|براتون|برایتان|برایت|بهت|بهتون|به شما|برای شما|برای تو}", 8),
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{بگویید|بگید|بگو|بنویسید|بنویس|خبر بدید|خبر بدهید|خبر بده} … تا", 5),
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{هر جا|هرجا|هر وقت|هروقت} {گیر کردی|گیر کردید|گیر کردین|مشکل داشتی|مشکل داشتید} … {بفرست|بفرستید|بفرستین|بگو|بگید|بپرس|بپرسید}", 4),
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{i can|we can|i could|we could} … {for you|if you'd like|if you want|if that helps|right away}", 6),
        GapPattern.Parse(LexiconGroup.ClosingOffer, "{if|should|whenever|in case} … {call|reply|email|text|write|ring|message|contact|tell|send|drop|ping|ask|shout|get in touch|phone|chat|revert}", 12),

        // Policy by its source: «برابر مقررات اتحادیه», «بر پایه ضوابط داخلی», «با توجه به آیین‌نامه‌های …».
        GapPattern.Parse(LexiconGroup.Policy, "{برابر|بر پایه|با توجه به|بنا به|بنابر|به موجب|به استناد|وفق|حسب|طبق|مطابق|بر اساس|براساس} {مقررات|ضوابط|قوانین|قانون|دستورالعمل|دستورالعمل‌های|آیین‌نامه|آیین‌نامه‌های|آئین‌نامه|بخشنامه|مصوبه|مصوبات|الزامات|شرایط|سیاست|سیاست‌های|رویه|رویه‌های}", 0),
        GapPattern.Parse(LexiconGroup.Policy, "{مقررات|ضوابط|قوانین|قانون|دستورالعمل|آیین‌نامه|بخشنامه|سیاست|رویه|روال|قاعده} … {همینه|همین است|اینه|این است|اینطوره|این‌طوره|این‌جوریه|اینجوریه}", 2),

        // Policy forbidding, with the object between «اجازه» and its verb.
        GapPattern.Parse(LexiconGroup.Policy, "{قوانین|مقررات|سیاست|سیاست‌های|ضوابط|دستورالعمل|دستورالعمل‌های|آیین‌نامه|بخشنامه|قانون} … اجازه … {نمی‌دهد|نمی‌ده|نمیده|نمی‌دهند|نمی‌دن|نمیدن|نمی‌دهد که}", 4),
        GapPattern.Parse(LexiconGroup.Policy, "{ضوابط|قوانین|مقررات|سیاست|سیاست‌های|رویه|دستورالعمل|دستورالعمل‌های|آیین‌نامه|شرایط} … {همخوانی ندارد|همخوانی نداره|همخونی نداره|مطابقت ندارد|مطابقت نداره|سازگار نیست|جور درنمیاد|جور در نمیاد|منطبق نیست|مغایرت دارد|مغایرت داره}", 3),
        GapPattern.Parse(LexiconGroup.Negative, "مسئول … {نیستیم|نیستم|نمی‌باشیم|نمی‌باشد|نیست}", 4),
        GapPattern.Parse(LexiconGroup.Negative, "not something {our|the|this|that} … {supports|offers|does|allows|provides|covers|handles|can do}", 2),

        // English deflecting: sorry for the customer's view or expectations, not for what went wrong.
        GapPattern.Parse(LexiconGroup.Deflecting, "{sorry|apologies|apologize|apologise|we regret|i regret} … {your expectations|you expected|you were expecting|you'd hoped|you were hoping|you had hoped|you'd expected|you had expected|what you expected|what you were hoping}", 8),
        GapPattern.Parse(LexiconGroup.Deflecting, "{sorry if you|sorry that you|sorry you|apologies if you|apologies that you|apologize if you|apologise if you|apologize that you|apologise that you|regret that you|regret if you|sorry if it|sorry if this|sorry if that|sorry if our|sorry that our|apologies if our|apologies if it|apologies if this} … {felt|feel|see|saw|found|find|thought|think|perceived|believe|view|took it|took that|impression|came across|came off|seemed|sounded|looked|seem}", 3),

        // English referral: a case handed on to a unit.
        GapPattern.Parse(LexiconGroup.Referral, "{passed|passing|pass|handed|handing|hand|moved|moving|move|transferred|transferring|forwarded|forwarding|routed|routing|assigned|assigning|reassigned|escalated|escalating|bumped|kicked|referred|referring|put|putting} {you|your case|your ticket|your query|your request|your question|your issue|your complaint|the case|the ticket|the issue|the matter|your enquiry|your inquiry} … {team|department|colleague|colleagues|desk|unit|manager|supervisor|people|folks|crew|group|office|agent|someone else|another agent|somebody else}", 4),

        // Policy without a policy word: how the system or the business works, stated as the reason.
        GapPattern.Parse(LexiconGroup.Policy, "{that's|that is|it's|it is|that's just|that is just|it's just|it is just|that's simply|it's simply} … {how our system works|how the system works|how we work|how we do things|how things work|how it works here|the way our system works|the way the system works|the way we work|the way we do things|the way things work|how we operate}", 1),
    ];

    /// <summary>«جا انداختید», «جا انداخته بودی»: the customer left something out.</summary>
    public static IEnumerable<string> Blaming() =>
        PersianVerbs.SecondPersonPast().Where(f => f.StartsWith("انداخت", StringComparison.Ordinal)).Select(f => "جا " + f);

    /// <summary>The business's negated habit and service nouns it does not have: «نمی‌فرستیم», «تعویض نداره».</summary>
    public static IEnumerable<string> Negative() =>
        PersianVerbs.FirstPluralNegatedPresent()
            .Concat(["نخواهیم", "نخواهیم توانست"])
            .Concat(from noun in new[] { "تعویض", "مرجوعی", "مرجوع", "بازگشت", "استرداد", "گارانتی", "ضمانت", "جا", "ظرفیت", "موجودی", "پوشش", "ارسال", "تخفیف", "پشتیبانی", "امکانش" }
                    from verb in new[] { "نداره", "ندارد", "نداریم", "ندارن", "ندارند", "نداشت", "نداشتیم" }
                    select noun + " " + verb)
            .Concat(from verb in new[] { "don't", "do not", "doesn't", "does not", "won't", "will not", "wouldn't", "would not" }
                    from permit in new[] { "allow", "permit", "let" }
                    from who in new[] { "us", "me" }
                    select verb + " " + permit + " " + who)
            .Concat(from verb in new[] { "stock", "sell", "offer", "carry", "support", "make", "ship", "accept", "provide", "do", "have", "service", "deliver", "cover" }
                    select "no longer " + verb)
            .Concat(from what in new[] { "پذیرفته", "قبول", "مورد قبول", "مجاز", "مقدور", "میسر", "ممکن", "معتبر", "قابل قبول", "موجود" }
                    from be in new[] { "نیست", "نمی‌باشد", "نیستند", "نمی‌باشند", "نبود" }
                    select what + " " + be)
            .Concat(["موجود نداره", "موجود نداریم", "موجود ندارد", "موجود نداشتیم", "ناموجود", "ناموجوده", "we never", "!we never share", "!we never sell your",
                "!we never store", "!we never ask", "!we never charge", "!we never give", "!we never pass"])
            .Concat(from what in new[] { "شدنی", "عملی", "انجام‌شدنی", "امکان‌پذیر", "امکانپذیر", "ممکن", "میسر", "مقدور" }
                    from be in new[] { "نیست", "نمی‌باشد", "نبود", "نیستش" }
                    select what + " " + be)
            .Concat(["نمی‌تونی", "نمی‌توانی", "نمی‌تونن", "نمی‌توانند", "نمی‌تونه", "نمی‌تواند", "won't take", "won't accept", "won't deliver",
                "won't ship", "won't cover", "won't refund", "won't process", "won't send", "will not take", "will not accept", "will not deliver"])
            .Concat(["در نظر نگرفته‌ایم", "در نظر نگرفتیم", "پیش‌بینی نکرده‌ایم", "مجاز نمی‌داند", "مجاز نمی‌دونه", "مجاز نمی‌دانیم", "مجاز نمی‌دونیم",
                "در کار نیست", "won't work", "won't be an option", "isn't an option", "is not an option", "non-refundable", "not refundable",
                "aren't taken back", "isn't taken back", "not taken back"])
            .Concat(["something we're able to", "something we are able to", "we have no option", "there's no option to", "there is no option to",
                "no option but"])
            .Concat(["not responsible for", "aren't responsible", "are not responsible", "can't be held responsible", "cannot be held responsible",
                "not liable", "isn't liable"])
            .Concat(["از عهده ما خارج", "از عهده ما خارجه", "از عهده ما خارج است", "از عهده ما برنمی‌آید", "خارج از عهده", "خارج از اختیار", "از اختیار ما خارج",
                "دست ما نیست", "دست من نیست", "out of our control", "outside our control", "beyond our control", "not up to us", "not within our power"])
            .Concat(["معذوریم", "معذورم", "معذور هستیم", "معذور هستم", "پذیرفته نشد", "پذیرفته نمی‌شود", "پذیرفته نمیشه", "no authority to",
                "not authorised to", "not authorized to", "not permitted to", "don't have the authority", "do not have the authority"])
            .Concat(["we have no way of", "we've no way of", "i have no way of", "there's no way of", "there is no way of", "have no way to", "no means of", "no ability to", "ساخته نیست", "کاری ساخته نیست", "isn't anything i can", "isn't anything we can",
                "isn't anything else i can", "isn't anything else we can", "is nothing else", "there's nothing else", "nothing more i can",
                "nothing more we can", "nothing else i can", "nothing else we can", "not much i can", "not much we can"])
            .Concat(["no longer something", "something we no longer", "not something we", "not something i", "not one we", "not a service we", "not a product we"])
            .Concat(NotRefusals);

    /// <summary>Vague spans as a class: a few days, the coming days, «یکی دو روز دیگه», «طی روزهای آتی».</summary>
    public static IEnumerable<string> Vague() =>
        (from few in new[] { "یکی دو", "یکی‌دو", "یه چند", "چند", "دو سه", "یکی دوتا", "یکی دو تا", "یه دو سه" }
         from unit in new[] { "روز", "هفته", "ساعت", "روزی", "هفته‌ای", "ساعتی", "روز کاری", "وقت", "ماه" }
         from after in new[] { "دیگه", "دیگر", "آینده", "آتی", "بعد", "وقت دیگه", "طول", "زمان", "وقت" }
         select few + " " + unit + " " + after)
        .Concat(from prep in new[] { "طی", "در", "ظرف", "تا", "توی", "تو", "طول" }
                from span in new[] { "روزهای", "هفته‌های", "ساعات", "روزای", "ماه‌های", "هفته‌ی", "روزهای کاری" }
                from after in new[] { "آتی", "آینده", "بعد", "بعدی", "پیش رو", "پیش‌رو", "آینده نزدیک" }
                select prep + " " + span + " " + after)
        .Concat(from few in new[] { "a few", "a couple of", "a couple", "a few more", "several", "one or two", "few more" }
                from unit in new[] { "days", "weeks", "hours", "business days", "working days" }
                select few + " " + unit)
        .Concat(from prep in new[] { "in", "within", "over", "during" }
                from span in new[] { "the coming", "the next few", "the next couple of", "the following", "the upcoming", "the days and" }
                from unit in new[] { "days", "weeks", "hours", "months", "business days", "working days" }
                select prep + " " + span + " " + unit)
        .Concat(["a day or two", "a week or two", "a day or so", "a week or so", "a day or three", "reasonable time", "reasonable timeframe",
            "reasonable period", "timely fashion", "as quickly as we can", "as fast as we can", "as quickly as possible", "when we get a chance",
            "get to it when", "when time allows", "as and when", "at our earliest", "hopefully by", "hopefully within", "hopefully in",
            "hopefully next", "hopefully tomorrow", "hopefully this", "probably by", "probably next", "probably within",
            "به زودی زود", "زود زود", "هر وقت بتونیم", "هر وقت تونستیم", "هر موقع امکانش باشه", "هر زمان که امکان‌پذیر شد", "به محض امکان",
            "در زمان مقتضی", "در وقت مناسب", "وقتی فرصت کنیم", "متعاقباً", "متعاقبا", "as soon as we're able", "as soon as we are able",
            "when we're able", "when we are able", "as soon as practicable", "as soon as feasible", "next day or two", "next week or two", "little while", "in a little bit", "in the next while", "upcoming release", "a future release",
            "a future update", "an upcoming update", "on the roadmap", "in a future version", "in an upcoming version", "در اسرع زمان", "اسرع زمان ممکن", "چند روزی", "چند ساعتی", "چند هفته‌ای",
            "یه مدتی", "یک مدتی", "مدتی طول", "یه مدت", "کمی طول", "یه کم طول", "take some time", "takes some time", "take a while",
            "takes a while", "may take some time", "might take some time", "could take some time", "some time to", "the next week or so", "sometime next", "some time next", "sometime this"])
        .Concat(from maybe in new[] { "احتمالاً", "احتمالا", "شاید", "ایشالا", "ایشالله", "انشالله", "ان‌شاءالله", "انشاءالله", "امیدوارم" }
                from when in new[] { "تا آخر", "تا اوایل", "تا اواخر", "فردا", "پس‌فردا", "هفته", "این هفته", "هفته بعد", "هفته دیگه", "ماه بعد", "تا", "ظرف" }
                select maybe + " " + when);

    /// <summary>Anger words with the spoken or written copula: «شرم‌آوره», «افتضاح است».</summary>
    public static IEnumerable<string> AngerWithCopula() =>
        from w in RegisterLexicon.Anger
        where w.Length > 0 && w[0] >= '\u0600' && w[0] <= '\u06FF' && !w.Contains(' ', StringComparison.Ordinal)
        from copula in new[] { "ه", " است", "ست", " بود", " بودن" }
        select w + copula;

    /// <summary>
    /// Officialese as a class: the bureaucratic «نمودن» for «کردن» in every person, letter connectives, and the
    /// business-letter English of "further to", "acknowledge receipt", "effect the transfer".
    /// </summary>
    public static IEnumerable<string> Robotic() =>
        PersianVerbs.FirstPerson(string.Empty, PersianVerbs.ByPast("نمود"))
            .Concat(["نمایید", "بنمایید", "نموده", "نمودند", "می‌نماید", "می‌نمایند", "نموده است", "نموده‌اند", "اقدامات لازم", "اقدام لازم",
                "مبذول", "حضرتعالی", "جنابعالی", "مزید امتنان", "موجب امتنان", "پیرو", "ذیلاً", "ذیلا", "مستدعی", "لذا", "فلذا", "معهذا",
                "علی‌هذا", "مع‌الاسف", "صورت گیرد", "صورت می‌گیرد", "صورت پذیرد", "الزامی است", "مقتضی",
                "acknowledge receipt", "further to your", "further to our", "effect the transfer", "effect the change", "effect the refund",
                "effect the payment", "effect a refund", "revert with", "revert to you", "will revert", "would be pleased to",
                "should you require", "should you wish", "at your earliest convenience", "we are pleased to inform", "be advised",
                "kindly note", "this is to inform you", "we would like to inform you", "in receipt of", "with reference to",
                "in reference to your", "with regard to your", "with regards to your", "as regards", "forthwith", "expeditiously",
                "aforesaid", "upon receipt of", "duly", "wish to advise", "we wish to", "rectified", "valued patronage", "patronage", "we shall", "shall be", "please be informed",
                "please be assured", "be assured that", "we hope this clarifies", "hope this clarifies", "we trust this clarifies",
                "clarifies the matter", "the above information", "the matter at hand", "in this regard", "regarding the matter",
                "we write to", "we are writing to inform", "we are writing to confirm", "this letter is to", "actioned", "please revert",
                "kindly revert", "at your convenience", "به آگاهی می‌رساند", "به آگاهی می‌رسانیم", "ضمن سپاس", "ضمن تشکر", "مقرر گردید", "مقرر شد", "مقرر است", "مقرر گردیده", "take this opportunity", "we would like to take", "at this juncture",
                "we would like to thank you for your", "your correspondence", "می‌باشد", "می‌باشند", "نمی‌باشد", "متعاقباً", "متعاقبا",
                "ایفاد", "ایفاد می‌گردد", "جهت اطلاع", "جهت استحضار", "به استحضار", "در این خصوص", "در خصوص موضوع", "موضوع مطروحه", "مطروحه"]);

    /// <summary>
    /// Persian single words with their suffixes (the indefinite «ای», plural «ها», possessives): «خانواده‌ای»,
    /// «سرمایه‌مان», «اولویت‌های» match as «خانواده», «سرمایه», «اولویت» do.
    /// </summary>
    public static IEnumerable<string> WithPersianSuffixes(IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            yield return w;
            if (w.Length > 0 && w[0] >= '\u0600' && w[0] <= '\u06FF' && !w.Contains(' ', StringComparison.Ordinal))
            {
                foreach (var suffix in new[] { "‌ای", "ی", "‌ها", "‌های", "‌مان", "‌تان", "مون", "تون", "ش", "‌اش", "‌ترین", "‌تر" })
                {
                    yield return w + suffix;
                }
            }
        }
    }

    /// <summary>Policies named by their subject or cited as what the customer accepted: "our returns policy", "the terms you accepted".</summary>
    public static IEnumerable<string> PolicyNamed() =>
        (from subject in new[] { "returns", "return", "refund", "refunds", "cancellation", "shipping", "delivery", "exchange", "warranty", "booking", "payment", "billing", "fair use", "security" }
         select subject + " policy")
        .Concat(["terms you accepted", "terms you agreed", "you agreed to our terms", "as agreed in the terms", "in our terms", "in the terms",
            "agreement you signed", "contract you signed", "as per the agreement", "per the agreement", "under the agreement", "per the contract",
            "under the contract", "those are the terms", "these are the terms", "that's in the terms", "regulations mean", "rules mean",
            "policy means", "terms mean", "regulations don't", "regulations prevent", "rules prevent", "policy prevents", "rules don't",
            "per the t&cs", "per our t&cs", "under the t&cs", "in the t&cs", "t&cs say", "t&cs state", "terms and conditions state",
            "terms and conditions say", "policy is the policy", "rules are the rules", "طبق قرارداد", "مطابق قرارداد", "بر اساس قرارداد", "برابر قرارداد",
            "طبق بند", "مطابق بند", "as per your contract", "under your contract",
            "conditions of carriage", "terms of carriage", "conditions of service", "plan rules", "rules we work within", "policy rules",
            "scheme rules", "fare rules", "tariff rules", "bound by our", "bound by the rules", "bound by regulations", "bound by the terms", "falls outside our", "outside our standard",
            "rules are set by", "set by head office", "head office rules", "head office policy", "decided by head office", "not my decision",
            "house rules", "lending criteria", "eligibility criteria", "our criteria", "underwriting rules", "credit criteria", "criteria don't",
            "requirements don't", "criteria do not", "our requirements",
            "it's the rule", "it is the rule", "it's a rule", "it's our rule", "house rule", "طبق بخشنامه", "بر اساس بخشنامه", "مطابق بخشنامه",
            "بنا بر بخشنامه", "شرایط و ضوابط", "قوانین سایت", "مقررات سایت", "ضوابط سایت"]);

    /// <summary>The customer told it was on them: "you were told", "the account holder's responsibility", «توجه نکردید».</summary>
    public static IEnumerable<string> BlamingWords() =>
        new[] { "you were told", "you were informed", "you were advised", "you were warned", "you were notified", "you've been told",
            "you have been told", "your responsibility", "account holder's responsibility", "customer's responsibility",
            "responsibility of the customer", "responsibility of the account holder", "up to the customer", "up to the account holder",
            "customers are responsible", "you are responsible", "you're responsible", "the customer is responsible",
            "like i mentioned", "like i said", "as i said", "as i already said", "i already told you", "as i already mentioned", "mentioned twice",
            "told you twice", "i've already explained", "as previously mentioned", "as previously stated", "as stated previously",
            "as mentioned previously", "important that customers", "important that you check", "قبلاً هم گفتم", "قبلا هم گفتم", "دو بار گفتم",
            "should really have", "really should have", "should probably have", "should definitely have", "should've really",
            "clearly asks", "clearly shows", "clearly marked", "clearly explains", "clearly mentions", "as i pointed out", "as we pointed out",
            "i pointed out", "did say", "did mention", "همونطور که گفتم", "همان‌طور که قبلاً گفتم", "همان‌طور که گفته شد" }
        .Concat(from noun in new[] { "توجه", "دقت", "اهمیت", "گوش" }
                from verb in noun == "اهمیت" || noun == "گوش" ? new[] { "ندادید", "ندادی", "ندادین", "نداده بودید", "نداده بودی", "نداده‌اید" } : new[] { "نکردید", "نکردی", "نکردین", "نکرده بودید", "نکرده بودی", "نکرده‌اید" }
                select noun + " " + verb)
        .Concat(["نخوندید", "نخوندی", "نخواندید", "نخوانده بودید", "نخونده بودی", "نخونده بودین"]);

    /// <summary>A rule word with the spoken copula: «این قانونه», «مقرراته دیگه».</summary>
    public static IEnumerable<string> PolicyCopula() =>
        from rule in new[] { "قانون", "قوانین", "مقررات", "سیاست", "ضوابط", "روال", "رویه", "دستورالعمل", "قاعده" }
        from be in new[] { "ه", "ه دیگه", "‌ست", "ه‌ها" }
        select rule + be;

    /// <summary>A rule of a named organisation with the copula: «مقررات فروشگاهه», «قانون بانکه».</summary>
    public static IEnumerable<string> PolicyOfOrganisation() =>
        from rule in new[] { "مقررات", "ضوابط", "قوانین", "قانون", "دستورالعمل", "سیاست", "رویه" }
        from org in new[] { "فروشگاه", "شرکت", "مجموعه", "بانک", "سازمان", "اداره", "سایت", "هواپیمایی", "بیمه", "اتحادیه", "باشگاه", "شعبه", "اپراتور", "دانشگاه", "آموزشگاه", "کلینیک", "بیمارستان", "هتل", "بانک مرکزی", "داروخانه", "رستوران", "آژانس", "مدرسه" }
        from be in new[] { "ه", "‌ست", " است", "ه دیگه" }
        select rule + " " + org + be;

    /// <summary>"As I explained", «به دلیل تأخیر خودتان»: a reminder of what the customer was told, the customer's own fault as a noun.</summary>
    public static IEnumerable<string> BlamingReminders() =>
        (from asLike in new[] { "as", "like" }
         from who in new[] { "i", "we" }
         from adverb in new[] { "", " already", " previously", " clearly" }
         from verb in new[] { "explained", "said", "mentioned", "told you", "pointed out", "stated", "noted", "wrote", "advised" }
         select asLike + " " + who + adverb + " " + verb)
        .Concat(from asLike in new[] { "همان‌طور که", "همون‌طور که", "همانطور که", "همونطور که", "چنان‌که", "همان‌گونه که" }
                from when in new[] { "", " قبلاً", " قبلا", " پیش‌تر", " بارها", " بارها هم", " قبلاً هم", " قبلا هم" }
                from verb in new[] { "توضیح دادم", "توضیح دادیم", "گفتم", "گفتیم", "عرض کردم", "عرض کردیم", "اشاره کردم", "اشاره کردیم", "نوشتم", "نوشتیم", "اطلاع دادیم", "اطلاع دادم" }
                select asLike + when + " " + verb)
        .Concat(["read our faq", "check our faq", "before contacting us", "before reaching out to us", "before getting in touch"])
        .Concat(from fault in new[] { "تأخیر", "تاخیر", "اشتباه", "بی‌دقتی", "کوتاهی", "غفلت", "سهل‌انگاری", "فراموشی", "عجله", "بی‌توجهی" }
                from whose in new[] { "خودتان", "خودتون", "خودت", "شما" }
                select fault + " " + whose);

    /// <summary>A business's own rules named by its kind: "restaurant policy", "our agency procedures", "compliance requirements".</summary>
    public static IEnumerable<string> PolicyOfBusiness() =>
        (from kind in new[] { "restaurant", "store", "hotel", "shop", "bank", "airline", "club", "gym", "agency", "clinic", "school", "house", "compliance", "regulatory" }
         from rule in new[] { "policy", "policies", "rules", "procedures", "requirements" }
         select kind + " " + rule)
        .Concat(["required by our", "required under our"]);

    /// <summary>Against the rules: «خلاف مقررات», "against our terms".</summary>
    public static IEnumerable<string> PolicyAgainst() =>
        (from against in new[] { "خلاف", "مغایر", "مغایر با", "برخلاف", "بر خلاف", "خارج از" }
         from rule in new[] { "مقررات", "قوانین", "قانون", "ضوابط", "سیاست", "سیاست‌های", "رویه", "دستورالعمل", "آیین‌نامه", "شرایط", "چارچوب" }
         select against + " " + rule)
        .Concat(from against in new[] { "against our", "against the", "against company", "outside our", "not within our", "contrary to our" }
                from rule in new[] { "terms", "rules", "policy", "policies", "guidelines", "regulations", "procedures", "t&cs", "terms of service", "terms and conditions" }
                select against + " " + rule);

    /// <summary>Policy as the way the business works: «روال کار ما اینه», «قانون مجموعه همینه».</summary>
    public static IEnumerable<string> Policy() =>
        from rule in new[] { "روال", "رویه", "روش", "قانون", "سیستم", "سیاست", "قاعده", "ضوابط", "روند" }
        from whose in new[] { "کار ما", "کارمون", "ما", "مجموعه", "شرکت", "سیستم", "اینجا" }
        from be in new[] { "اینه", "این است", "این‌طوره", "اینطوره", "این‌طور است", "همینه", "همین است", "این‌جوریه", "اینجوریه" }
        select rule + " " + whose + " " + be;

    /// <summary>Negated first-person plurals that promise, not refuse: «فراموش نمی‌کنیم», «دریغ نخواهیم کرد».</summary>
    private static readonly string[] NotRefusals =
    [
        "!فراموش نمی‌کنیم", "!فراموشتان نمی‌کنیم", "!دریغ نمی‌کنیم", "!کوتاهی نمی‌کنیم", "!تردید نمی‌کنیم", "!شک نمی‌کنیم",
        "!رها نمی‌کنیم", "!ول نمی‌کنیم", "!معطل نمی‌کنیم", "!معطلتان نمی‌کنیم", "!معطلتون نمی‌کنیم", "!تنها نمی‌گذاریم",
        "!تنهاتون نمی‌ذاریم", "!تنهات نمی‌ذاریم", "!تنهایتان نمی‌گذاریم", "!دریغ نخواهیم کرد", "!فراموش نخواهیم کرد",
        "!کوتاهی نخواهیم کرد", "!تردید نخواهیم کرد", "!منتظرتان نمی‌گذاریم", "!منتظرتون نمی‌ذاریم", "!منتظر نمی‌گذاریم", "!منتظر نمی‌ذاریم", "!بی‌جواب نمی‌گذاریم",
        "!بی جواب نمی‌ذاریم", "!بی‌پاسخ نمی‌گذاریم",
    ];

    private static IEnumerable<string> WithClitics(IEnumerable<string> nouns) =>
        from n in nouns
        from clitic in new[] { "", "م", "مون", "مان", "‌ام", "‌های", "‌ها" }
        select n + clitic;

    private static string Group(params IEnumerable<string>[] classes) => "{" + string.Join("|", classes.SelectMany(c => c).Distinct(StringComparer.Ordinal)) + "}";
}
