using System.Globalization;
using Crm.Core.Persian;

namespace Crm.Core.Scheduling.Internal;

/// <summary>
/// The Persian sentence of every rule a holiday feed reader reports in a <see cref="HolidayFeedError"/>: the rule id is
/// the key. A sentence is «سطر N، field: مقدار «value» پذیرفته نیست: reason (قاعدهٔ rule).», or without the value when
/// it is empty. Numbers are Persian digits; the value is quoted as written, control characters as '?'. A test
/// enumerates every rule id the feed readers use and fails for one without an entry here.
/// </summary>
internal static class HolidayFeedMessages
{
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["encoding"] = "فایل فید با UTF-8 نوشته نشده است",
        ["json-syntax"] = "متن فید JSON درست نیست",
        ["json-object"] = "اینجا یک شیء JSON لازم است (ریشهٔ فید با آرایه‌های monthStarts، closures و cancellations، و هر ردیف یک شیء)",
        ["json-array"] = "مقدار این فیلد باید آرایهٔ JSON باشد",
        ["json-value"] = "مقدار این فیلد باید رشته یا عدد باشد",
        ["unknown-field"] = "این فیلد در فید تعطیلات شناخته نیست",
        ["csv-quote"] = "نقل‌قول‌های این سطر CSV درست نیست (نقل‌قول بسته نشده، متن پس از نقل‌قول پایانی، یا نقل‌قول درون فیلد بی‌نقل‌قول)",
        ["header"] = "سطر نخست باید سرستون kind,hijri_year,hijri_month,date,length,title,province باشد",
        ["columns"] = "تعداد فیلدهای سطر با سرستون (هفت فیلد) نمی‌خواند",
        ["kind"] = "نوع ردیف باید month، closure یا cancel باشد",
        ["integer"] = "عدد صحیح نیست",
        ["range"] = "عدد بیرون از بازهٔ مجاز است",
        ["date"] = "تاریخ نیست: تاریخ میلادی را به شکل yyyy-MM-dd و تاریخ خورشیدی را به شکل yyyy/MM/dd بنویسید",
        ["required"] = "تعطیلی عنوان لازم دارد",
        ["duplicate"] = "این ماه قمری پیش‌تر در فید آمده است",
        ["overlap"] = "آغاز این ماه قمری پس از ماه پیشین و پیش از ماه پسین نیست (ماه‌ها روی هم افتاده‌اند)",
        ["month-length"] = "ماه قمری ۲۹ یا ۳۰ روز دارد و آغاز ماه‌ها (یا طول گفته‌شده) با آن نمی‌خواند",
    };

    /// <summary>Gets every rule id that has a Persian sentence.</summary>
    public static IReadOnlyCollection<string> RuleIds => Reasons.Keys;

    /// <summary>Tells whether <paramref name="culture"/> is Persian (<c>fa</c> or a culture under it).</summary>
    public static bool IsPersian(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "fa", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes a number with Persian digits.</summary>
    public static string Digits(int value) => PersianDigits.ToPersian(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Creates an error with its English message and its Persian sentence.</summary>
    public static HolidayFeedError Error(int line, string field, string rule, string value, string message, string? persianReason) =>
        new(line, field, rule, value, message) { PersianMessage = Sentence(line, field, rule, value, persianReason) };

    /// <summary>Returns the Persian sentence of an error; <paramref name="reason"/> replaces the rule's general reason
    /// when the reader knows more (a line, a number of days).</summary>
    public static string Sentence(int line, string field, string rule, string value, string? reason)
    {
        var because = reason ?? (Reasons.TryGetValue(rule, out var known) ? known : "مقدار با قاعده‌های فید تعطیلات نمی‌خواند");
        var shown = new string([.. (value ?? string.Empty).Select(c => char.IsControl(c) ? '?' : c)]);
        return shown.Length == 0
            ? $"سطر {Digits(line)}، {field}: {because} (قاعدهٔ {rule})."
            : $"سطر {Digits(line)}، {field}: مقدار «{shown}» پذیرفته نیست: {because} (قاعدهٔ {rule}).";
    }
}
