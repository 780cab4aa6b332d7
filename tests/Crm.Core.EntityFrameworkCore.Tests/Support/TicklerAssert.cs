using Crm.Core.Scheduling;
using Crm.Core.Segmentation;

namespace Crm.Core.EntityFrameworkCore.Tests.Support;

/// <summary>Compares follow-ups, assignments and wanted lists field by field (dates compare with their calendar).</summary>
public static class TicklerAssert
{
    public static void Same(FollowUp expected, FollowUp actual)
    {
        Assert.Equal(
            (expected.Id, expected.CustomerId, expected.Owner, expected.Due, expected.IsFiledUnderMonth, expected.Kind, expected.Priority),
            (actual.Id, actual.CustomerId, actual.Owner, actual.Due, actual.IsFiledUnderMonth, actual.Kind, actual.Priority));
        Assert.Equal(expected.Due.Calendar, actual.Due.Calendar);
        Assert.Equal(
            (expected.Effort, expected.Note, expected.Origin, expected.OriginId, expected.HandedOverFrom),
            (actual.Effort, actual.Note, actual.Origin, actual.OriginId, actual.HandedOverFrom));
        Assert.Equal(expected.ToString(), actual.ToString());
    }

    public static void Same(IReadOnlyList<Assignment> expected, IReadOnlyList<Assignment> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Same(expected[i].FollowUp, actual[i].FollowUp);
            Assert.Equal((expected[i].Scheduled, expected[i].Scheduled.Calendar, expected[i].Reason), (actual[i].Scheduled, actual[i].Scheduled.Calendar, actual[i].Reason));
        }
    }

    public static void Same(IReadOnlyList<UnplacedFollowUp> expected, IReadOnlyList<UnplacedFollowUp> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Same(expected[i].FollowUp, actual[i].FollowUp);
            Assert.Equal((expected[i].Reason, expected[i].Message), (actual[i].Reason, actual[i].Message));
        }
    }

    public static void Same(WantedList expected, WantedList actual)
    {
        Assert.Equal((expected.Name, expected.Capacity), (actual.Name, actual.Capacity));
        Assert.Equal(expected.Targets, actual.Targets);
        Assert.Equal(expected.Candidates, actual.Candidates);
        Assert.Equal(expected.History, actual.History);
    }
}
