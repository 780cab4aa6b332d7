namespace Crm.Core.ToneLint;

/// <summary>
/// Computes the tone score: 100 minus penalties, where each finding costs 12 (error), 6 (warning) or 2 (suggestion),
/// each category costs at most 30, and the result is clamped to 0–100.
/// </summary>
public static class ToneScore
{
    /// <summary>The penalty of one error.</summary>
    public const int ErrorPenalty = 12;

    /// <summary>The penalty of one warning.</summary>
    public const int WarningPenalty = 6;

    /// <summary>The penalty of one suggestion.</summary>
    public const int SuggestionPenalty = 2;

    /// <summary>The most one category can take off the score.</summary>
    public const int CategoryCap = 30;

    /// <summary>Computes the score of a set of findings.</summary>
    /// <param name="diagnostics">The findings.</param>
    /// <returns>A score from 0 (many serious findings) to 100 (no findings).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    public static int Compute(IEnumerable<ToneDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Span<int> perCategory = stackalloc int[CategoryCount];
        foreach (var d in diagnostics)
        {
            Add(perCategory, d.Category, d.Severity);
        }

        return FromCategoryPenalties(perCategory);
    }

    /// <summary>The number of categories: the length of the per-category penalty span.</summary>
    internal static int CategoryCount => ToneCategoryIds.All.Count;

    /// <summary>Adds the penalty of one finding to its category, up to <see cref="CategoryCap"/>.</summary>
    internal static void Add(Span<int> perCategory, ToneCategory category, ToneSeverity severity)
    {
        var cost = severity switch
        {
            ToneSeverity.Error => ErrorPenalty,
            ToneSeverity.Warning => WarningPenalty,
            _ => SuggestionPenalty,
        };
        ref var slot = ref perCategory[(int)category];
        slot = Math.Min(CategoryCap, slot + cost);
    }

    /// <summary>Turns per-category penalties into the score.</summary>
    internal static int FromCategoryPenalties(ReadOnlySpan<int> perCategory)
    {
        var penalty = 0;
        foreach (var p in perCategory)
        {
            penalty += p;
        }

        return Math.Clamp(100 - penalty, 0, 100);
    }
}
