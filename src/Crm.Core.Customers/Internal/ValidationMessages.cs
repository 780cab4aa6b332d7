using System.Globalization;
using Crm.Core.Customers.Internal.Identifiers;

namespace Crm.Core.Customers.Internal;

/// <summary>
/// The Persian sentence of every rule id the library reports in a <see cref="ValidationError"/>, in every package
/// (identifiers, customer records, purchases, RFM, segments, lifetime files, options of Customers, Lifetime,
/// Segmentation and Crm.Core): the rule id is the key, so a
/// rule keeps its Persian text wherever it is reported. docs/customers.md ("Messages in Persian") explains the use.
/// </summary>
/// <remarks>
/// A sentence is «subject «value» پذیرفته نیست: reason (قاعدهٔ rule-id).», or without the value when it is empty.
/// Numbers in the text are Persian digits; the value is quoted as typed (so a reader can find it in the input), at
/// most 64 characters, control characters as '?', and the middle digits of personal identifiers (national code,
/// mobile, Sheba, card number) hidden as in <see cref="ValidationError.Message"/>. A test enumerates every rule id in the sources and
/// fails for one without an entry here.
/// </remarks>
internal static class ValidationMessages
{
    private static readonly Dictionary<string, (string Subject, string Reason)> Texts = new(StringComparer.Ordinal)
    {
        // Identifiers (IdentifierRules; the English reasons are in docs/identifiers.md).
        ["national-code.empty"] = ("کد ملی", "کد ملی نباید خالی باشد"),
        ["national-code.invalid-character"] = ("کد ملی", "کد ملی فقط رقم (لاتین، فارسی یا عربی)، فاصله و خط تیره می‌پذیرد"),
        ["national-code.length"] = ("کد ملی", "کد ملی ۱۰ رقم دارد (کد ۸ یا ۹ رقمی از چپ با صفر پر می‌شود)"),
        ["national-code.padding"] = ("کد ملی", "فقط کدی که به شکل ۸ یا ۹ رقم پشت سر هم نوشته شده با صفر پر می‌شود، نه کد کوتاهی که جداکننده دارد"),
        ["national-code.repeated-digits"] = ("کد ملی", "کد ملی با یک رقم تکراری صادر نمی‌شود (به‌جز ۱۱۱۱۱۱۱۱۱۱)"),
        ["national-code.checksum"] = ("کد ملی", "رقم کنترل (رقم دهم) با نُه رقم اول نمی‌خواند"),
        ["legal-entity-id.empty"] = ("شناسه ملی شخص حقوقی", "شناسه ملی نباید خالی باشد"),
        ["legal-entity-id.invalid-character"] = ("شناسه ملی شخص حقوقی", "شناسه ملی فقط رقم (لاتین، فارسی یا عربی)، فاصله و خط تیره می‌پذیرد"),
        ["legal-entity-id.length"] = ("شناسه ملی شخص حقوقی", "شناسه ملی دقیقاً ۱۱ رقم دارد"),
        ["legal-entity-id.checksum"] = ("شناسه ملی شخص حقوقی", "رقم کنترل (رقم یازدهم) با ده رقم اول نمی‌خواند"),
        ["economic-code.empty"] = ("کد اقتصادی", "کد اقتصادی نباید خالی باشد"),
        ["economic-code.invalid-character"] = ("کد اقتصادی", "کد اقتصادی فقط رقم (لاتین، فارسی یا عربی)، فاصله و خط تیره می‌پذیرد"),
        ["economic-code.length"] = ("کد اقتصادی", "کد اقتصادی ۱۱ رقم (اشخاص حقوقی) یا ۱۴ رقم (اشخاص حقیقی) دارد"),
        ["economic-code.repeated-digits"] = ("کد اقتصادی", "کد ملیِ ۱۰ رقم اول کد اقتصادی ۱۴ رقمی یک رقم تکراری است"),
        ["economic-code.legal-entity-checksum"] = ("کد اقتصادی", "کد اقتصادی ۱۱ رقمی در آزمون رقم کنترل شناسه ملی شخص حقوقی رد می‌شود"),
        ["economic-code.national-code-checksum"] = ("کد اقتصادی", "۱۰ رقم اول کد اقتصادی ۱۴ رقمی در آزمون رقم کنترل کد ملی رد می‌شود"),
        ["postal-code.empty"] = ("کد پستی", "کد پستی نباید خالی باشد"),
        ["postal-code.invalid-character"] = ("کد پستی", "کد پستی فقط رقم (لاتین، فارسی یا عربی)، فاصله و خط تیره می‌پذیرد"),
        ["postal-code.length"] = ("کد پستی", "کد پستی دقیقاً ۱۰ رقم دارد"),
        ["postal-code.forbidden-digit"] = ("کد پستی", "پنج رقم اول کد پستی هرگز ۰ یا ۲ ندارد"),
        ["postal-code.repeated-digits"] = ("کد پستی", "چهار رقم اول کد پستی هرگز همه یکسان نیستند"),
        ["mobile.empty"] = ("شماره همراه", "شماره همراه نباید خالی باشد"),
        ["mobile.invalid-character"] = ("شماره همراه", "شماره همراه فقط رقم (لاتین، فارسی یا عربی)، یک + در آغاز، فاصله، خط تیره و پرانتز می‌پذیرد"),
        ["mobile.country-code"] = ("شماره همراه", "شماره همراه ایران در قالب بین‌المللی با ‎+۹۸ یا ۰۰۹۸ آغاز می‌شود"),
        ["mobile.prefix"] = ("شماره همراه", "شماره همراه ایران با ۰۹ (یا ۹، ‎+۹۸۹، ۹۸۹، ۰۰۹۸۹) آغاز می‌شود"),
        ["mobile.length"] = ("شماره همراه", "شماره همراه ایران پس از ۹، نُه رقم دیگر دارد (۱۱ رقم به شکل ۰۹xxxxxxxxx)"),
        ["mobile.unassigned-block"] = ("شماره همراه", "هیچ شماره‌ای از این بلوک ۰۹xy به اپراتوری واگذار نشده است (بنا بر داده‌های libphonenumber برای ایران)"),
        ["landline.empty"] = ("شماره تلفن ثابت", "شماره تلفن ثابت نباید خالی باشد"),
        ["landline.invalid-character"] = ("شماره تلفن ثابت", "شماره تلفن ثابت فقط رقم (لاتین، فارسی یا عربی)، یک + در آغاز، فاصله، خط تیره و پرانتز می‌پذیرد"),
        ["landline.country-code"] = ("شماره تلفن ثابت", "شماره ثابت ایران در قالب بین‌المللی با ‎+۹۸ یا ۰۰۹۸ آغاز می‌شود"),
        ["landline.prefix"] = ("شماره تلفن ثابت", "شماره ثابت ایران با پیش‌شمارهٔ ۰ (یا ‎+۹۸، ۰۰۹۸) آغاز می‌شود"),
        ["landline.area-code"] = ("شماره تلفن ثابت", "کد شهر از کدهای ۳۱ استان ایران نیست"),
        ["landline.length"] = ("شماره تلفن ثابت", "شماره ثابت ایران کد شهر دورقمی و شمارهٔ مشترک ۸ رقمی دارد (۱۱ رقم به شکل ۰xxxxxxxxxx)"),
        ["sheba.empty"] = ("شماره شبا", "شماره شبا نباید خالی باشد"),
        ["sheba.invalid-character"] = ("شماره شبا", "شماره شبا فقط IR، رقم (لاتین، فارسی یا عربی)، فاصله و خط تیره می‌پذیرد"),
        ["sheba.country"] = ("شماره شبا", "شماره شبا با کد کشور IR آغاز می‌شود"),
        ["sheba.length"] = ("شماره شبا", "شماره شبا پس از IR، ۲۴ رقم دارد"),
        ["sheba.check-digits"] = ("شماره شبا", "رقم‌های کنترل (پس از IR) هرگز ۰۰، ۰۱ یا ۹۹ نیستند (ISO ۱۳۶۱۶)"),
        ["sheba.mod97"] = ("شماره شبا", "آزمون باقی‌ماندهٔ ۹۷ (ISO ۱۳۶۱۶) رد می‌شود"),
        ["bank-card.empty"] = ("شماره کارت بانکی", "شماره کارت نباید خالی باشد"),
        ["bank-card.invalid-character"] = ("شماره کارت بانکی", "شماره کارت فقط رقم (لاتین، فارسی یا عربی)، فاصله و خط تیره می‌پذیرد"),
        ["bank-card.length"] = ("شماره کارت بانکی", "شماره کارت بانکی ایران دقیقاً ۱۶ رقم دارد"),
        ["bank-card.luhn"] = ("شماره کارت بانکی", "رقم کنترل لون (رقم شانزدهم) با ۱۵ رقم اول نمی‌خواند"),

        // Customers: codes, e-mail, dates, the record importer, the organisation's catalog.
        ["customer-code.empty"] = ("کد مشتری", "کد مشتری نباید خالی باشد"),
        ["customer-code.length"] = ("کد مشتری", "کد مشتری حداکثر ۶۴ نویسه دارد"),
        ["customer-code.character"] = ("کد مشتری", "کد مشتری فقط حرف، رقم و نویسه‌های - _ . / می‌پذیرد"),
        ["email.format"] = ("نشانی ایمیل", "نشانی ایمیل درست نیست (شکل درست: name@example.ir)"),
        ["date.persian"] = ("تاریخ", "تاریخ باید خورشیدی به شکل سال/ماه/روز باشد (مثلاً ۱۴۰۵/۰۱/۱۵) و چنین روزی در تقویم باشد"),
        ["required"] = ("فیلد", "این فیلد الزامی است و خالی مانده است"),
        ["kind.value"] = ("نوع مشتری", "نوع مشتری باید individual (حقیقی) یا company (حقوقی) باشد"),
        ["code.duplicate"] = ("کد مشتری", "همین کد در رکوردی پیش‌تر آمده است"),
        ["gender.value"] = ("جنسیت", "جنسیت باید زن (خانم، female)، مرد (آقا، male) یا unspecified باشد"),
        ["education.value"] = ("مدرک تحصیلی", "مدرک باید زیر دیپلم، دیپلم، کاردانی، کارشناسی، کارشناسی ارشد یا دکتری باشد (یا نام انگلیسی آن در EducationDegree)"),
        ["website.format"] = ("وب‌سایت", "نشانی وب‌سایت باید کامل و با http:// یا https:// آغاز شود (مثلاً https://example.ir)"),
        ["column.unknown"] = ("مقدار", "نام این فیلد، ستونی شناخته‌شده نیست و مقدارش به کار نمی‌رود"),
        ["column.duplicate"] = ("ستون‌ها", "دو فیلد یک ستون را نام برده‌اند و معلوم نیست کدام منظور است"),
        ["column.wrong-kind"] = ("مقدار", "این ستون به نوع دیگر مشتری (حقیقی یا حقوقی) تعلق دارد و برای این رکورد به کار نمی‌رود"),
        ["rank.unknown"] = ("رتبهٔ", "این رتبه در فهرست رتبه‌های تعریف‌شده (CustomerOptions.Ranks) نیست"),
        ["rank.empty"] = ("رتبه", "رتبه نباید خالی باشد"),
        ["group.unknown"] = ("گروه", "این گروه در فهرست گروه‌های تعریف‌شده (CustomerOptions.Groups) نیست"),
        ["group.empty"] = ("گروه", "نام گروه نباید خالی باشد"),
        ["channel.unknown"] = ("کانال جذب", "این کانال در فهرست کانال‌های جذب تعریف‌شده (CustomerOptions.AcquisitionChannels) نیست"),
        ["channel.empty"] = ("کانال جذب", "کانال جذب نباید خالی باشد"),

        // Purchases and RFM (Customers, Segmentation, EntityFrameworkCore).
        ["purchase.mixed-currency"] = ("خریدهای مشتری", "مشتری خریدهایی با بیش از یک ارز دارد؛ نخست همه را به یک ارز برگردانید"),
        ["purchase.total-overflow"] = ("خریدهای مشتری", "جمع خریدهای مشتری از بزرگ‌ترین عدد اعشاری پشتیبانی‌شده فراتر می‌رود"),
        ["rfm.mixed-currency"] = ("ارز", "ارز این مشتری با ارز دیگران یکی نیست؛ مشتریان با یک ارز رتبه‌بندی می‌شوند"),
        ["currency.format"] = ("ارز", "کد ارز باید سه حرف بزرگ لاتین طبق ISO ۴۲۱۷ باشد (مثلاً IRR)"),
        ["currency.count"] = ("ارز", "خرید با بیش از ۲۵۵ ارز پشتیبانی نمی‌شود"),
        ["csv.header"] = ("سرستون‌های پرونده", "یکی از ستون‌های لازم در سطر سرستون نیست"),
        ["csv.field-count"] = ("سطر", "شمار فیلدهای سطر با شمار ستون‌های سرستون یکی نیست"),
        ["csv.unknown-column"] = ("سرستون‌های پرونده", "سرستون نام ستونی را آورده که شناخته نیست"),
        ["csv.duplicate-column"] = ("سرستون‌های پرونده", "دو سرستون یک ستون را نام برده‌اند و معلوم نیست کدام منظور است"),
        ["csv.quote"] = ("فیلد", "نقل‌قول (\") فیلد درست بسته نشده یا درون فیلدی بی‌نقل‌قول آمده است؛ کل فیلد را در نقل‌قول بگذارید و نقل‌قول درونی را دوتایی کنید"),
        ["csv.encoding"] = ("مقدار", "بایت‌ها UTF-8 معتبر نیستند (با U+FFFD نمایش داده شده‌اند)؛ پرونده را با کدگذاری UTF-8 ذخیره کنید"),
        ["date.format"] = ("تاریخ", "تاریخ باید میلادی به شکل yyyy-MM-dd یا خورشیدی به شکل yyyy/MM/dd باشد"),
        ["amount.format"] = ("مبلغ", "مبلغ باید عددی با نقطه (.) به‌عنوان ممیز باشد"),
        ["rfm-map.name"] = ("نام بخش", "قاعده‌ای از نقشهٔ بخش‌های RFM نام ندارد"),
        ["rfm-map.duplicate-name"] = ("نام بخش", "این نام را بیش از یک قاعده به کار برده است"),
        ["rfm-map.pattern"] = ("الگوی RFM", "الگو دو جایگاه دارد (نخست R و سپس F)، هر یک رقمی از ۱ تا ۵، دسته‌ای از این رقم‌ها در کروشه، یا *"),
        ["rfm-map.overlap"] = ("الگوی RFM", "خانه‌ای از جدول R×F را دو قاعده پوشش می‌دهند"),
        ["rfm-map.uncovered"] = ("خانهٔ RFM", "هیچ قاعده‌ای این خانه از جدول R×F را پوشش نمی‌دهد"),

        // Segment definitions (Segmentation).
        ["segment.json"] = ("تعریف بخش", "متن، JSON معتبر نیست"),
        ["segment.json.text"] = ("تعریف بخش", "متن یک جانشین (surrogate) تنها دارد و یونیکد معتبر نیست"),
        ["segment.json.shape"] = ("تعریف بخش", "ساختار JSON با تعریف بخش نمی‌خواند (تعریف و هر گره یک شیء JSON است و هر گروه آرایه‌ای از گره‌ها)"),
        ["segment.json.property"] = ("ویژگی", "این ویژگی در این جای تعریف بخش شناخته نیست"),
        ["segment.name"] = ("نام بخش", "بخش به نام نیاز دارد"),
        ["segment.version"] = ("نسخهٔ بخش", "نسخه عددی درست و از ۱ به بالاست"),
        ["segment.condition"] = ("تعریف بخش", "تعریف بخش به شرط نیاز دارد"),
        ["segment.node"] = ("گره", "گره یا گروه است (all/any) یا شرط (field، op، value)"),
        ["segment.combinator"] = ("گروه", "گروه با all یا any ترکیب می‌کند"),
        ["segment.group.empty"] = ("گروه", "گروه دست‌کم یک گره لازم دارد؛ گروه خالی همه یا هیچ‌کس را برمی‌گزیند"),
        ["segment.unknown-field"] = ("فیلد", "این فیلد شناخته نیست"),
        ["segment.operator"] = ("عملگر", "این عملگر شناخته نیست یا برای نوع این فیلد به کار نمی‌رود"),
        ["segment.arity"] = ("شمار مقدارها", "شمار مقدارها با آنچه عملگر می‌گیرد نمی‌خواند"),
        ["segment.value.text"] = ("مقدار متنی", "مقدار متنی نباید خالی باشد"),
        ["segment.value.number"] = ("مقدار عددی", "مقدار باید عددی با نقطه (.) به‌عنوان ممیز باشد"),
        ["segment.value.integer"] = ("مقدار عددی", "مقدار باید عددی درست در بازهٔ مجاز این فیلد باشد"),
        ["segment.value.date"] = ("تاریخ", "تاریخ باید میلادی به شکل yyyy-MM-dd یا خورشیدی به شکل yyyy/MM/dd و از ۰۰۰۱/۰۱/۰۱ میلادی به بعد باشد"),

        // Options (CustomerOptionsValidator, LifetimeOptionsValidator, SegmentationOptionsValidator, CrmCoreOptions).
        ["options.currency"] = ("ارز پیش‌فرض", "کد ارز باید سه حرف بزرگ لاتین طبق ISO ۴۲۱۷ باشد (مثلاً IRR)"),
        ["options.name-empty"] = ("نام", "نام گروه، رتبه یا کانال جذب نباید خالی باشد"),
        ["options.name-duplicate"] = ("نام", "این نام پس از یکسان‌سازی حروف و فاصله‌ها با نامی پیش‌تر در همین فهرست یکی است"),
        ["options.unit"] = ("واحد زمان", "واحد زمان باید Days، Weeks یا Months باشد"),
        ["options.discount-kind"] = ("نوع تنزیل", "نوع تنزیل باید None، PerPeriod یا Continuous باشد"),
        ["options.margin"] = ("حاشیهٔ سود", "حاشیهٔ سود باید میان ۰ و ۱ باشد"),
        ["options.discount-rate"] = ("نرخ تنزیل", "نرخ تنزیل باید عددی متناهی و دست‌کم ۰ باشد"),
        ["options.max-iterations"] = ("بیشینهٔ تکرار", "بیشینهٔ تکرار باید دست‌کم ۱۰ باشد"),
        ["options.value-tiers"] = ("شمار رده‌های ارزش", "شمار رده‌های ارزش باید میان ۱ و ۱۰۰ باشد"),
        ["options.wanted-list-capacity"] = ("گنجایش فهرست", "گنجایش فهرست باید دست‌کم ۱ باشد"),
        ["options.weekend"] = ("روزهای تعطیل هفته", "هر هفت روز تعطیل است و روز کاری نمی‌ماند"),
        ["options.working-hours"] = ("ساعت کاری", "ساعت آغاز کار باید پیش از ساعت پایان آن باشد"),
        ["options.working-hours-by-day"] = ("ساعت کاری روزها", "هر ورودی باید روزی از هفته باشد و ساعت آغازش پیش از ساعت پایان"),
        ["options.missing-lunar-data"] = ("سیاست نبود دادهٔ قمری", "این مقدار، سیاستی تعریف‌شده نیست"),
        ["options.province"] = ("استان", "استان خالی است؛ برای تعطیلات سراسری آن را خالی (null) بگذارید"),
        ["options.day-off-policy"] = ("سیاست روز تعطیل", "این مقدار، سیاستی تعریف‌شده نیست"),
        ["options.default-capacity"] = ("ظرفیت پیش‌فرض", "ظرفیت پیش‌فرض باید تعیین شود"),
        ["options.horizon-days"] = ("افق برنامه‌ریزی", "شمار روزهای افق برنامه‌ریزی باید میان ۱ و ۳۶۶۰ باشد"),
        ["options.capacity-by-owner"] = ("ظرفیت کارشناسان", "هر ورودی باید نام کارشناس و ظرفیت داشته باشد"),
        ["options.holiday-feed"] = ("پروندهٔ تعطیلات", "پرونده‌ای با این مسیر نیست"),
        ["options.time-zone"] = ("منطقهٔ زمانی", "این نام، منطقهٔ زمانی پایگاه tzdb نیست (مثلاً Asia/Tehran)"),

        // Lifetime files (Lifetime).
        ["rfm-csv.header"] = ("سرستون‌های پرونده", "سرستون باید ستون‌های customer_id، frequency، recency و T را داشته باشد"),
        ["rfm-csv.duplicate-column"] = ("سرستون‌های پرونده", "نام این ستون دو بار آمده است و معلوم نیست کدام منظور است"),
        ["rfm-csv.columns"] = ("سطر", "شمار ستون‌های سطر کمتر از سرستون است"),
        ["rfm-csv.frequency"] = ("frequency", "frequency باید عددی درست و دست‌کم ۰ باشد"),
        ["rfm-csv.recency"] = ("recency", "recency باید عددی دست‌کم ۰ باشد، و ۰ وقتی frequency صفر است"),
        ["rfm-csv.age"] = ("T", "T باید عددی دست‌کم برابر recency باشد"),
        ["rfm-csv.monetary-value"] = ("monetary_value", "monetary_value باید عددی بزرگ‌تر از ۰ باشد (و ۰ وقتی frequency صفر است)"),
        ["rfm-csv.duplicate-id"] = ("شناسهٔ مشتری", "این مشتری در سطری پیش‌تر آمده است؛ خلاصه برای هر مشتری یک سطر دارد و این سطر کنار گذاشته شد"),
        ["cdnow.columns"] = ("سطر", "سطر باید ۴ یا ۵ ستونِ جداشده با فاصله داشته باشد"),
        ["cdnow.date"] = ("تاریخ", "تاریخ باید به شکل yyyyMMdd باشد"),
        ["cdnow.amount"] = ("مبلغ", "مبلغ باید عددی دست‌کم ۰ باشد"),
    };

