namespace Crm.Core.ToneLint;

/// <summary>Bans a word or phrase from the team's replies and names the preferred wording (tip 8).</summary>
public sealed class GlossaryEntry
{
    /// <summary>Gets or sets the banned word or phrase, for example «مراسلات»; matched on the Persian fold.</summary>
    public string Term { get; set; } = string.Empty;

    /// <summary>Gets or sets the preferred wording, for example «مکالمات»; when set, the finding carries a fix.</summary>
    public string? Preferred { get; set; }

    /// <summary>Gets or sets why the team avoids the term (shown in the explanation).</summary>
    public string? Reason { get; set; }
}
