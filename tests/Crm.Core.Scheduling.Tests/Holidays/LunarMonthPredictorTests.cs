using Crm.Core.Scheduling.Holidays.Astronomy;
using Crm.Core.TestKit;
using NodaTime;
using Xunit.Abstractions;

namespace Crm.Core.Scheduling.Tests.Holidays;

public class LunarMonthPredictorTests(ITestOutputHelper output)
{
    private const double Degree = Math.PI / 180;

    [Fact]
    public void Moon_MeeusExample47a_MatchesTheBook()
    {
        // Meeus, Astronomical Algorithms, example 47.a: 1992 April 12, 0h TD. Apparent λ = 133.167265° (133.162655° + Δψ).
        var moon = Astro.Moon(2448724.5);
        Assert.Equal(133.167265, moon.Longitude / Degree, 0.0005);
        Assert.Equal(-3.229126, moon.Latitude / Degree, 0.00001);
        Assert.Equal(368409.7, moon.Distance, 0.1);
    }

    [Fact]
    public void NewMoon_MeeusExample49a_MatchesTheBook() =>
        Assert.Equal(2443192.65118, Astro.NewMoon(-283), 0.00001);

    [Fact]
    public void Sun_MeeusExample25a_MatchesTheBook() =>
        Assert.Equal(199.90895, Astro.Sun(2448908.5).Longitude / Degree, 0.0002);

    [Fact]
    public void PredictStart_Shawwal1447_IsEidAlFitrOn1405Nowruz() =>
        Assert.Equal(new LocalDate(2026, 3, 21), LunarMonthPredictor.Default.PredictStart(1447, 10));

    [Fact]
    public void PredictStart_AgreesWithTheScoringShortcutOnEveryObservedMonth()
    {
        // Two paths: the predictor itself, and the test's precomputed per-evening values with the same threshold.
        var sample = ObservedLunarMonths.Months.Where((_, i) => i % 7 == 0).ToList();
        Assert.All(sample, m => Assert.Equal(
            ObservedLunarMonths.PredictedStart(m, LunarMonthPredictor.Default.Threshold),
            LunarMonthPredictor.Default.PredictStart(m.Year, m.MonthNumber)));
    }

    [Fact]
    public void Default_On1400To1447_IsAtLeast90PercentExactAndNeverMoreThanOneDayOff()
    {
        var errors = ObservedLunarMonths.Months.Where(m => m.Year >= 1400)
            .Select(m => ObservedLunarMonths.Error(m, LunarMonthPredictor.Default.Threshold)).ToList();
        var exact = errors.Count(e => e == 0) / (double)errors.Count;
        output.WriteLine($"1400–1447: {errors.Count} months, exact {exact:P1}");
        Assert.True(exact >= 0.90, $"only {exact:P1} exact");
        Assert.All(errors, e => Assert.InRange(e, -1, 1));
    }

    [Fact]
    public void Default_OnTheWholeObservedFile_IsNeverMoreThanOneDayOff()
    {
        Assert.Equal(2194, ObservedLunarMonths.Months.Count);
        Assert.All(ObservedLunarMonths.Months, m => Assert.InRange(ObservedLunarMonths.Error(m, LunarMonthPredictor.Default.Threshold), -1, 1));
    }

    [Fact]
    public void DefaultThreshold_IsTheOneFittedOn1400To1423()
    {
        var fitted = ObservedLunarMonths.Fit(ObservedLunarMonths.Months.Where(m => m.Year is >= 1400 and <= 1423));
        Assert.Equal(fitted, LunarMonthPredictor.Default.Threshold);
    }

    [Fact]
    public void DocsScheduling_AccuracyTable_IsTheOneComputedHere()
    {
        var table = ObservedLunarMonths.AccuracyTable(LunarMonthPredictor.Default.Threshold);
        output.WriteLine(table);
        var docs = RepositoryFiles.ReadText("docs/scheduling.md");
        Assert.Contains(table, docs, StringComparison.Ordinal);
    }

    [Fact]
    public void DocsScheduling_OlderHalfExperiment_IsTheOneComputedHere()
    {
        var older = ObservedLunarMonths.Months.Where(m => m.Year <= 1356).ToList();
        var newer = ObservedLunarMonths.Months.Where(m => m.Year > 1356).ToList();
        var threshold = ObservedLunarMonths.Fit(older);
        var line = FormattableString.Invariant(
            $"fitted on 1265–1356 AH the threshold is q ≥ {threshold:0.00}, exact on {ObservedLunarMonths.Percent(older.Count(m => ObservedLunarMonths.Error(m, threshold) == 0), older.Count)} of those months and on {ObservedLunarMonths.Percent(newer.Count(m => ObservedLunarMonths.Error(m, threshold) == 0), newer.Count)} of 1357–1447 AH");
        output.WriteLine(line);
        var docs = RepositoryFiles.ReadText("docs/scheduling.md");
        Assert.Contains(line, docs.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_NonFiniteThreshold_Throws(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LunarMonthPredictor(CrescentCriterion.Yallop, threshold));

    [Fact]
    public void Constructor_SiteOutsideTheSupportedLatitudes_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new LunarMonthPredictor(CrescentCriterion.Odeh, 2, [new ObservationSite("Tromsø", 69.6, 18.9)]));
        Assert.Contains("Tromsø", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1447, 13)]
    [InlineData(LunarMonthPredictor.MaxHijriYear + 1, 1)]
    public void PredictStart_OutOfRange_Throws(int year, int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarMonthPredictor.Default.PredictStart(year, month));

    [Fact]
    public void PredictStart_FirstAndLastSupportedMonths_AreDates()
    {
        // 1 Muharram 1 AH is 16 July 622 in the Julian calendar, 19 July in the proleptic Gregorian (ISO) calendar.
        Assert.InRange(LunarMonthPredictor.Default.PredictStart(1, 1), new LocalDate(622, 7, 18), new LocalDate(622, 7, 20));
        Assert.Equal(9998, LunarMonthPredictor.Default.PredictStart(LunarMonthPredictor.MaxHijriYear, 12).Year);
    }
}
