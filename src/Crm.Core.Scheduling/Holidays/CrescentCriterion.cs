namespace Crm.Core.Scheduling;

/// <summary>Names a published criterion for the first visibility of the young crescent.</summary>
public enum CrescentCriterion
{
    /// <summary>Yallop (1997), NAO Technical Note 69: <c>q = (ARCV − (11.8371 − 6.3226 W′ + 0.7319 W′² − 0.1018 W′³)) / 10</c>,
    /// with the geocentric arc of vision ARCV (degrees) and the topocentric crescent width W′ (arc minutes) at the best
    /// time, sunset + 4/9 of the lag. Yallop's classes: q &gt; +0.216 easily visible, &gt; −0.014 visible in perfect
    /// conditions, &gt; −0.160 may need optical aid, &gt; −0.232 needs optical aid.</summary>
    Yallop = 0,

    /// <summary>Odeh (2004), Experimental Astronomy 18: <c>V = ARCV − (7.1651 − 6.3226 W + 0.7319 W² − 0.1018 W³)</c> with
    /// topocentric ARCV and W. Odeh's zones: V ≥ 5.65 visible by naked eye, V ≥ 2 visible by optical aid, V ≥ −0.96
    /// visible by optical aid only.</summary>
    Odeh = 1,
}
