using System.Text;
using BenchmarkDotNet.Attributes;
using Crm.Core.Persian;

namespace Crm.Core.Benchmarks.Persian;

/// <summary>
/// Folding a ~150-word mixed Persian paragraph (Arabic-keyboard letters, ZWNJ variants, kashida, diacritics,
/// Persian digits, a few English words) versus the straightforward NFKC + chained Replace a user would write.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PersianFoldBenchmarks
{
    private static readonly string Paragraph = BuildParagraph();
    private static readonly PersianPhrase Phrase = PersianPhrase.Compile("نمی‌شود");

    [Benchmark(Baseline = true)]
    public string NfkcAndReplace()
    {
        var s = Paragraph.Normalize(NormalizationForm.FormKC)
            .Replace('ي', 'ی').Replace('ى', 'ی').Replace('ك', 'ک').Replace('ة', 'ه').Replace('ۀ', 'ه')
            .Replace('أ', 'ا').Replace('إ', 'ا')
            .Replace("\u0640", "", StringComparison.Ordinal).Replace("\u200D", "", StringComparison.Ordinal)
            .Replace("\u064E", "", StringComparison.Ordinal).Replace("\u064F", "", StringComparison.Ordinal)
            .Replace("\u0650", "", StringComparison.Ordinal).Replace("\u0651", "", StringComparison.Ordinal)
            .Replace("\u0652", "", StringComparison.Ordinal).Replace("\u064B", "", StringComparison.Ordinal)
            .Replace("\u200C\u200C", "\u200C", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal);
        for (var d = 0; d < 10; d++)
        {
            s = s.Replace((char)('۰' + d), (char)('0' + d)).Replace((char)('٠' + d), (char)('0' + d));
        }

        return s.ToLowerInvariant();
    }

    [Benchmark]
    public string FoldToString() => PersianFold.FoldToString(Paragraph);

    [Benchmark]
    public FoldedText FoldWithPositionMap() => PersianFold.Fold(Paragraph);

    [Benchmark]
    public string NormalizeForDisplay() => PersianNormalizer.Normalize(Paragraph);

    [Benchmark]
    public int PhraseFindAll() => Phrase.FindAll(Paragraph).Count;

    private static string BuildParagraph()
    {
        string[] sentences =
        [
            "مشتري گرامي، سفارش شماره ۱۴۰۵۰۱۲۳ شما در تاريخ ۱۴۰۵/۰۱/۱۵ ثبت شد و به زودي ارسال مي شود.",
            "متأسفانه كالاي درخواستي شما در انبار موجود نيست و تأمين آن نمي‌‌شود مگر تا هفتهٔ آينده.",
            "لطفاً براي پيگيري با شمارهٔ ۰۲۱-۸۸۷۷۶۶۵۵ تماس بگيريد يا به ايميل support@example.com پيام دهيد.",
            "كتاب ها و مجلــه هاي جديد را مي توانيد از فروشگاه اينترنتي ما تهيه كنيد؛ قيمت ها بـزرگ تر نشده اند.",
            "ما هميشه تلاش مي‌كنيم بهترين خدمات را ارائه دهيم و از صبر و شكيبايي شما سپاسگزاريم.",
            "اگر از خريد خود راضي نيستيد، تا ۷ روز فرصت داريد كالا را برگردانيد و مبلغ ٥٠٠٬٠٠٠ ريال بازگردانده مي شود.",
            "CRM system گزارش ماهانه را در روز اول هر ماه براي مدير فروش ارسال مي‌كند.",
            "مُحَمَّد رضايي، مدير بخش فروش، گفت كه برنامهٔ تخفيف ويژه از ماه مي آغاز مي شود.",
            "باشگاه مشتريان ما امتيازهای شما را حفظ مي كند و هيچ امتيازي از بين نمي رود.",
            "در صورت بروز هرگونه مشكل، پشتيباني ۲۴ ساعته آمادهٔ پاسخگويي است.",
        ];
        return string.Join("  ", sentences);
    }
}
