using Crm.Core.Customers;
using Crm.Core.Persian;

namespace Crm.Core.Scheduling.Tests.Planning;

public class PlanCancellationTests
{
    [Fact]
    public void Plan_CancelledToken_ThrowsNoPartialPlan()
    {
        var start = SolarHijri.Date(1405, 2, 1);
        var followUps = Enumerable.Range(0, 10_000).Select(i => new FollowUp($"f{i}", CustomerCode.Parse($"C-{i}"), i % 2 == 0 ? "sara" : "reza", start.PlusDays(i % 40))).ToArray();
        var planner = new FollowUpPlanner(new Scheduling.WorkCalendar());
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => planner.Plan(followUps, start, 60, null, source.Token));
    }

    [Fact]
    public void Plan_TokenNeverCancelled_SameAssignmentsAsWithout()
    {
        var start = SolarHijri.Date(1405, 2, 1);
        var followUps = Enumerable.Range(0, 300).Select(i => new FollowUp($"f{i}", CustomerCode.Parse($"C-{i}"), "sara", start.PlusDays(i % 20))).ToArray();
        var planner = new FollowUpPlanner(new Scheduling.WorkCalendar());
        using var source = new CancellationTokenSource();

        var plain = planner.Plan(followUps, start, 60);
        var cancellable = planner.Plan(followUps, start, 60, null, source.Token);

        Assert.Equal(plain.Assignments, cancellable.Assignments);
        Assert.Equal(plain.Unplaced.Count, cancellable.Unplaced.Count);
    }
}
