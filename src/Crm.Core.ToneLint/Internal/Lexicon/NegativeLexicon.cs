namespace Crm.Core.ToneLint.Internal.Lexicon;

/// <summary>Phrases of refusal and blame (seed 004, tip 2). "!" marks a phrase that suppresses the hits it contains.</summary>
internal static class NegativeLexicon
{
    public static readonly string[] Negative =
    [
        // Persian, formal and colloquial; spacing and ZWNJ variants are covered by the fold.
        "نمی‌شود", "نمی‌شه", "نمیشه", "نخواهد شد", "نمی‌شود انجام داد", "نمی‌توانیم", "نمی‌تونیم", "نمی‌توانم", "نمی‌تونم",
        "نمی‌توانید", "نمی‌تونید", "امکان‌پذیر نیست", "امکان پذیر نمی‌باشد", "امکان‌پذیر نمی‌باشد", "امکانش نیست",
        "امکانش وجود ندارد", "امکانش وجود نداره", "امکان ندارد", "امکان نداره", "امکان وجود ندارد", "امکان وجود نداره",
        "مقدور نیست", "مقدور نمی‌باشد", "میسر نیست", "میسر نمی‌باشد", "غیرممکن است", "غیر ممکن است", "ممکن نیست",
        "نداریم", "نداریمش", "ما مجبور نیستیم", "مجبور نیستیم", "قادر نیستیم", "قادر نیستم", "قادر به انجام",
        "اجازه نداریم", "راهی نداریم", "کاری از دست ما برنمی‌آید", "کاری از دست ما برنمیاد", "کاری از دستمون برنمیاد", "کاری نمی‌شه کرد", "هیچ راهی نیست", "نمی‌توان", "نمیتوان", "به هیچ وجه", "اصلا نمی‌شه",
        // English.
        "can't", "cannot", "can not", "unable to", "we don't", "we do not", "won't be able", "will not be able",
        "not possible", "impossible", "we are not able", "we're not able", "not allowed", "there is no way", "no way to",
        "we won't", "we will not", "we don't have", "not able to", "isn't possible", "wasn't possible",
        "not in a position to", "out of our hands", "nothing we can do", "nothing i can do", "we can no longer", "we no longer",
        "isn't something we", "is not something we", "isn't something i", "is not something i", "not an option", "won't be possible", "will not be possible", "there's no way",
        "we aren't able", "we're unable", "we are unable", "doesn't allow", "does not allow", "غیرقابل", "غیر قابل",
        "!can't wait", "!cannot wait", "!can't thank", "!cannot thank",
        // Held-out part 3: «برنمی‌گردونیم» and its forms.
        "برنمی‌گردونیم", "برنمی‌گردانیم", "برنمی‌گرداندیم", "برنمی‌گردونیمش", "پس نمی‌گیریم", "پس نمی‌گیریمش",
        // Held-out part 4: a refusal that is a negated verb of the business («دیگه وارد نمی‌کنیم», «اجازه نمی‌ده»,
        // spoken «نمی‌خوره» for "does not apply"), and "no longer able". Negated passives are refusals too (PersianPassive).
        "وارد نمی‌کنیم", "وارد نمی‌کنیمش", "قبول نمی‌کنیم", "نمی‌پذیریم", "نمی‌پذیریمش", "ارائه نمی‌دهیم", "ارائه نمی‌دیم",
        "اجازه نمی‌دهد", "اجازه نمی‌ده", "اجازه نمیده", "اجازه نمی‌دهند", "اجازه نمی‌دن", "اجازه نمی‌دهیم", "اجازه نمی‌دیم",
        "نمی‌خوره", "تعلق نمی‌گیرد", "تعلق نمی‌گیره", "شامل نمی‌شود", "شامل نمی‌شه", "شاملش نمی‌شه",
        "no longer able", "we're no longer", "we are no longer", "no longer possible", "no longer available",
        "نمی‌شوند", "نمیشن", "نمی‌شن",
    ];

