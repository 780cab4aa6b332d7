namespace Crm.Core.Benchmarks.ToneLint;

/// <summary>Realistic 150-word replies for the tone-lint benchmarks.</summary>
internal static class ToneLintSamples
{
    public const string Persian150 =
        "سلام سارا جان،\n\nممنون که منتظر بودید. سفارش شماره ۴۵۱۲ را امروز صبح بررسی کردم و دیدم که یکی از اقلام به دلیل تأخیر تأمین‌کننده هنوز به انبار نرسیده است. " +
        "متاسفانه این کالا تا پنجشنبه موجود نمی‌شود، اما می‌توانم همین الان بقیه سفارش را برایتان بفرستم تا منتظر نمانید. " +
        "اگر ترجیح می‌دهید همه با هم برسد، سفارش را نگه می‌دارم و به‌محض رسیدن کالا ارسالش می‌کنم.\n\n" +
        "برای انتخاب، کافی است یکی از این دو کار را انجام دهید:\n۱. روی «ارسال جداگانه» در صفحه سفارش بزنید.\n۲. یا همین‌جا بنویسید «صبر می‌کنم».\n\n" +
        "هزینه ارسال دوم را خودمان می‌پردازیم و کد رهگیری هر بسته را جداگانه برایتان پیامک می‌کنم. " +
        "اگر آدرس یا شماره تماس تغییر کرده، لطفاً در همین پیام بنویسید تا پیک سردرگم نشود. " +
        "در اسرع وقت خبرتان می‌کنم و اگر سؤال دیگری داشتید، خوشحال می‌شوم کمک کنم.\n\nموفق باشید\nصدف تیموری، امور مشتریان";

    public const string English150 =
        "Hi Sarah,\n\nThanks for waiting. I checked order #4512 this morning and one of the items is still on its way from our supplier, " +
        "so it won't reach our warehouse before Thursday. Unfortunately we can't speed that up, but I can ship the rest of your order today " +
        "so you are not left waiting. If you'd rather get everything together, I'll hold the order and send it as soon as the last item arrives.\n\n" +
        "To choose, just do one of these:\n1. Click \"Ship separately\" on your order page.\n2. Or reply with \"I'll wait\".\n\n" +
        "We'll cover the second delivery fee and I'll text you the tracking code for each parcel. If your address or phone number has changed, " +
        "please tell me in your reply so the courier can find you. Your request has been received and we'll update you shortly. " +
        "Let me know if there's anything else I can help with.\n\nBest,\nSadaf, Customer Care";
}
