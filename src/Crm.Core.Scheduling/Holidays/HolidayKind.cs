namespace Crm.Core.Scheduling;

/// <summary>Tells where a holiday comes from.</summary>
public enum HolidayKind
{
    /// <summary>A fixed Solar Hijri date, such as Nowruz (1–4 Farvardin) or 22 Bahman.</summary>
    Solar = 0,

    /// <summary>A lunar Hijri date placed by Iran's own month-start table, such as Ashura or Eid al-Fitr.</summary>
    Lunar = 1,

    /// <summary>A holiday added at runtime: a one-off or provincial closure declared by the government.</summary>
    Custom = 2,
}
