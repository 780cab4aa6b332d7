namespace Crm.Core.ToneLint.Internal.Lexicon;

/// <summary>Clichés, officialese and apologies (seed 004, tips 15, 16, 19, 20, 37, 48). "a => b" carries a fix.</summary>
internal static class StyleLexicon
{
    public static readonly string[] Cliche =
    [
        "تماس شما برای ما بسیار ارزشمند است", "تماس شما برای ما ارزشمند است", "تماس شما برای ما مهم است",
        "پیام شما برای ما بسیار ارزشمند است", "پیام شما برای ما مهم است", "رضایت شما هدف ماست", "رضایت شما اولویت ماست",
        "رضایت شما برای ما مهم است", "رضایت شما مهم‌ترین هدف ماست", "همیشه حق با مشتری است", "مشتری همیشه حق دارد",
        "ما همیشه در کنار شما هستیم", "از حسن انتخاب شما سپاسگزاریم", "از حسن انتخاب شما متشکریم",
        "از اینکه ما را انتخاب کردید سپاسگزاریم", "شما را وصل می‌کنم", "مشتری مداری افتخار ماست",
        "از صبر و شکیبایی شما", "از صبر و حوصله شما سپاسگزاریم", "بابت هرگونه ناراحتی عذرخواهی می‌کنیم",
        "پوزش بابت هرگونه ناراحتی",
        "we apologize for any inconvenience", "we apologise for any inconvenience", "sorry for any inconvenience",
        "apologies for any inconvenience", "for any inconvenience caused", "your call is important to us",
        "your business is important to us", "we value your business", "thank you for your patience and understanding",
        "we appreciate your patience and understanding", "please do not hesitate to contact us",
        "please don't hesitate to contact us", "thank you for choosing", "customer satisfaction is our top priority",
        "your satisfaction is our priority", "your satisfaction is our top priority", "we strive to exceed",
        "at the end of the day", "we are committed to providing the best", "means the world to us", "means everything to us",
        "as a valued customer", "we pride ourselves", "we value you", "your satisfaction means", "we go above and beyond",
        // Held-out part 3 (paraphrases are gap patterns).
        "مشتری همیشه در اولویت", "مشتری برای ما در اولویت", "جلب رضایت شما", "جلب رضایت مشتری",
        "best possible service", "the best service possible", "regret any inconvenience", "regret the inconvenience",
        "for the inconvenience caused", "any inconvenience this may have caused",
        // Held-out part 4: thanks for choosing us in spoken Persian (a gap pattern), the customer as king, pride and
        // honour, "patience and understanding" after any thanks.
        "مشتری پادشاه است", "مشتری پادشاهه", "مشتری همیشه پادشاه", "افتخار ماست", "باعث افتخار ماست",
        "مایه افتخار ماست", "برای ما افتخار است", "برای ما افتخاره", "افتخار می‌کنیم که", "patience and understanding",
        "the customer is king", "the customer is always right",
    ];

