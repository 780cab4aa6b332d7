using Crm.Core.EntityFrameworkCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.EntityFrameworkCore.Tests;

public sealed class SqliteTicklerTests : IClassFixture<SqliteTestDatabase>
{
    private readonly TestDatabase _db;

    public SqliteTicklerTests(SqliteTestDatabase db) => _db = db;

    [Property(MaxTest = 60)]
    public Property FollowUp_SaveAndLoad_RandomFollowUps_RoundTrip() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => TicklerChecks.FollowUp_SaveAndLoad_RoundTrips(_db, seed));

    [Fact]
    public Task FollowUp_PersianDueDate_ComesBackAsTheSamePersianDate() => TicklerChecks.FollowUp_PersianDueDate_ComesBackAsTheSamePersianDate(_db);

    [Fact]
    public Task ListOpen_OwnersOpenFollowUpsInTheRange_SortedByDueThenPriority() => TicklerChecks.ListOpen_OwnersOpenFollowUpsInTheRange_SortedByDueThenPriority(_db);

    [Property(MaxTest = 40)]
    public Property Plan_SavedAndReadPerOwnerAndDay_EqualsForDay() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => TicklerChecks.Plan_SavedAndReadPerOwnerAndDay_EqualsForDay(_db, seed));

    [Fact]
    public Task Plan_Remove_DeletesItsRowsAndLeavesTheFollowUps() => TicklerChecks.Plan_Remove_DeletesItsRowsAndLeavesTheFollowUps(_db);

    [Fact]
    public Task FollowUp_PriorityEditedByHand_FailsNamingTheFollowUpAndTheValue() => TicklerChecks.FollowUp_PriorityEditedByHand_FailsNamingTheFollowUpAndTheValue(_db);

    [Fact]
    public Task FollowUp_CustomerEditedByHand_FailsNamingTheFollowUpFieldRuleAndValue() => TicklerChecks.FollowUp_CustomerEditedByHand_FailsNamingTheFollowUpFieldRuleAndValue(_db);

    [Property(MaxTest = 60)]
    public Property WantedList_SaveAndLoad_RandomList_RoundTrips() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => TicklerChecks.WantedList_SaveAndLoad_RoundTrips(_db, seed));

    [Fact]
    public Task WantedList_TwoWritersOfTheSameVersion_SecondFailsNamingTheListAndNoHistoryIsLost() =>
        TicklerChecks.WantedList_TwoWritersOfTheSameVersion_SecondFailsNamingTheListAndNoHistoryIsLost(_db);

    [Fact]
    public Task WantedList_NewObjectUnderAStoredName_FailsAndRemovedListCanBeAddedAgain() =>
        TicklerChecks.WantedList_NewObjectUnderAStoredName_FailsAndRemovedListCanBeAddedAgain(_db);
}
