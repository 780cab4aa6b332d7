namespace Crm.Core.ToneLint;

/// <summary>
/// Converts <see cref="ToneCategory"/> values to and from their fixed kebab-case ids such as <c>negative-phrasing</c>.
/// </summary>
public static class ToneCategoryIds
{
    private static readonly string[] Ids =
    [
        "negative-phrasing", "blaming-language", "cliche", "robotic-formality", "deflecting-apology", "over-apology",
        "missing-name", "too-long", "no-closing-offer", "ends-negative", "unfilled-placeholder", "passive-voice",
        "unexplained-referral", "vague-timeline", "shouting", "policy-hiding", "register-mismatch", "emoji-when-upset",
        "glossary", "typography",
    ];

    /// <summary>Gets every category in declaration order.</summary>
    public static IReadOnlyList<ToneCategory> All { get; } = Enum.GetValues<ToneCategory>();

    /// <summary>Returns the fixed id of a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The kebab-case id, for example <c>vague-timeline</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    /// <example><code>ToneCategoryIds.ToId(ToneCategory.VagueTimeline) // "vague-timeline"</code></example>
    public static string ToId(ToneCategory category)
    {
        var index = (int)category;
        if (index < 0 || index >= Ids.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown tone category.");
        }

        return Ids[index];
    }

    /// <summary>Tries to read a category id (ordinal, case-insensitive).</summary>
    /// <param name="id">The id, for example <c>cliche</c>.</param>
    /// <param name="category">The category when the id is known.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a category.</returns>
    /// <example><code>ToneCategoryIds.TryParse("shouting", out var c) // true, ToneCategory.Shouting</code></example>
    public static bool TryParse(string? id, out ToneCategory category)
    {
        for (var i = 0; i < Ids.Length; i++)
        {
            if (string.Equals(Ids[i], id?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                category = (ToneCategory)i;
                return true;
            }
        }

        category = default;
        return false;
    }

    /// <summary>Reads a category id.</summary>
    /// <param name="id">The id, for example <c>typography</c>.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not a category id.</exception>
    /// <example><code>ToneCategoryIds.Parse("glossary") // ToneCategory.Glossary</code></example>
    public static ToneCategory Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryParse(id, out var category)
            ? category
            : throw new FormatException($"'{id}' is not a tone category id; expected one of: {string.Join(", ", Ids)}.");
    }
}
