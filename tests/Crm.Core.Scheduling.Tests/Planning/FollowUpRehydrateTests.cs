using Crm.Core.Customers;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Planning;

/// <summary><see cref="FollowUp.Rehydrate"/>: every follow-up the public API makes can be rebuilt from its fields, and
/// a value the other factories would refuse is an <see cref="ArgumentException"/> naming the follow-up, rule, field and value.</summary>
public class FollowUpRehydrateTests
{
    private static readonly LocalDate Tir1 = SolarHijri.Date(1405, 4, 1);

    private static FollowUp Rebuild(FollowUp f) =>
        FollowUp.Rehydrate(f.Id, f.CustomerId, f.Owner, f.Due, f.IsFiledUnderMonth, f.Kind, f.Priority, f.Effort, f.Note, f.Origin, f.OriginId, f.HandedOverFrom);

    private static object Fields(FollowUp f) =>
        (f.Id, f.CustomerId, f.Owner, f.Due, f.Due.Calendar, f.IsFiledUnderMonth, f.Kind, f.Priority, (f.Effort, f.Note, f.Origin, f.OriginId, f.HandedOverFrom));

    private static FollowUp Valid(string id = "f-1", CustomerCode? customer = null, string owner = "sara", LocalDate? due = null, bool filed = false,
        FollowUpKind kind = FollowUpKind.Call, int priority = 3, Duration? effort = null, FollowUpOrigin origin = FollowUpOrigin.Manual, string? handedOverFrom = null) =>
        FollowUp.Rehydrate(id, customer ?? CustomerCode.Parse("C-1"), owner, due ?? Tir1, filed, kind, priority, effort ?? Duration.FromMinutes(15), "", origin, null, handedOverFrom);

    // Operations: made by the constructor or filed under a month, then handed over and refiled any number of times.
    [Property(MaxTest = 300)]
    public Property Rehydrate_AnyFollowUpOfThePublicApi_HasTheSameFields() =>
        Prop.ForAll(
            Gen.Choose(1399, 1410).Zip(Gen.Choose(0, 365)).Zip(Gen.Choose(0, 6)).ToArbitrary(),
            Gen.Choose(0, 3).Zip(Gen.Choose(0, 40)).ListOf().ToArbitrary(),
            Gen.Elements(true, false).ToArbitrary(),
            (start, steps, filed) =>
            {
                var ((year, day), kind) = start;
                var due = SolarHijri.FirstDayOfYear(year).PlusDays(day);
                var followUp = filed
                    ? FollowUp.FiledUnderMonth("f", CustomerCode.Parse("C-1"), "ali", due.Year, due.Month, (FollowUpKind)kind, 1 + (kind % 5), "یادداشت")
                    : new FollowUp("f", CustomerCode.Parse("C-1"), "ali", due.WithCalendar(CalendarSystem.Iso), (FollowUpKind)kind, 1 + (kind % 5),
                        Duration.FromNanoseconds(day * 1_234_567L), day % 2 == 0 ? null : "note", (FollowUpOrigin)(kind % 4), day % 3 == 0 ? null : "o-1");
                foreach (var (step, days) in steps)
                {
                    followUp = step switch
                    {
                        0 => followUp.HandOverTo("sara"),
                        1 => followUp.HandOverTo("رضا"),
                        2 => followUp.Refile(followUp.Due.PlusDays(days), "تماس گرفته شد"),
                        _ => followUp,
                    };
                }

                var rebuilt = Rebuild(followUp);
                return Fields(rebuilt).Equals(Fields(followUp)) && rebuilt.ToString() == followUp.ToString();
            });

    [Fact]
    public void Rehydrate_MonthFiledAndHandedOver_KeepsBoth()
    {
        var rebuilt = Valid(due: Tir1.WithCalendar(CalendarSystem.Iso), filed: true, owner: "sara", handedOverFrom: "ali");

        Assert.True(rebuilt.IsFiledUnderMonth);
        Assert.Equal("ali", rebuilt.HandedOverFrom);
        Assert.Equal(Tir1, rebuilt.Due);
        Assert.Equal(SolarHijri.Calendar, rebuilt.Due.Calendar);
        Assert.Equal("ali", rebuilt.HandOverTo("reza").HandedOverFrom);   // the first owner stays the one it came from
    }

    [Fact]
    public void Rehydrate_EsfandThirtyOfALeapYear_StaysEsfandThirty()
    {
        var due = new LocalDate(2030, 3, 20);   // 1408/12/30

        Assert.Equal(SolarHijri.Date(1408, 12, 30), Valid(due: due).Due);
    }

    [Fact]
    public void Rehydrate_MonthFiledNotOnTheFirstDay_ThrowsNamingTheFollowUpRuleFieldAndValue()
    {
        var error = Assert.Throws<ArgumentException>(() => Valid(id: "f-9", due: Tir1.PlusDays(2), filed: true));

        Assert.Equal("due", error.ParamName);
        Assert.Contains("Follow-up 'f-9'", error.Message, StringComparison.Ordinal);
        Assert.Contains("rule 'due.first-of-month'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'1405/04/03'", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Invalid() => new()
    {
        { "blank id", "id", "id.blank" },
        { "blank customer", "customerId", "customerId.blank" },
        { "blank owner", "owner", "owner.blank" },
        { "priority 0", "priority", "priority.range" },
        { "priority 6", "priority", "priority.range" },
        { "negative effort", "effort", "effort.negative" },
        { "undefined kind", "kind", "kind.undefined" },
        { "undefined origin", "origin", "origin.undefined" },
        { "blank previous owner", "handedOverFrom", "handedOverFrom.blank" },
        { "before the Persian calendar", "due", "due.range" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rehydrate_BrokenInvariant_ThrowsNamingFieldAndRule(string what, string field, string rule)
    {
        var error = Assert.Throws<ArgumentException>(() => what switch
        {
            "blank id" => Valid(id: " "),
            "blank customer" => Valid(customer: default(CustomerCode)),
            "blank owner" => Valid(owner: "\t"),
            "priority 0" => Valid(priority: 0),
            "priority 6" => Valid(priority: 6),
            "negative effort" => Valid(effort: Duration.FromMinutes(-1)),
            "undefined kind" => Valid(kind: (FollowUpKind)42),
            "undefined origin" => Valid(origin: (FollowUpOrigin)42),
            "blank previous owner" => Valid(handedOverFrom: " "),
            _ => Valid(due: new LocalDate(600, 1, 1)),
        });

        Assert.Equal(field, error.ParamName);
        Assert.Contains($"rule '{rule}' failed for {field} value", error.Message, StringComparison.Ordinal);
        if (what != "blank id")
        {
            Assert.Contains("Follow-up 'f-1'", error.Message, StringComparison.Ordinal);
        }
    }
}
