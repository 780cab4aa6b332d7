namespace Crm.Core.ToneLint.Internal.Lexicon;

/// <summary>
/// Persian verbs by paradigm rather than by listed form. Persian has a closed set of simple verbs (every compound verb
/// is a noun with one of them: «روشن گذاشتن», «اعمال کردن»), so generating the forms a rule needs from the stems —
/// every person, tense, negation and spoken ending — catches wordings no phrase list of earlier misses holds
/// («جا انداخته بودید», «نمی‌فرستیم», «می‌سپارم»). Forms are written without ZWNJ or space inside; the squeeze makes
/// «نمی‌فرستیم», «نمیفرستیم» and «نمی فرستیم» one key.
/// </summary>
internal static class PersianVerbs
{
    /// <summary>A simple verb: past stem, present stem and the spoken present stem where it differs («ده» → «د»).</summary>
    internal readonly record struct Verb(string Past, string Present, string? SpokenPresent = null);

    /// <summary>The simple verbs of everyday and service Persian, light verbs first.</summary>
    public static readonly Verb[] Simple =
    [
        new("کرد", "کن"), new("داد", "ده", "د"), new("زد", "زن"), new("گذاشت", "گذار", "ذار"), new("گرفت", "گیر"),
        new("انداخت", "انداز", "نداز"), new("کشید", "کش"), new("خورد", "خور"), new("شد", "شو", "ش"), new("داشت", "دار"),
        new("فرستاد", "فرست"), new("خواند", "خوان", "خون"), new("نوشت", "نویس"), new("رفت", "رو", "ر"), new("آمد", "آ", "ا"),
        new("برد", "بر"), new("آورد", "آور", "ار"), new("خرید", "خر"), new("دید", "بین"), new("گفت", "گو", "گ"),
        new("شنید", "شنو"), new("بست", "بند"), new("شکست", "شکن"), new("ریخت", "ریز"), new("فروخت", "فروش"),
        new("ساخت", "ساز"), new("پرداخت", "پرداز"), new("شناخت", "شناس"), new("دانست", "دان", "دون"),
        new("توانست", "توان", "تون"), new("خواست", "خواه", "خوا"), new("ماند", "مان", "مون"), new("رساند", "رسان", "رسون"),
        new("رسید", "رس"), new("برگشت", "برگرد"), new("برگرداند", "برگردان", "برگردون"), new("گرداند", "گردان", "گردون"),
        new("پذیرفت", "پذیر"), new("سپرد", "سپار", "سپر"), new("پوشید", "پوش"), new("فهمید", "فهم"), new("پرسید", "پرس"),
        new("گذشت", "گذر"), new("بخشید", "بخش"), new("پسندید", "پسند"), new("فشرد", "فشار"), new("افتاد", "افت", "فت"),
        new("افزود", "افزا"), new("نمود", "نما"), new("فرمود", "فرما"), new("شمرد", "شمار"), new("آموخت", "آموز"),
        new("سوخت", "سوز"), new("یافت", "یاب"), new("نهاد", "نه"), new("چسباند", "چسبان", "چسبون"), new("نشاند", "نشان", "نشون"),
        new("چید", "چین"), new("پیچید", "پیچ"), new("چرخید", "چرخ"), new("کوشید", "کوش"), new("پرید", "پر"),
        new("جست", "جو"), new("گشت", "گرد"), new("کند", "کن"), new("زدود", "زدا"), new("گشود", "گشا"), new("ربود", "ربا"),
        new("کاست", "کاه"), new("خواباند", "خوابان", "خوابون"), new("کشاند", "کشان", "کشون"), new("ترساند", "ترسان", "ترسون"),
        new("رنجاند", "رنجان", "رنجون"), new("دوخت", "دوز"), new("شست", "شو", "شور"), new("پخت", "پز"), new("بافت", "باف"),
        // Spoken past stems of the causatives and «خواندن», «ماندن»: «برگردوندید», «رسوندی», «خوندید».
        new("برگردوند", "برگردون"), new("رسوند", "رسون"), new("خوند", "خون"), new("موند", "مون"), new("گردوند", "گردون"),
        new("چسبوند", "چسبون"), new("نشوند", "نشون"), new("کشوند", "کشون"),
    ];

