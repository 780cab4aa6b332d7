namespace Crm.Core.Persian;

/// <summary>Chooses the digits <see cref="PersianDateFormat"/> writes.</summary>
public enum PersianDateDigits
{
    /// <summary>ASCII digits 0–9, for files, JSON and machine exchange. This is the default.</summary>
    Ascii = 0,

    /// <summary>Persian digits ۰–۹ (U+06F0–U+06F9), for people.</summary>
    Persian = 1,

    /// <summary>Arabic-Indic digits ٠–٩ (U+0660–U+0669).</summary>
    ArabicIndic = 2,
}
