namespace Crm.Core.Segmentation;

/// <summary>The Solar Hijri period a report groups by.</summary>
public enum PersianPeriodKind
{
    /// <summary>A Persian month, labelled <c>yyyy/MM</c> (for example <c>1404/01</c>).</summary>
    Month = 0,

    /// <summary>A Persian quarter (season): months 1–3, 4–6, 7–9, 10–12, labelled <c>yyyy-Qn</c>.</summary>
    Quarter = 1,

    /// <summary>A Persian year, labelled <c>yyyy</c>.</summary>
    Year = 2,
}
