namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// One phrase of a lexicon: its text, an optional mechanical replacement, and whether it only suppresses. A part of a
/// gap pattern (<see cref="LexiconGroup.GapPart"/>) names its pattern in <see cref="Owner"/> and its place in <see cref="Part"/>.
/// </summary>
internal sealed record PhraseEntry(LexiconGroup Group, string Phrase, string? Replacement, bool Suppressor, int Owner, int Part = 0)
{
    /// <summary>Parses "phrase", "phrase => replacement" or "!phrase".</summary>
    public static PhraseEntry Parse(LexiconGroup group, string line, int owner = -1)
    {
        var suppressor = line.StartsWith('!');
        var body = suppressor ? line[1..] : line;
        var arrow = body.IndexOf(" => ", StringComparison.Ordinal);
        return arrow < 0
            ? new PhraseEntry(group, body.Trim(), null, suppressor, owner)
            : new PhraseEntry(group, body[..arrow].Trim(), body[(arrow + 4)..].Trim(), suppressor, owner);
    }
}