    public static readonly string[] Blaming =
    [
        "شما باید", "شما بایستی", "شما بایست", "خودتان باید", "خودتون باید", "باید خودتان", "باید خودتون",
        "مشکل از طرف شماست", "مشکل از طرف شما است", "مشکل از شماست", "مشکل از سمت شماست", "مشکل از سمت شما است",
        "تقصیر شماست", "تقصیر خودتان است", "تقصیر خودتونه", "اشتباه از شماست", "اشتباه از طرف شماست", "شما اشتباه کردید",
        "شما اشتباه کرده‌اید", "اشتباه کرده‌اید", "شما متوجه نشدید", "شما متوجه نشده‌اید", "دقت نکردید", "دقت نکرده‌اید",
        "مگه نخوندید", "مگر نخوانده‌اید", "رعایت نکرده‌اید", "رعایت نکردید", "شما مجبورید", "قبلا هم گفته بودیم",
        "قبلاً هم گفته بودیم", "قبلا گفته بودیم", "چندین بار گفته‌ایم",
        "you must", "you should have", "you should've", "you need to have", "you failed to", "your fault",
        "you didn't read", "you did not read", "as you were told", "as we already told you", "as we told you",
        "you were supposed to", "you forgot to", "user error", "you have to", "you did not follow", "you didn't follow",
        "you needed to", "you were meant to", "you neglected to", "as clearly stated", "as stated in our", "as mentioned in our",
        "you missed the", "you didn't check", "you did not check", "you didn't update", "you did not update",
        // Held-out part 3: blame in other words («خودت … اشتباه زدی» is a gap pattern).
        "did say to", "did say that", "did say you", "clearly says", "clearly said", "clearly states",
        "تقصیر خودته", "تقصیر خودت بود", "تقصیر خودتون بود", "تقصیر خودتان بود", "تقصیر شما بود", "تقصیر شما است",
        // Held-out part 4: «حواستان نبود» in every person, and "as we clearly explained".
        "حواستان نبود", "حواستون نبود", "حواست نبود", "حواستان نبوده", "حواستون نبوده", "حواست نبوده", "حواستان را جمع",
        "حواستو جمع", "دقت نکردی", "دقت نکردین", "as we clearly explained", "as we already explained", "as we previously explained",
        "as i clearly explained", "as i already explained", "as we clearly stated", "as we already stated", "as we already said",
        "as clearly explained", "as previously explained",
    ];

    public static readonly string[] Policy =
    [
        "طبق قوانین شرکت", "طبق قوانین", "طبق قانون شرکت", "طبق مقررات", "طبق سیاست", "طبق سیاست‌های شرکت",
        "طبق سیاست شرکت", "بر اساس قوانین", "براساس قوانین", "بر اساس سیاست", "بر اساس مقررات", "مطابق قوانین",
        "مطابق مقررات", "مطابق سیاست", "قوانین شرکت", "قانون شرکت", "مقررات شرکت", "سیاست شرکت", "سیاست‌های شرکت",
        "خلاف قوانین", "مغایر با قوانین", "ضوابط شرکت", "طبق ضوابط", "بنا بر ضوابط", "طبق روال", "طبق دستورالعمل",
        "قوانینمون", "قانونمون", "طبق قانون", "قوانین ما",
        "per our policy", "as per our policy", "per company policy", "company policy", "our policy", "our policies",
        "against our policy", "against policy", "policy does not allow", "policy doesn't allow", "per our terms",
        "it is our policy", "due to policy", "for policy reasons", "our rules", "company rules", "standard procedure",
        "company guidelines", "our procedures", "as per our terms", "our terms and conditions", "internal guidelines",
        "internal policy", "internal policies", "our guidelines", "دستورالعمل‌های داخلی", "مقررات داخلی", "قوانین داخلی",
        "رویه شرکت", "طبق رویه شرکت", "طبق آیین‌نامه", "بر اساس دستورالعمل", "براساس دستورالعمل", "مطابق دستورالعمل",
        // Held-out part 3: the enclitic «ـه» («قانون شرکته») and rules named after the business or called regulations.
        "قانون شرکته", "قوانین شرکته", "سیاست شرکته", "مقررات شرکته", "قانونمونه", "قوانینمونه", "قوانین ماست",
        "company regulations", "our regulations",
        // Held-out part 4: the rules of the shop or the business named as such («سیاست فروشگاه اینه»), "rules are rules".
        "سیاست فروشگاه", "قانون فروشگاه", "قوانین فروشگاه", "مقررات فروشگاه", "ضوابط فروشگاه", "سیاست مجموعه", "قوانین مجموعه",
        "ضوابط بانک", "مقررات بانک", "قانون ما", "قانون ماست", "سیاست ما", "سیاست ماست", "قانونمون اینه", "قانون ما اینه",
        "rules are rules", "policy is policy", "that's the rule", "that's our rule", "those are the rules", "the rules say",
        "store policy", "shop policy", "bank policy",
    ];
}
