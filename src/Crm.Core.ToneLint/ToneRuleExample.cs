namespace Crm.Core.ToneLint;

/// <summary>Pairs an example reply with the context it needs (customer name, customer message, channel).</summary>
/// <param name="Text">The reply.</param>
/// <param name="CustomerName">The customer's name, or <see langword="null"/>.</param>
/// <param name="CustomerMessage">The customer's message, or <see langword="null"/>.</param>
/// <param name="Channel">The channel.</param>
public sealed record ToneRuleExample(string Text, string? CustomerName = null, string? CustomerMessage = null, ToneChannel Channel = ToneChannel.Email)
{
    /// <summary>Creates the lint request for this example.</summary>
    /// <returns>A request carrying the example's text and context.</returns>
    public ToneLintRequest ToRequest() => new(Text) { CustomerName = CustomerName, CustomerMessage = CustomerMessage, Channel = Channel };
}
