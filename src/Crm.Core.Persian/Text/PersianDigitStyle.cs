namespace Crm.Core.Persian;

/// <summary>Chooses what <see cref="PersianNormalizer"/> does with digits.</summary>
public enum PersianDigitStyle
{
    /// <summary>Keeps every digit as it was typed (ASCII, Persian or Arabic-Indic). The default.</summary>
    AsTyped = 0,

    /// <summary>Writes every digit as an ASCII digit (0–9).</summary>
    Ascii = 1,

    /// <summary>Writes every digit as a Persian digit (۰–۹).</summary>
    Persian = 2,
}
