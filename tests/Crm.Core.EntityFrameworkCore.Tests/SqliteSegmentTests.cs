using Crm.Core.EntityFrameworkCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.EntityFrameworkCore.Tests;

public sealed class SqliteSegmentTests(SqliteTestDatabase db) : IClassFixture<SqliteTestDatabase>
{
    [Property(MaxTest = 60)]
    public Property Evaluate_RandomPopulationAndDefinitions_EqualsInMemoryEvaluator() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => SegmentChecks.Members_RandomDefinitions_EqualInMemory(db, seed));

    [Fact]
    public Task Evaluate_ArabicSpelling_FindsPersianName() => SegmentExamples.PersianFold_ArabicSpelling_FindsPersianName(db);

    [Fact]
    public Task Evaluate_PersianMonthYearAndAnniversary_MatchBirthDates() => SegmentExamples.PersianCalendar_MonthYearAndAnniversary_MatchBirthDates(db);

    [Fact]
    public Task Evaluate_RfmSegmentInPersian_EqualsEnglishName() => SegmentExamples.PurchaseFields_RfmSegmentInPersian_EqualsEnglishName(db);

    [Fact]
    public Task Evaluate_LifetimeValue_ThrowsNotSupportedNamingTheField() => SegmentExamples.LifetimeValue_IsNotSupported_AndNamesTheField(db);

    [Fact]
    public Task Evaluate_InvalidDefinition_ThrowsNamingThePath() => SegmentExamples.InvalidDefinition_FailsLikeCompile_NamingThePath(db);

    [Fact]
    public Task Evaluate_HostileValues_InjectNoSql() => SegmentExamples.HostileValues_AreParameters_NoSqlIsInjected(db);
}
