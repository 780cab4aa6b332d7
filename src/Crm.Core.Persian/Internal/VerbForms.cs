namespace Crm.Core.Persian.Internal;

/// <summary>
/// A closed list of frequent verb forms (stem + personal ending) that may follow a glued «می»/«نمی». Only these get a
/// ZWNJ when written glued («میشود» → «می‌شود»): words such as «میز», «میلاد», «میدان», «میوه» are never touched.
/// </summary>
internal static class VerbForms
{
    private static readonly string[] PresentStems =
    [
        "شو", "کن", "خواه", "توان", "گو", "گوی", "رو", "آی", "ده", "گیر", "بین", "رس", "پرس", "نویس", "خور", "زن",
        "فرست", "خر", "ساز", "شنو", "آور", "بر", "کش", "خوان", "پذیر", "فهم", "ترس", "پوش", "نشین", "گرد",
    ];

    private static readonly string[] PresentEndings = ["م", "ی", "د", "یم", "ید", "ند"];

    private static readonly string[] PastStems =
    [
        "شد", "کرد", "خواست", "توانست", "گفت", "رفت", "آمد", "داد", "گرفت", "دید", "رسید", "پرسید", "نوشت", "خورد",
        "زد", "فرستاد", "خرید", "ساخت", "شنید", "آورد", "برد", "کشید", "خواند", "دانست", "پذیرفت", "فهمید", "ترسید",
        "پوشید", "نشست", "گشت",
    ];

    private static readonly string[] PastEndings = ["", "م", "ی", "یم", "ید", "ند"];

    private static readonly HashSet<string> Forms = Build();

    /// <summary>Tells whether a word (without the prefix) is one of the listed verb forms.</summary>
    internal static bool Contains(ReadOnlySpan<char> word) => Forms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static HashSet<string> Build()
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in PresentStems)
        {
            foreach (var ending in PresentEndings)
            {
                forms.Add(stem + ending);
            }
        }

        foreach (var stem in PastStems)
        {
            foreach (var ending in PastEndings)
            {
                forms.Add(stem + ending);
            }
        }

        forms.Add("توان"); // impersonal «می‌توان», «نمی‌توان»
        return forms;
    }
}
