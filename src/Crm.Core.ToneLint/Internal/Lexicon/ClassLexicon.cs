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

    private const string Apologies = "{متاسفیم|متاسفم|متأسفیم|متأسفم|ببخشید|ببخش|ببخشین|عذرخواهی می‌کنیم|عذرخواهی می‌کنم|عذر می‌خواهیم|عذر می‌خواهم|عذر می‌خوام|پوزش می‌خواهیم|پوزش می‌خواهم|پوزش می‌طلبیم|پوزش می‌طلبم|معذرت می‌خواهم|معذرت می‌خوام|شرمنده|شرمنده‌ایم|شرمنده‌ام}";

    // How the customer took it, in the second person («تصور کردید», «خوشت نیومده», «راضی نبودید»).
    private static readonly string Perception = Group(
        from noun in new[] { "تصور", "فکر", "احساس", "حس", "برداشت", "گمان", "خیال", "برداشت اشتباه" }
        from verb in new[] { "کردید", "کردی", "کردین", "کرده‌اید", "کرده‌ای", "می‌کنید", "می‌کنی", "می‌کنین", "شد", "شده" }
        select noun + " " + verb,
        from clitic in new[] { "ت", "تون", "تان", "ش" }
        from verb in new[] { "نیامد", "نیومد", "نیامده", "نیومده", "نیامده است", "نمی‌آید", "نمیاد" }
        select "خوش" + clitic + " " + verb,
        from verb in new[] { "راضی نبودید", "راضی نبودی", "راضی نبودین", "راضی نیستید", "راضی نیستی", "راضی نیستین", "راضی نشدید", "راضی نشدی",
            "دوست نداشتید", "دوست نداشتی", "دوست نداشتین", "نپسندیدید", "نپسندیدی", "نپسندیدین", "ناراحت شدید", "ناراحت شدی", "ناراحت شدین",
            "دلخور شدید", "دلخور شدی", "رنجیدید", "رنجیدی", "آزرده شدید", "آزرده شدی", "انتظار داشتید", "انتظار داشتی", "توقع داشتید", "توقع داشتی",
            "مطابق انتظار", "مطابق میل", "باب میل", "به دلتان ننشست", "به دلت ننشست", "به دلتون ننشست" }
        select verb);

    // Units and colleagues a reply hands the customer to.
    private const string Units = "{واحد|بخش|همکار|همکارم|همکاران|همکارانم|همکارمون|همکارامون|تیم|دپارتمان|قسمت|اداره|مدیر|مدیریت|کارشناس|کارشناسان|کارشناسای|سرپرست|سرپرستی|پشتیبانی|بچه‌های|بچه های}";

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
        PersianVerbs.FirstPerson("ارسال", PersianVerbs.ByPast("کرد")));

    private static readonly string SecondPast = Group(PersianVerbs.SecondPersonPast().Where(f => f is not ("شدی" or "شدید" or "شدین")));

    public static IReadOnlyList<GapPattern> All { get; } =
    [
        // Blame: the customer's act, then its consequence («کد را جا انداخته بودید و به همین دلیل بسته برگشت»).
        GapPattern.Parse(LexiconGroup.Blaming, SecondPast + " … " + Consequence, 8),
        // The counterfactual: «اگر راهنما را خوانده بودید …».
        GapPattern.Parse(LexiconGroup.Blaming, "{اگر|اگه|چنانچه} … " + Group(PersianVerbs.SecondPersonPastPerfect()), 10),
        // «خودت … روشن گذاشته بودی», «خودتان … انتخاب کردید».
        GapPattern.Parse(LexiconGroup.Blaming, "{خودت|خودتان|خودتون|خود شما} … " + SecondPast, 6),
        // The act done wrongly: «برعکس گذاشتی», «ناقص پر کرده بودید».
        GapPattern.Parse(LexiconGroup.Blaming, WrongManner + " … " + SecondPast, 2),

        // Deflecting: an apology for how the customer took it, either order.
        GapPattern.Parse(LexiconGroup.Deflecting, Apologies + " {که|اگر|اگه|از اینکه|بابت اینکه|از این که} … " + Perception, 8),
        GapPattern.Parse(LexiconGroup.Deflecting, "{از اینکه|از این که|بابت اینکه|اگر|اگه} … " + Perception + " … " + Apologies, 8),

        // Referral: a first-person transfer to a unit, either order («به واحد مالی می‌سپارم», «فرستادم واحد مالی»).
        GapPattern.Parse(LexiconGroup.Referral, "به " + Units + " … " + Transfers, 4),
        GapPattern.Parse(LexiconGroup.Referral, Transfers + " … " + Units, 2),
        GapPattern.Parse(LexiconGroup.Referral, "به " + Units + " … {ارجاع شد|ارجاع داده شد|منتقل شد|سپرده شد|فرستاده شد|ارجاع گردید|منتقل گردید|واگذار شد|محول شد|ارجاع شده|منتقل شده|سپرده شده|ارجاع داده شده}", 4),

        // English blame: the customer's omission as the cause, or its consequence after "if you had".
        GapPattern.Parse(LexiconGroup.Blaming, "{because you|since you|as you|so you} … {never|didn't|did not|forgot|failed|hadn't|had not|haven't|have not|missed|skipped|ignored|overlooked|neglected|left out}", 2),
        GapPattern.Parse(LexiconGroup.Blaming, "{skipped|missed|wrong|incorrect|incorrectly|error|mistake|fault|overlooked|forgot|forgotten|left out|left blank|misconfigured|typo|mistyped|not done|wasn't done|was not done|ignored|not followed|wasn't followed|not completed|wasn't completed} … {on your side|on your end|on your part|from your side|from your end|by you}", 6),
        GapPattern.Parse(LexiconGroup.Blaming, "{if you had|if you'd|had you} … {wouldn't have|would not have|could have been avoided|would have been avoided|wouldn't be|would not be}", 10),

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
            .Concat(["no longer something", "something we no longer", "not something we", "not something i", "not one we", "not a service we", "not a product we"])
            .Concat(NotRefusals);

    /// <summary>Vague spans as a class: a few days, the coming days, «یکی دو روز دیگه», «طی روزهای آتی».</summary>
    public static IEnumerable<string> Vague() =>
        (from few in new[] { "یکی دو", "یکی‌دو", "یه چند", "چند", "دو سه", "یکی دوتا", "یکی دو تا", "یه دو سه" }
         from unit in new[] { "روز", "هفته", "ساعت", "روزی", "هفته‌ای", "ساعتی", "روز کاری" }
         from after in new[] { "دیگه", "دیگر", "آینده", "آتی", "بعد", "وقت دیگه" }
         select few + " " + unit + " " + after)
        .Concat(from prep in new[] { "طی", "در", "ظرف", "تا", "توی", "تو", "طول" }
                from span in new[] { "روزهای", "هفته‌های", "ساعات", "روزای", "ماه‌های", "هفته‌ی", "روزهای کاری" }
                from after in new[] { "آتی", "آینده", "بعد", "بعدی", "پیش رو", "پیش‌رو", "آینده نزدیک" }
                select prep + " " + span + " " + after)
        .Concat(from few in new[] { "a few", "a couple of", "a couple", "a few more", "several", "one or two", "few more" }
                from unit in new[] { "days", "weeks", "business days", "working days" }
                select few + " " + unit)
        .Concat(from prep in new[] { "in", "within", "over", "during" }
                from span in new[] { "the coming", "the next few", "the next couple of", "the following", "the upcoming", "the days and" }
                from unit in new[] { "days", "weeks", "hours", "business days", "working days" }
                select prep + " " + span + " " + unit)
        .Concat(["a day or two", "a week or two", "a day or so", "a week or so", "a day or three"]);

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
                "aforesaid", "upon receipt of", "valued patronage", "patronage", "we shall", "shall be", "please be informed"]);

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

    private static string Group(params IEnumerable<string>[] classes) => "{" + string.Join("|", classes.SelectMany(c => c).Distinct(StringComparer.Ordinal)) + "}";
}
