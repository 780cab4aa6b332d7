using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Segmentation.Internal;

namespace Crm.Core.Segmentation;

/// <summary>A validated segment definition, ready to evaluate over an in-memory population or a columnar snapshot;
/// both give the same members.</summary>
public sealed class CompiledSegment
{
    private readonly CompiledNode _root;

    internal CompiledSegment(SegmentDefinition definition, CompiledNode root)
    {
        Definition = definition;
        _root = root;
    }

    /// <summary>Gets the definition this segment was compiled from.</summary>
    public SegmentDefinition Definition { get; }

    /// <summary>Gets the compiled condition tree (for the EF Core package's SQL translation).</summary>
    internal CompiledNode Root => _root;

    /// <summary>Tests one customer.</summary>
    /// <param name="facts">The customer and its figures.</param>
    /// <param name="context">The as-of date and time zone.</param>
    /// <returns><see langword="true"/> when the customer belongs to the segment.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public bool Matches(CustomerFacts facts, SegmentContext context)
    {
        Guard.Against.Null(facts);
        Guard.Against.Null(context);
        return _root.Matches(facts, context, new DateEnv(context.AsOf));
    }

    /// <summary>Evaluates the segment over customers held in memory.</summary>
    /// <param name="population">The customers and their figures.</param>
    /// <param name="context">The as-of date and time zone.</param>
    /// <returns>The members.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public SegmentMembership Evaluate(IEnumerable<CustomerFacts> population, SegmentContext context) => Evaluate(population, context, CancellationToken.None);

    /// <summary>Evaluates the segment over customers held in memory, and can be cancelled.</summary>
    /// <param name="population">The customers and their figures.</param>
    /// <param name="context">The as-of date and time zone.</param>
    /// <param name="cancellationToken">Stops the work (checked every 4,096 customers); no partial result is returned.</param>
    /// <returns>The members.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public SegmentMembership Evaluate(IEnumerable<CustomerFacts> population, SegmentContext context, CancellationToken cancellationToken)
    {
        Guard.Against.Null(population);
        Guard.Against.Null(context);
        var env = new DateEnv(context.AsOf);
        var seen = 0;
        var members = population.Where(f =>
            {
                if ((++seen & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                return _root.Matches(f, context, env);
            }).Select(f => f.Customer.Code).Distinct().Order().ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        return Membership(members, context);
    }

    /// <summary>Evaluates the segment over a columnar snapshot (bulk work: columns are built once and reused).</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="context">The as-of date; its time zone must be the snapshot's.</param>
    /// <returns>The members.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The context's time zone differs from the snapshot's.</exception>
    public SegmentMembership Evaluate(CustomerSnapshot snapshot, SegmentContext context) => Evaluate(snapshot, context, CancellationToken.None);

    /// <summary>Evaluates the segment over a columnar snapshot, and can be cancelled.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="context">The as-of date; its time zone must be the snapshot's.</param>
    /// <param name="cancellationToken">Stops the work before and after the columns are matched; no partial result is returned.</param>
    /// <returns>The members.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The context's time zone differs from the snapshot's.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public SegmentMembership Evaluate(CustomerSnapshot snapshot, SegmentContext context, CancellationToken cancellationToken)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(context);
        cancellationToken.ThrowIfCancellationRequested();
        var bits = Match(snapshot, context);
        cancellationToken.ThrowIfCancellationRequested();
        var members = new List<CustomerCode>();
        for (var i = 0; i < snapshot.Count; i++)
        {
            if ((bits[i >> 6] & (1UL << i)) != 0)
            {
                members.Add(snapshot.Codes[i]);
            }
        }

        return Membership(members.Distinct().Order().ToArray(), context);
    }

    /// <summary>Counts the members in a columnar snapshot without listing them.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="context">The as-of date; its time zone must be the snapshot's.</param>
    /// <returns>The number of matching rows.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The context's time zone differs from the snapshot's.</exception>
    public int Count(CustomerSnapshot snapshot, SegmentContext context)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(context);
        var total = 0;
        foreach (var word in Match(snapshot, context))
        {
            total += System.Numerics.BitOperations.PopCount(word);
        }

        return total;
    }

    private ulong[] Match(CustomerSnapshot snapshot, SegmentContext context)
    {
        if (!ReferenceEquals(context.EffectiveZone, snapshot.Zone) && context.EffectiveZone.Id != snapshot.Zone.Id)
        {
            throw new ArgumentException($"The context's time zone {context.EffectiveZone.Id} differs from the snapshot's {snapshot.Zone.Id}.", nameof(context));
        }

        return SnapshotEvaluator.Evaluate(_root, snapshot, new DateEnv(context.AsOf));
    }

    private SegmentMembership Membership(CustomerCode[] members, SegmentContext context) =>
        new(Definition.Name, Definition.Version, context.AsOf, members);
}