    /// <summary>
    /// The customer's own past act, second person: «گذاشتی», «کردید», «زدین», «جا انداخته بودید», «پر کرده‌اید»,
    /// «نخوانده بودید», and their negatives.
    /// </summary>
    public static IEnumerable<string> SecondPersonPast()
    {
        foreach (var v in Simple)
        {
            foreach (var p in new[] { v.Past, Negate(v.Past) })
            {
                yield return p + "ی";
                yield return p + "ید";
                yield return p + "ین";
                yield return p + "ه بودی";
                yield return p + "ه بودید";
                yield return p + "ه بودین";
                yield return p + "ه‌ای";
                yield return p + "ه‌اید";
            }
        }
    }

    /// <summary>The second-person past continuous («می‌گفتی», «نمی‌زدید»): after «باید»/«نباید» it says what the customer should have done.</summary>
    public static IEnumerable<string> SecondPersonPastContinuous() =>
        from v in Simple
        from prefix in new[] { "می", "نمی" }
        from ending in new[] { "ی", "ید", "ین" }
        select prefix + v.Past + ending;

    /// <summary>The second-person past perfect only («خوانده بودید»): after «اگر» it is the counterfactual of blame.</summary>
    public static IEnumerable<string> SecondPersonPastPerfect() =>
        from v in Simple
        from p in new[] { v.Past, Negate(v.Past) }
        from aux in new[] { "ه بودی", "ه بودید", "ه بودین" }
        select p + aux;

    /// <summary>
    /// "We don't / won't …" in the present: «نمی» + present stem + «یم», formal and spoken («نمی‌فرستیم», «نمی‌دیم»,
    /// «برنمی‌گردونیم»): a refusal stated as the business's habit.
    /// </summary>
    public static IEnumerable<string> FirstPluralNegatedPresent()
    {
        foreach (var v in Simple)
        {
            foreach (var stem in Stems(v))
            {
                yield return Ending(Prefixed(stem, "نمی"), "یم");
            }
        }
    }

    /// <summary>
    /// First-person forms of a verb (simple or compound with a noun before it): past, present, subjunctive, future and
    /// perfect, singular and plural, with an object clitic «ش» where speech adds one («فرستادمش», «می‌سپارمش»).
    /// </summary>
    public static IEnumerable<string> FirstPerson(string noun, Verb v)
    {
        var lead = noun.Length > 0 ? noun + " " : string.Empty;
        foreach (var ending in new[] { "م", "یم" })
        {
            yield return lead + v.Past + ending;
            yield return lead + v.Past + ending + "ش";
            yield return lead + v.Past + "ه‌ا" + ending;
            yield return lead + "خواه" + ending + " " + v.Past;
            foreach (var stem in Stems(v))
            {
                yield return lead + Ending(Prefixed(stem, "می"), ending);
                yield return lead + Ending(Prefixed(stem, "می"), ending) + "ش";
                yield return lead + Ending(noun.Length > 0 ? stem : Prefixed(stem, "ب"), ending);
            }
        }
    }

    /// <summary>Looks a simple verb up by its past stem.</summary>
    public static Verb ByPast(string past) => Simple.First(v => v.Past == past);

    private static IEnumerable<string> Stems(Verb v) => v.SpokenPresent is { } s ? [v.Present, s] : [v.Present];

    // A present stem ending in «ا» takes «ی» before the personal ending: «می‌نمایم», «نمی‌فرماییم».
    private static string Ending(string stem, string ending) => stem.EndsWith('ا') ? stem + "ی" + ending : stem + ending;

    // «کرد» → «نکرد»; «آمد» → «نیامد»; «برگشت» → «برنگشت».
    private static string Negate(string stem) => Prefixed(stem, "ن");

    // A prefix before the stem, after the verbal particle «بر» of «برگشتن», «برگرداندن». «ن» and «ب» take «ی» before a
    // vowel («نیامد», «بیار», «نینداخت»); «می» does not («نمی‌آوریم», spoken «نمیاریم»).
    private static string Prefixed(string stem, string prefix)
    {
        if (stem.StartsWith("بر", StringComparison.Ordinal) && stem.Length > 3 && stem[2] == 'گ')
        {
            return "بر" + prefix + stem[2..];
        }

        if (prefix is "ن" or "ب" && stem.StartsWith('آ'))
        {
            return prefix + "یا" + stem[1..];
        }

        return prefix is "ن" or "ب" && stem.StartsWith('ا') ? prefix + "ی" + stem : prefix + stem;
    }
}
