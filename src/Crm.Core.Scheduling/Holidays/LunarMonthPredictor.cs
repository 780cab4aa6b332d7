using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using Crm.Core.Scheduling.Holidays.Astronomy;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// Predicts the first day of a lunar Hijri month as observed in Iran: the day after the first evening, after the
/// conjunction, on which the young crescent is visible from the observation site under a published criterion.
/// </summary>
/// <remarks>
/// <para>Positions of the Sun and the Moon and the new-moon times follow Meeus, <i>Astronomical Algorithms</i> (1998),
/// chapters 25, 47 and 49; ΔT follows Espenak and Meeus (2006). The criteria are described on
/// <see cref="CrescentCriterion"/>. The default (<see cref="Default"/>) was fitted on Iran's observed month starts of
/// 1400–1423 AH and checked on 1424–1447 AH; docs/scheduling.md gives the figures for every century.</para>
/// <para>A prediction is an estimate: the official start can differ by a day. The result is in the ISO calendar; the
/// instance is immutable and thread-safe.</para>
/// </remarks>
public sealed class LunarMonthPredictor
{
    private const double HijriEpoch = 1948439.5;
    private const double SynodicMonth = 29.530588861;

    /// <summary>The highest lunar Hijri year the predictor accepts: its last month starts in 9998 CE, inside the Persian
    /// calendar (whose last day is 9377/12/29, 9999-03-20 CE); the lunar holidays of the last months of 9377 AP are not computed.</summary>
    public const int MaxHijriYear = 9664;

    private readonly ObservationSite[] sites;
    private readonly ConcurrentDictionary<int, LocalDate> cache = new();

    /// <summary>Creates a predictor.</summary>
    /// <param name="criterion">The visibility criterion.</param>
    /// <param name="threshold">The least value of the criterion (q or V) at which the crescent counts as seen.</param>
    /// <param name="sites">Where the crescent is looked for (seen from any one counts); <see cref="ObservationSite.Iran"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The criterion is not defined, the threshold is not finite, or a site is
    /// not between latitudes ±60° and longitudes ±180°.</exception>
    /// <exception cref="ArgumentException"><paramref name="sites"/> is empty.</exception>
    public LunarMonthPredictor(CrescentCriterion criterion, double threshold, IEnumerable<ObservationSite>? sites = null)
    {
        if (!Enum.IsDefined(criterion))
        {
            throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "The crescent criterion is not defined.");
        }

        if (!double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be a finite number.");
        }

        this.sites = [.. sites ?? ObservationSite.Iran];
        Guard.Against.Zero(this.sites.Length, nameof(sites), "At least one observation site is needed.");
        foreach (var site in this.sites)
        {
            if (site.Latitude is not (>= -60 and <= 60) || site.Longitude is not (>= -180 and <= 180))
            {
                throw new ArgumentOutOfRangeException(nameof(sites), site, $"The site '{site.Name}' must lie between latitudes ±60° and longitudes ±180°.");
            }
        }

        Criterion = criterion;
        Threshold = threshold;
    }

    /// <summary>Gets the predictor Crm.Core uses beyond the official table: Yallop's criterion, q ≥ −0.15 from any of
    /// <see cref="ObservationSite.Iran"/>.</summary>
    public static LunarMonthPredictor Default { get; } = new(CrescentCriterion.Yallop, DefaultThreshold);

    /// <summary>Gets the criterion.</summary>
    public CrescentCriterion Criterion { get; }

    /// <summary>Gets the least criterion value at which the crescent counts as seen.</summary>
    public double Threshold { get; }

    /// <summary>Gets the observation sites.</summary>
    public IReadOnlyList<ObservationSite> Sites => sites;

    internal const double DefaultThreshold = -0.15;

    /// <summary>Predicts the first day of a lunar Hijri month.</summary>
    /// <param name="hijriYear">The lunar Hijri year, 1 to <see cref="MaxHijriYear"/>. Accuracy is measured on 1265–1447 AH;
    /// far from the present the uncertainty of ΔT (the Earth's rotation) grows and predictions are indicative only.</param>
    /// <param name="hijriMonth">The month, 1 (Muharram) to 12 (Dhu al-Hijja).</param>
    /// <returns>The predicted civil date in Iran of day 1 of the month, in the ISO calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is not 1–<see cref="MaxHijriYear"/> or the month not 1–12.</exception>
    /// <example><code>LunarMonthPredictor.Default.PredictStart(1447, 10) // 2026-03-21 (Eid al-Fitr 1447)</code></example>
    public LocalDate PredictStart(int hijriYear, int hijriMonth)
    {
        Guard.Against.OutOfRange(hijriYear, nameof(hijriYear), 1, MaxHijriYear, $"The Hijri year must be 1 to {MaxHijriYear}.");
        Guard.Against.OutOfRange(hijriMonth, nameof(hijriMonth), 1, 12, "The Hijri month must be 1 to 12.");
        return cache.GetOrAdd(((hijriYear - 1) * 12) + hijriMonth - 1, static (_, state) => state.Self.Compute(state.Year, state.Month),
            (Self: this, Year: hijriYear, Month: hijriMonth));
    }

    private LocalDate Compute(int hijriYear, int hijriMonth)
    {
        var conjunction = Conjunction(hijriYear, hijriMonth);
        var day = Math.Floor(conjunction - 0.5) + 0.5;
        for (var evening = 0; evening < 4; evening++, day++)
        {
            if (SeenOn(day, conjunction))
            {
                return FromJulianDay(day + 1);
            }
        }

        return FromJulianDay(day);
    }

    /// <summary>Returns the best criterion value over the sites on the evening of a day (Julian day at 0h UT).</summary>
    internal double BestValueOn(double jd0, double conjunction)
    {
        var best = double.NegativeInfinity;
        foreach (var site in sites)
        {
            var e = CrescentSighting.Evaluate(jd0, site.Latitude, site.Longitude, conjunction);
            if (e.AfterConjunction)
            {
                best = Math.Max(best, Criterion == CrescentCriterion.Yallop ? e.Q : e.V);
            }
        }

        return best;
    }

    /// <summary>The conjunction (Julian day, UT) that precedes the start of a Hijri month.</summary>
    internal static double Conjunction(int hijriYear, int hijriMonth)
    {
        var index = ((hijriYear - 1) * 12) + hijriMonth - 1;
        var approximate = HijriEpoch + (index * 29.530588853) - 1.5;
        var k = (int)Math.Round((approximate - 2451550.09766) / SynodicMonth);
        var jde = Astro.NewMoon(k);
        return jde - (Astro.DeltaT(Astro.DecimalYear(jde)) / 86400);
    }

    internal static LocalDate FromJulianDay(double jd0) => new LocalDate(1970, 1, 1).PlusDays((int)Math.Round(jd0 - 2440587.5));

    internal static double ToJulianDay(LocalDate date) =>
        2440587.5 + Period.DaysBetween(new LocalDate(1970, 1, 1), date.WithCalendar(CalendarSystem.Iso));

    private bool SeenOn(double jd0, double conjunction)
    {
        foreach (var site in sites)
        {
            var e = CrescentSighting.Evaluate(jd0, site.Latitude, site.Longitude, conjunction);
            if (e.AfterConjunction && (Criterion == CrescentCriterion.Yallop ? e.Q : e.V) >= Threshold)
            {
                return true;
            }
        }

        return false;
    }
}
