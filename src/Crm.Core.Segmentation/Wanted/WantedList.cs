using System.Globalization;
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

    /// <summary>
    /// Rebuilds a stored list, for stores that read lists back from a database: the targets, candidates and history are
    /// taken as stored and no history entry is recorded. Use the constructor and the change methods for a new list.
    /// </summary>
    /// <param name="name">The list's name (trimmed, as the constructor does).</param>
    /// <param name="capacity">The number of places, at least 1.</param>
    /// <param name="targets">The targets on the list, best-ranked first.</param>
    /// <param name="candidates">The candidates waiting for a place, best-ranked first.</param>
    /// <param name="history">Everything that happened, oldest first.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException">A collection is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">The name is blank, or the state breaks an invariant the change methods keep:
    /// more targets than places, a customer twice (among targets and candidates together), candidates while a place is
    /// free, targets or candidates out of rank order (higher priority first, then earlier nomination), a target without
    /// a listing time or a candidate with one, a <see langword="null"/> entry or a default customer. The message names
    /// the list, the rule, the field and the value, and <see cref="ArgumentException.ParamName"/> is the field.</exception>
    public static WantedList Rehydrate(string name, int capacity, IEnumerable<WantedTarget> targets, IEnumerable<WantedTarget> candidates,
        IEnumerable<WantedListEvent> history)
    {
        var list = new WantedList(name, capacity);
        list._targets.AddRange(Guard.Against.Null(targets));
        list._candidates.AddRange(Guard.Against.Null(candidates));
        list._history.AddRange(Guard.Against.Null(history));
        list.CheckRehydrated();
        return list;
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

    private void CheckRehydrated()
    {
        ArgumentException Invalid(string field, string rule, string value, string what) =>
            new($"Wanted list '{Name}' cannot be rehydrated: rule '{rule}' failed for {field} value '{value}': {what}.", field);

        foreach (var (entries, field, listed) in new[] { (_targets, "targets", true), (_candidates, "candidates", false) })
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i] ?? throw Invalid(field, field + ".null-item", "null", "the list must not hold null entries");
                if (entry.Customer == default)
                {
                    throw Invalid(field, field + ".customer-missing", "default", "every entry names a customer");
                }

                if ((entry.ListedAt is null) == listed)
                {
                    throw Invalid(field, field + (listed ? ".listed-at-missing" : ".listed-at-set"), entry.Customer.Value,
                        listed ? "a target has the time it took its place" : "a candidate has no listing time until it takes a place");
                }

                if (i > 0 && Ranks(entry, entries[i - 1]))
                {
                    throw Invalid(field, field + ".rank-order", entry.Customer.Value,
                        $"ranked after '{entries[i - 1].Customer}' but has a higher priority ({entry.Priority.ToString(CultureInfo.InvariantCulture)} against {entries[i - 1].Priority.ToString(CultureInfo.InvariantCulture)}) or the same priority and an earlier nomination");
                }
            }
        }

        if (_targets.Count > Capacity)
        {
            throw Invalid("targets", "targets.capacity", _targets.Count.ToString(CultureInfo.InvariantCulture), $"at most {Capacity.ToString(CultureInfo.InvariantCulture)} targets (the capacity)");
        }

        if (_candidates.Count > 0 && _targets.Count < Capacity)
        {
            throw Invalid("candidates", "candidates.place-free", _candidates[0].Customer.Value,
                $"candidates wait only while every place is taken, and {_targets.Count.ToString(CultureInfo.InvariantCulture)} of {Capacity.ToString(CultureInfo.InvariantCulture)} are");
        }

        var seen = new HashSet<CustomerCode>();
        foreach (var (entry, field) in _targets.Select(t => (t, "targets")).Concat(_candidates.Select(c => (c, "candidates"))))
        {
            if (!seen.Add(entry.Customer))
            {
                throw Invalid(field, "customer.duplicate", entry.Customer.Value, "a customer is on the list once, as a target or as a candidate");
            }
        }

        for (var i = 0; i < _history.Count; i++)
        {
            var entry = _history[i] ?? throw Invalid("history", "history.null-item", "null", "the history must not hold null entries");
            if (entry.Customer == default)
            {
                throw Invalid("history", "history.customer-missing", "default", "every entry names a customer");
            }

            if (!Enum.IsDefined(entry.Kind))
            {
                throw Invalid("history", "history.kind-undefined", entry.Kind.ToString(), "not a defined WantedListEventKind");
            }
        }
    }

    /// <summary>Whether <paramref name="a"/> ranks strictly before <paramref name="b"/> (the order <see cref="RankIndex"/> keeps).</summary>
    private static bool Ranks(WantedTarget a, WantedTarget b) =>
        a.Priority > b.Priority || (a.Priority == b.Priority && a.NominatedAt < b.NominatedAt);

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
