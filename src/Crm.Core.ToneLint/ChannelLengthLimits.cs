namespace Crm.Core.ToneLint;

/// <summary>Sets the too-long limits of one channel (tip 3: short sentences and paragraphs).</summary>
public sealed class ChannelLengthLimits
{
    /// <summary>Gets or sets the most words in the whole reply (quoted text excluded).</summary>
    public int MaxWords { get; set; } = 200;

    /// <summary>Gets or sets the most words in one sentence.</summary>
    public int MaxSentenceWords { get; set; } = 35;

    /// <summary>Gets or sets the most sentences in one paragraph (paragraphs by layout: blank lines, and single newlines that are not hard wraps).</summary>
    public int MaxParagraphSentences { get; set; } = 5;

    /// <summary>Creates the default limits of a channel: e-mail 200/35/5, chat 80/25/3, SMS 40/20/3 (an SMS is one block, and three short sentences fit in 40 words).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>A new limits object.</returns>
    public static ChannelLengthLimits DefaultFor(ToneChannel channel) => channel switch
    {
        ToneChannel.Chat => new ChannelLengthLimits { MaxWords = 80, MaxSentenceWords = 25, MaxParagraphSentences = 3 },
        ToneChannel.Sms => new ChannelLengthLimits { MaxWords = 40, MaxSentenceWords = 20, MaxParagraphSentences = 3 },
        _ => new ChannelLengthLimits(),
    };
}
