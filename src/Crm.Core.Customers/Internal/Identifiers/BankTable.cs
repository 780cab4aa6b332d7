namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>Iranian banks and credit institutions: the Sheba bank code and the card prefixes (BINs) of each.</summary>
/// <remarks>
/// <para>One table for both look-ups, so a card and a Sheba of the same bank always name it the same way.
/// Sources, checked 2026-12-03: Sheba bank codes (digits 5–7 of the Sheba) from persian-tools' Sheba code map
/// (TypeScript, with the same codes in its Rust port); card prefixes from the bank-name-from-card tables of
/// persian-tools and two further public Iranian validator lists (Go, Kotlin). A prefix is listed only when the sources
/// agree; 504706 (given to Shahr by one list and to Sarmayeh by another) and Sheba code 090 (listed twice) are left out,
/// so they give <see cref="IranianBank.Unknown"/> rather than a guess. Banks merged into Sepah (Ansar, Ghavamin, Hekmat
/// Iranian, Kowsar, Mehr Eqtesad) keep their own rows: cards and Sheba numbers issued by them are still in use.</para>
/// <para>To update: edit the rows; docs/identifiers.md lists the same table (a test compares the two).</para>
/// </remarks>
internal static class BankTable
{
    internal static readonly IranianBank[] Banks =
    [
        new("central-bank", "Central Bank of Iran", "بانک مرکزی جمهوری اسلامی ایران", "010", ["636795"]),
        new("sanat-o-madan", "Bank of Industry and Mine", "بانک صنعت و معدن", "011", ["627961"]),
        new("mellat", "Bank Mellat", "بانک ملت", "012", ["610433", "991975"]),
        new("refah", "Refah Kargaran Bank", "بانک رفاه کارگران", "013", ["589463"]),
        new("maskan", "Bank Maskan", "بانک مسکن", "014", ["628023"]),
        new("sepah", "Bank Sepah", "بانک سپه", "015", ["589210"]),
        new("keshavarzi", "Bank Keshavarzi", "بانک کشاورزی", "016", ["603770", "639217"]),
        new("melli", "Bank Melli Iran", "بانک ملی ایران", "017", ["603799"]),
        new("tejarat", "Tejarat Bank", "بانک تجارت", "018", ["627353", "585983"]),
        new("saderat", "Bank Saderat Iran", "بانک صادرات ایران", "019", ["603769"]),
        new("tosee-saderat", "Export Development Bank of Iran", "بانک توسعه صادرات", "020", ["627648", "207177"]),
        new("post", "Post Bank of Iran", "پست بانک ایران", "021", ["627760"]),
        new("tosee-taavon", "Tose'e Ta'avon Bank", "بانک توسعه تعاون", "022", ["502908"]),
        new("tosee", "Tose'e Credit Institution", "موسسه اعتباری توسعه", "051", ["628157"]),
        new("ghavamin", "Ghavamin Bank", "بانک قوامین", "052", ["639599"]),
        new("karafarin", "Karafarin Bank", "بانک کارآفرین", "053", ["627488", "502910"]),
        new("parsian", "Parsian Bank", "بانک پارسیان", "054", ["622106", "639194", "627884"]),
        new("eghtesad-novin", "Eghtesad Novin Bank", "بانک اقتصاد نوین", "055", ["627412"]),
        new("saman", "Saman Bank", "بانک سامان", "056", ["621986"]),
        new("pasargad", "Bank Pasargad", "بانک پاسارگاد", "057", ["502229", "639347"]),
        new("sarmayeh", "Sarmayeh Bank", "بانک سرمایه", "058", ["639607"]),
        new("sina", "Sina Bank", "بانک سینا", "059", ["639346"]),
        new("mehr-iran", "Gharz al-Hasaneh Mehr Iran Bank", "بانک قرض‌الحسنه مهر ایران", "060", ["606373"]),
        new("shahr", "Shahr Bank", "بانک شهر", "061", ["502806"]),
        new("ayandeh", "Ayandeh Bank", "بانک آینده", "062", ["636214"]),
        new("ansar", "Ansar Bank", "بانک انصار", "063", ["627381"]),
        new("gardeshgari", "Tourism Bank", "بانک گردشگری", "064", ["505416"]),
        new("hekmat-iranian", "Hekmat Iranian Bank", "بانک حکمت ایرانیان", "065", ["636949"]),
        new("dey", "Day Bank", "بانک دی", "066", ["502938"]),
        new("iran-zamin", "Iran Zamin Bank", "بانک ایران زمین", "069", ["505785"]),
        new("resalat", "Resalat Gharz al-Hasaneh Bank", "بانک قرض‌الحسنه رسالت", "070", ["504172"]),
        new("kosar", "Kowsar Credit Institution", "موسسه اعتباری کوثر", "073", ["505801"]),
        new("melal", "Melal Credit Institution", "موسسه اعتباری ملل", "075", ["606256"]),
        new("middle-east", "Middle East Bank", "بانک خاورمیانه", "078", ["585947"]),
        new("mehr-eqtesad", "Mehr Eqtesad Bank", "بانک مهر اقتصاد", "079", ["639370"]),
        new("noor", "Noor Credit Institution", "موسسه اعتباری نور", "080", ["507677"]),
        new("iran-venezuela", "Iran-Venezuela Bi-National Bank", "بانک ایران و ونزوئلا", "095", []),
    ];

    /// <summary>Finds the bank of a card's first six digits.</summary>
    /// <param name="prefix">Six ASCII digits.</param>
    /// <returns>The bank, or <see cref="IranianBank.Unknown"/>.</returns>
    public static IranianBank FromCardPrefix(ReadOnlySpan<char> prefix)
    {
        foreach (var bank in Banks)
        {
            foreach (var known in bank.CardPrefixes)
            {
                if (prefix.SequenceEqual(known))
                {
                    return bank;
                }
            }
        }

        return IranianBank.Unknown;
    }

    /// <summary>Finds the bank of a Sheba bank code.</summary>
    /// <param name="code">Three ASCII digits.</param>
    /// <returns>The bank, or <see cref="IranianBank.Unknown"/>.</returns>
    public static IranianBank FromShebaCode(ReadOnlySpan<char> code)
    {
        foreach (var bank in Banks)
        {
            if (code.SequenceEqual(bank.ShebaCode))
            {
                return bank;
            }
        }

        return IranianBank.Unknown;
    }
}