    private static readonly (string Prefix, (int Start, int End) Mask)[] Masks =
        [.. new[]
        {
            IdentifierRules.NationalCode.Spec, IdentifierRules.LegalEntityId.Spec, IdentifierRules.EconomicCode.Spec,
            IdentifierRules.PostalCode.Spec, IdentifierRules.Mobile.Spec, IdentifierRules.Landline.Spec,
            IdentifierRules.Sheba.Spec, IdentifierRules.BankCard.Spec,
        }.Where(s => s.Mask.HasValue).Select(s => (s.RulePrefix + ".", s.Mask!.Value))];

    /// <summary>Gets every rule id that has a Persian sentence.</summary>
    public static IReadOnlyCollection<string> RuleIds => Texts.Keys;

    /// <summary>Tells whether <paramref name="culture"/> is Persian (<c>fa</c> or a culture under it).</summary>
    public static bool IsPersian(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "fa", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the Persian sentence of a rule for a value; a rule without an entry gets a general sentence.</summary>
    public static string Persian(string rule, string field, string value)
    {
        var shown = Shown(rule, value);
        if (Texts.TryGetValue(rule, out var text))
        {
            var subject = rule == "required" ? $"فیلد «{field}»"
                : rule.StartsWith("options.", StringComparison.Ordinal) ? $"{text.Subject} ({field})"   // the setting, as configured
                : text.Subject;
            return shown.Length == 0
                ? $"{subject} پذیرفته نیست: {text.Reason} (قاعدهٔ {rule})."
                : $"{subject} «{shown}» پذیرفته نیست: {text.Reason} (قاعدهٔ {rule}).";
        }

        return shown.Length == 0
            ? $"مقدار فیلد «{field}» پذیرفته نیست (قاعدهٔ {rule})."
            : $"مقدار «{shown}» در فیلد «{field}» پذیرفته نیست (قاعدهٔ {rule}).";
    }

    private static string Shown(string rule, string value)
    {
        foreach (var (prefix, mask) in Masks)
        {
            if (rule.StartsWith(prefix, StringComparison.Ordinal))
            {
                value = IdentifierMask.Mask(value, mask.Start, mask.End);
                break;
            }
        }

        return IdentifierMessage.Quote(value);
    }
}
