using Ardalis.GuardClauses;
using Crm.Core.Customers;

namespace Crm.Core.Segmentation;

/// <summary>
/// The "ten most wanted" list of target accounts (seed 001: chase your customers like the FBI): a fixed number of
/// places, never empty while candidates remain. When a target is won or dropped, the best-ranked candidate takes its
/// place. Targets keep their place until won or dropped; a new, higher-priority nomination waits for the next vacancy.
/// Every step is kept in <see cref="History"/>.
/// </summary>
public sealed class WantedList
{
    /// <summary>The default number of places.</summary>
    public const int DefaultCapacity = 10;

    private readonly List<WantedTarget> _targets = [];
    private readonly List<WantedTarget> _candidates = [];
    private readonly List<WantedListEvent> _history = [];

    /// <summary>Creates an empty list.</summary>
    /// <param name="name">The list's name, for example «۱۰ مشتری تحت تعقیب».</param>
    /// <param name="capacity">The number of places, at least 1.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1.</exception>
    public WantedList(string name, int capacity = DefaultCapacity)
    {
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>Gets the list's name.</summary>
    public string Name { get; }

    /// <summary>Gets the number of places.</summary>
    public int Capacity { get; }

    /// <summary>Gets the targets on the list, best-ranked first.</summary>
    public IReadOnlyList<WantedTarget> Targets => _targets;

    /// <summary>Gets the candidates waiting for a place, best-ranked first.</summary>
    public IReadOnlyList<WantedTarget> Candidates => _candidates;

    /// <summary>Gets everything that happened, oldest first.</summary>
    public IReadOnlyList<WantedListEvent> History => _history;

    /// <summary>Nominates a target; it takes a free place at once or waits as a candidate.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="priority">The ranking value; higher ranks first.</param>
    /// <param name="stamp">Who nominates, and when.</param>
    /// <param name="note">Why, or <see langword="null"/>.</param>
    /// <returns><see langword="false"/> when the customer is already a target or candidate.</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/> or <paramref name="stamp"/> is <c>default</c>.</exception>
    public bool Nominate(CustomerCode customer, decimal priority, ChangeStamp stamp, string? note = null)
    {
        Guard.Against.Default(customer);
        Guard.Against.Default(stamp);
        if (Find(_targets, customer) >= 0 || Find(_candidates, customer) >= 0)
        {
            return false;
        }

        var target = new WantedTarget(customer, priority, stamp.At, stamp.By, null);
        _candidates.Insert(RankIndex(_candidates, target), target);
        _history.Add(new WantedListEvent(WantedListEventKind.Nominated, customer, stamp.At, stamp.By, note));
        Fill(stamp);
        return true;
    }

    /// <summary>Marks a target as won; the best candidate takes its place.</summary>
    /// <param name="customer">The target.</param>
    /// <param name="stamp">Who won it, and when.</param>
    /// <param name="note">A remark, or <see langword="null"/>.</param>
    /// <returns><see langword="false"/> when the customer is not on the list.</returns>
    /// <exception cref="ArgumentException"><paramref name="stamp"/> is <c>default</c>.</exception>
    public bool MarkWon(CustomerCode customer, ChangeStamp stamp, string? note = null)
    {
        Guard.Against.Default(stamp);
        var index = Find(_targets, customer);
        if (index < 0)
        {
            return false;
        }

        _targets.RemoveAt(index);
        _history.Add(new WantedListEvent(WantedListEventKind.Won, customer, stamp.At, stamp.By, note));
        Fill(stamp);
        return true;
    }

    /// <summary>Drops a target or a candidate; a freed place goes to the best candidate.</summary>
    /// <param name="customer">The target or candidate.</param>
    /// <param name="reason">Why it is dropped.</param>
    /// <param name="stamp">Who drops it, and when.</param>
    /// <returns><see langword="false"/> when the customer is neither a target nor a candidate.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or <paramref name="stamp"/> is <c>default</c>.</exception>
    public bool Drop(CustomerCode customer, string reason, ChangeStamp stamp)
    {
        Guard.Against.NullOrWhiteSpace(reason);
        Guard.Against.Default(stamp);
        var list = Find(_targets, customer) >= 0 ? _targets : _candidates;
        var index = Find(list, customer);
        if (index < 0)
        {
            return false;
        }

        list.RemoveAt(index);
        _history.Add(new WantedListEvent(WantedListEventKind.Dropped, customer, stamp.At, stamp.By, reason.Trim()));
        Fill(stamp);
        return true;
    }

    /// <summary>Lists the history of one customer on this list.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>Its events, oldest first.</returns>
    public IReadOnlyList<WantedListEvent> HistoryOf(CustomerCode customer) => _history.Where(e => e.Customer == customer).ToArray();

    private void Fill(ChangeStamp stamp)
    {
        while (_targets.Count < Capacity && _candidates.Count > 0)
        {
            var next = _candidates[0] with { ListedAt = stamp.At };
            _candidates.RemoveAt(0);
            _targets.Insert(RankIndex(_targets, next), next);
            _history.Add(new WantedListEvent(WantedListEventKind.Listed, next.Customer, stamp.At, stamp.By, null));
        }
    }

    private static int Find(List<WantedTarget> list, CustomerCode customer) => list.FindIndex(t => t.Customer == customer);

    /// <summary>Higher priority first; among equals, earlier nomination first, then insertion order.</summary>
    private static int RankIndex(List<WantedTarget> list, WantedTarget target)
    {
        var i = 0;
        while (i < list.Count && (list[i].Priority > target.Priority
            || (list[i].Priority == target.Priority && list[i].NominatedAt <= target.NominatedAt)))
        {
            i++;
        }

        return i;
    }
}
