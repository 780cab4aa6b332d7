namespace Crm.Core.ToneLint;

/// <summary>Ranks how much a tone finding matters; the tone score weighs them differently.</summary>
public enum ToneSeverity
{
    /// <summary>Worth considering; the reply can go out as it is.</summary>
    Suggestion,

    /// <summary>Should be fixed before sending.</summary>
    Warning,

    /// <summary>Must be fixed before sending (for example an unfilled template field).</summary>
    Error,
}
