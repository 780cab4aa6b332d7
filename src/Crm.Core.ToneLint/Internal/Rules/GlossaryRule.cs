namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>TL1901: a word from the team glossary (the built-in list of tip 8 plus <see cref="ToneLintOptions.Glossary"/>).</summary>
internal static class GlossaryRule
{
    public static ToneRule Create() => new PhraseRule(
        Ex.Info("TL1901", ToneCategory.Glossary, ToneSeverity.Warning, "Team glossary", "seed 004, tip 8",
            Ex.Of("بابت مزاحمت پوزش می‌خواهیم.", "متاسفانه سفارش دیر شد.", "مراسلات شما بررسی شد."),
            Ex.Of("ببخشید که سفارش دیر شد.", "مکالمات شما را خواندم.")),
        new RuleText("«{0}» در واژه‌نامه تیم ممنوع است.", "\"{0}\" is on the team's list of words to avoid.",
            "نکته ۸: راهنمای پشتیبانی کلماتی را که تیم به کار نمی‌برد («مزاحمت»، «متاسفانه») و جایگزینشان («مکالمات» نه «مراسلات») مشخص می‌کند.",
            "Tip 8: the support style guide lists words the team never uses and the wording it prefers.",
            "واژه جایگزین واژه‌نامه را به کار ببرید.", "Use the glossary's preferred wording."),
        LexiconGroup.Glossary);
}