    public static readonly string[] Robotic =
    [
        "بابت ایجاد مزاحمت عذرخواهم => ببخشید", "بابت ایجاد مزاحمت عذرخواهی می‌کنم => ببخشید",
        "بابت ایجاد مزاحمت پوزش می‌طلبیم => ببخشید", "ما از صبر شما سپاسگزاریم => ممنون که منتظر بودید",
        "از صبر شما سپاسگزاریم => ممنون که منتظر بودید", "از شکیبایی شما سپاسگزاریم => ممنون که منتظر بودید",
        "از صبر شما متشکریم => ممنون که منتظر بودید", "درخواست شما را دریافت داشته‌ایم => درخواستتان به دستمان رسید",
        "دریافت داشته‌ایم => دریافت کرده‌ایم", "دریافت داشتیم => دریافت کردیم", "فی‌الواقع => در واقع",
        "فی الواقع => در واقع", "علیهذا => بنابراین", "مع‌الوصف => با این حال", "معالوصف => با این حال",
        "مستدعی است => لطفاً", "خواهشمند است => لطفاً", "خواهشمندیم => لطفاً", "به استحضار می‌رساند => می‌خواستیم بگوییم",
        "به استحضار می‌رسانیم => می‌خواستیم بگوییم", "عطف به => درباره", "مقتضی است => لازم است",
        "صورت پذیرفت => انجام شد", "صورت خواهد پذیرفت => انجام می‌دهیم", "صورت می‌پذیرد => انجام می‌دهیم",
        "اقدامات لازم معمول خواهد شد => همین حالا انجامش می‌دهیم", "اقدام لازم معمول گردد => لطفاً انجام دهید",
        "مرقوم فرمودید => نوشتید", "واصل گردید => رسید", "ایفاد گردید => فرستاده شد", "ضمیمه بفرمایید => بفرستید",
        "در راستای => برای", "حسب‌الامر", "مراتب", "اینجانب => من", "احتراماً => سلام", "احتراما => سلام",
        "kindly => please", "please do the needful", "do the needful", "as per your request => as you asked",
        "per your request => as you asked", "we are in receipt of => we received", "we acknowledge receipt of => we received",
        "please be advised that", "please be informed that", "herewith", "hereby", "pursuant to => under",
        "at this point in time => now", "in the event that => if", "prior to => before", "utilize => use",
        "revert back => reply", "the undersigned => I", "please find attached => I've attached", "aforementioned",
        "we regret to inform you", "your esteemed", "your good self => you",
        // Held-out part 3: officialese of letters.
        "بدینوسیله", "بدین وسیله", "به اطلاع می‌رساند", "به اطلاع می‌رسانیم", "به اطلاع می‌رسانم", "کمال تشکر", "کمال امتنان",
        "کمال تشکر را داریم => ممنونیم", "از شکیبایی جنابعالی",
        // Held-out part 4: officialese not listed.
        "در دست اقدام => دارم رویش کار می‌کنم", "در دست اقدام می‌باشد => دارم رویش کار می‌کنم", "واصل و", "duly noted => noted",
        "for their perusal", "for your perusal", "perusal", "we wish to inform you", "wish to inform you", "we trust this",
        "trust this information", "this information is satisfactory", "hereunder", "hereinafter", "henceforth",
    ];

    public static readonly string[] Deflecting =
    [
        "متاسفیم که با این مشکل مواجه شدید", "متاسفم که با این مشکل مواجه شدید", "متاسفیم که با این مشکل روبرو شدید",
        "متاسفیم که با مشکل مواجه شدید", "متاسفیم که دچار مشکل شدید", "متاسفم که دچار مشکل شدید",
        "متاسفیم که چنین احساسی دارید", "متاسفم که چنین احساسی دارید", "متاسفیم که اینطور فکر می‌کنید",
        "متاسفم که اینطور فکر می‌کنید", "متاسفم که این‌طور برداشت کردید", "متاسفیم اگر ناراحت شدید",
        "متاسفم اگر ناراحت شدید", "متاسفم اگه ناراحت شدید", "عذرخواهی می‌کنیم اگر ناراحت", "متاسفیم که ناراضی هستید",
        "متاسفم که ناراضی هستید", "متاسفیم که ناراحت شدید", "متاسفم که ناراحتید", "ببخشید اگه ناراحت شدید",
        "sorry you feel that way", "sorry you feel", "sorry that you feel", "sorry if you feel", "sorry if you were",
        "sorry if this caused", "sorry if that caused", "sorry you're upset", "sorry you are upset",
        "sorry that you're upset", "sorry you were upset", "we regret that you", "apologize if you", "apologise if you",
        "sorry if you're", "sorry you had to experience", "sorry for how you feel",
        "sorry you weren't", "sorry that you weren't", "sorry you were not", "sorry that you were not",
    ];

    public static readonly string[] Apology =
    [
        "متاسفیم", "متاسفم", "خیلی متاسفم", "ببخشید", "ببخشیدید", "عذرخواهی می‌کنیم", "عذرخواهی می‌کنم", "عذر می‌خواهیم",
        "عذر میخوام", "عذر می‌خوام", "پوزش می‌طلبیم", "پوزش می‌خواهیم", "شرمنده‌ایم", "شرمنده", "شرمندم", "معذرت می‌خواهم",
        "معذرت میخوام", "معذرت می‌خوام", "عذرخواهم", "پوزش",
        // Held-out part 4: the first person with its ending, the formal verb, the spoken imperative.
        "شرمنده‌ام", "شرمنده‌م", "پوزش می‌خوام", "شرمندتم", "شرمندتونم", "عذر می‌خواهم", "معذرت می‌خواهیم", "پوزش می‌خواهم", "پوزش می‌طلبم",
        "ببخش", "ببخشین",
        "sorry", "apologize", "apologise", "apologies", "apology", "we regret",
    ];

