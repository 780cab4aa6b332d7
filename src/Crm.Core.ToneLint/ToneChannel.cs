namespace Crm.Core.ToneLint;

/// <summary>Names the channel a reply goes out on; length limits depend on it.</summary>
public enum ToneChannel
{
    /// <summary>E-mail (the default): the most room.</summary>
    Email,

    /// <summary>Live chat or messenger: short turns.</summary>
    Chat,

    /// <summary>SMS: very short; the closing-offer rule does not apply.</summary>
    Sms,
}
