namespace Crm.Core.Persian;

/// <summary>Sets which forms <see cref="PersianDateFormat"/> accepts when it reads a Persian date.</summary>
[Flags]
public enum PersianDateStyles
{
    /// <summary>Accepts <c>yyyy/MM/dd</c> only (month and day may have one digit). This is the default.</summary>
    None = 0,

    /// <summary>Also accepts <c>yyyy-MM-dd</c> as a Persian date. It is off by default because that form is ISO 8601 for
    /// Gregorian dates; turn it on only where the text is known to be Persian.</summary>
    AllowHyphen = 1,
}
