namespace Crm.Core.ToneLint;

/// <summary>Describes a draft reply to lint, with what is known about the customer.</summary>
public sealed class ToneLintRequest
{
    /// <summary>Creates a request for a draft.</summary>
    /// <param name="text">The draft reply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ToneLintRequest(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Gets the draft reply.</summary>
    public string Text { get; }

    /// <summary>Gets the customer's name when known (enables the missing-name check), for example «سارا احمدی».</summary>
    public string? CustomerName { get; init; }

    /// <summary>Gets the customer's message being answered (enables register-mismatch and emoji-when-upset).</summary>
    public string? CustomerMessage { get; init; }

    /// <summary>Gets the language of the reply; <see cref="ToneLanguage.Auto"/> detects it.</summary>
    public ToneLanguage Language { get; init; } = ToneLanguage.Auto;

    /// <summary>Gets the channel; length limits depend on it.</summary>
    public ToneChannel Channel { get; init; } = ToneChannel.Email;
}
