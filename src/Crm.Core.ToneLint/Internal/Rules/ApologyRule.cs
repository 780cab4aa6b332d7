namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>TL0601: three or more apologies, or apologies in two sentences in a row, keep the reply stuck in the apology.</summary>
internal sealed class ApologyRule() : ToneRule(
    Ex.Info("TL0601", ToneCategory.OverApology, ToneSeverity.Suggestion, "Do not get stuck in the apology", "seed 004, tip 20",
        Ex.Of("خیلی متاسفم. واقعا عذرخواهی می‌کنم. باز هم ببخشید، سفارشتان را پیگیری می‌کنم.",
              "Sorry again. We truly apologize. I'm so sorry for this."),
        Ex.Of("ببخشید که دیر شد. همین الان سفارش را دوباره فرستادم و کد رهگیری را برایتان پیامک کردم.",
              "Sorry for the delay. I've resent the order and texted you the tracking code.")),
    new RuleText("عذرخواهی تکراری: «{0}».", "Repeated apology: \"{0}\".",
        "نکته ۲۰: در عذرخواهی گیر نکنید؛ یک بار صادقانه عذرخواهی کنید و بیشتر متن را صرف حل مشکل کنید.",
        "Tip 20: apologise once, sincerely, then spend the reply on the fix.",
        "عذرخواهی‌های اضافه را حذف کنید و به راه‌حل بپردازید.", "Cut the extra apologies and go straight to the fix."))
{
    public override void Check(LintContext context, FindingSink sink)
    {
        var hits = context.HitsOf(LexiconGroup.Apology);
        if (hits.Count < 2)
        {
            return;
        }

        var sentences = context.Sentences;
        var consecutive = false;
        var previousSentence = -10;
        var k = 0;
        foreach (var h in hits)
        {
            while (k < sentences.Count - 1 && sentences[k].End <= h.Start)
            {
                k++;
            }

            if (k - previousSentence == 1)
            {
                consecutive = true;
            }

            previousSentence = k;
        }

        if (hits.Count < 3 && !consecutive)
        {
            return;
        }

        for (var i = 1; i < hits.Count; i++)
        {
            sink.Add(new Finding(this, hits[i].Start, hits[i].Length));
        }
    }
}
