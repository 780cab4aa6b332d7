namespace Crm.Core.ToneLint;

/// <summary>Describes a rule: id, category, default severity, the guideline it enforces and its own examples.</summary>
public sealed class ToneRuleInfo
{
    /// <summary>Creates a rule description.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="category">The category.</param>
    /// <param name="defaultSeverity">The severity before overrides.</param>
    /// <param name="title">A short English title.</param>
    /// <param name="guideline">The guideline cited, for example "seed 004, tip 2".</param>
    /// <param name="badExamples">Replies the rule must flag.</param>
    /// <param name="goodExamples">Replies the rule must leave alone.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ToneRuleInfo(
        string id,
        ToneCategory category,
        ToneSeverity defaultSeverity,
        string title,
        string guideline,
        IReadOnlyList<ToneRuleExample> badExamples,
        IReadOnlyList<ToneRuleExample> goodExamples)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(guideline);
        ArgumentNullException.ThrowIfNull(badExamples);
        ArgumentNullException.ThrowIfNull(goodExamples);
        Id = id;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Title = title;
        Guideline = guideline;
        BadExamples = badExamples;
        GoodExamples = goodExamples;
    }

    /// <summary>Gets the rule id, for example <c>TL1401</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the category.</summary>
    public ToneCategory Category { get; }

    /// <summary>Gets the severity before overrides.</summary>
    public ToneSeverity DefaultSeverity { get; }

    /// <summary>Gets a short English title.</summary>
    public string Title { get; }

    /// <summary>Gets the guideline the rule enforces.</summary>
    public string Guideline { get; }

    /// <summary>Gets replies the rule flags.</summary>
    public IReadOnlyList<ToneRuleExample> BadExamples { get; }

    /// <summary>Gets replies the rule leaves alone.</summary>
    public IReadOnlyList<ToneRuleExample> GoodExamples { get; }
}