    /// <summary>Value words of stock statements, weight 2 (<see cref="Rules.ClicheRule"/>).</summary>
    public static readonly string[] ValueStrong =
    [
        "heart of", "at the heart", "heart and soul", "family", "priority", "top priority", "valued", "every step of the way", "here for you",
        "journey", "strive", "committed to", "commitment to", "dedicated to", "passion", "passionate", "mission",
        "pride ourselves", "proud to", "second to none", "world-class", "world class", "excellence", "exceptional service",
        "peace of mind", "means the world", "means a lot to us", "bringing this to our attention", "to our attention",
        "above and beyond", "extra mile", "delight", "seamless", "hassle-free", "matters to us", "important to us",
        "valuable to us", "customer-centric", "customer first", "customers first", "we care about", "we truly care",
        "we really care", "deeply value", "truly value", "greatly appreciate", "sincerely appreciate", "we appreciate you",
        "loyalty", "loyal customer", "loyal customers", "just a customer", "just a number", "more than a number", "we value",
        "drives us", "driven by", "at our core", "striving", "strives", "community", "part of our family", "part of the family",
        "we care", "commitment", "committed", "dedication", "very seriously", "take your feedback", "number one", "your time matters",
        "time is valuable", "nothing is more important", "nothing matters more", "customers like you", "who we are", "reason we do",
        "the reason we", "satisfaction guaranteed", "satisfaction is guaranteed", "only as good as", "top of our list", "what we live for", "live for", "delighting", "at the core", "core of what we do", "keeps us going", "each and every", "unforgettable",
        "memorable experience",
        "keeping you happy", "keeping our customers happy",
        "قلب", "خانواده", "اولویت", "ارزشمند", "افتخار", "مفتخر", "سرمایه", "همراه همیشگی", "رقم بزنیم", "رقم بزند",
        "رقم می‌زنیم", "شایسته", "لایق", "جلب رضایت", "دغدغه", "تمام تلاش", "همواره در تلاش", "در تلاشیم", "عضوی از",
        "مشتری‌مداری", "در کنار شما", "کنارتان هستیم", "کنارتون هستیم", "بی‌نظیر", "برترین", "رضایتمندی", "ولی‌نعمت",
        "تاج سر", "مباهات", "فقط یک مشتری", "یک مشتری نیستید", "انگیزه", "لبخند", "متعهد", "تعهد ما", "مفتخریم", "افتخار می‌کنیم", "به فکر شما", "هیچ چیز مهم‌تر", "حرف اول", "در صدر", "صدر کارها", "سرلوحه", "با افتخار", "شما عزیزان", "یه دنیا", "یک دنیا", "دارایی", "یک قدم جلوتر", "یه قدم جلوتر", "دلگرمی", "مایه دلگرمی", "از هر چیزی مهم‌تر", "از هر چیز مهم‌تر",
        "هیچ چیزی مهم‌تر",
    ];

    /// <summary>Value words of stock statements, weight 1.</summary>
    public static readonly string[] ValueWeak =
    [
        "customer", "customers", "always", "best", "experience", "appreciate", "important", "trust", "care", "satisfaction",
        "everything we do", "all we do", "value", "we're here", "we are here", "quality", "exceed", "expectations",
        "happy customers", "relationship", "every single", "happiness", "thank you for being", "improve", "every day", "goal", "matters", "seriously", "feedback", "grateful", "what we do", "service", "every interaction", "every customer",
        "رضایت", "مشتری", "مشتریان", "بهترین", "تجربه", "همیشه", "همواره", "تلاش", "اعتماد", "ارزش", "مهم", "خدمات",
        "کیفیت", "همراهی", "بزرگ", "بزرگ‌ترین", "بزرگترین", "ارائه", "کنار شما", "اعتمادتان", "اعتمادتون", "سلامتی", "همه ما", "در خدمت شما", "عزیزان", "انتظارات",
    ];
}
