namespace Crm.Core.ToneLint;

/// <summary>Names the language of a reply; messages are written in it.</summary>
public enum ToneLanguage
{
    /// <summary>Detect from the text: Persian when it has at least as many Persian letters as Latin ones.</summary>
    Auto,

    /// <summary>Persian.</summary>
    Persian,

    /// <summary>English.</summary>
    English,
}
