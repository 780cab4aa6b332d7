using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Segmentation.Internal;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>
/// A column-per-field copy of a population for bulk segment evaluation. Each field's column (dictionary-encoded folded
/// text, numbers, ISO day numbers with their Persian year, month and day) is built on first use and then reused.
/// </summary>
/// <remarks>The snapshot reflects the customers as they were when each column was built; build a new one after edits.</remarks>
public sealed class CustomerSnapshot
{
    private readonly IReadOnlyList<CustomerFacts> _facts;
    private readonly ConcurrentDictionary<string, object> _columns = new(StringComparer.Ordinal);

    private CustomerSnapshot(IReadOnlyList<CustomerFacts> facts, DateTimeZone zone)
    {
        _facts = facts;
        Zone = zone;
        Codes = facts.Select(f => f.Customer.Code).ToArray();
    }

    /// <summary>Gets the number of rows.</summary>
    public int Count => Codes.Count;

    /// <summary>Gets the customer of each row.</summary>
    public IReadOnlyList<CustomerCode> Codes { get; }

    /// <summary>Gets the time zone in which interaction instants became dates.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Creates a snapshot of a population.</summary>
    /// <param name="population">The customers and their figures.</param>
    /// <param name="zone">The time zone of interaction dates; <see cref="SegmentContext.Tehran"/> when <see langword="null"/>.</param>
    /// <param name="buildAllColumns">Build every column now rather than on first use.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="population"/> is <see langword="null"/>.</exception>
    public static CustomerSnapshot Build(IEnumerable<CustomerFacts> population, DateTimeZone? zone = null, bool buildAllColumns = false)
    {
        Guard.Against.Null(population);
        var snapshot = new CustomerSnapshot(population.ToArray(), zone ?? SegmentContext.Tehran);
        if (buildAllColumns)
        {
            foreach (var field in FieldCatalog.All)
            {
                snapshot.Column(field);
            }
        }

        return snapshot;
    }

    internal object Column(FieldInfo field) => _columns.GetOrAdd(field.Name, static (_, state) => state.Self.BuildColumn(state.Field), (Self: this, Field: field));

    private object BuildColumn(FieldInfo field) => field.Type switch
    {
        SegmentFieldType.Text => TextColumn.Build(_facts, field.Text!),
        SegmentFieldType.TextSet => SetColumn.Build(_facts, field.Set!),
        SegmentFieldType.Number when !field.DaysSinceDate => NumberColumn.Build(_facts, field.Number!),
        _ => DateColumn.Build(_facts, f => field.Date!(f, Zone)),
    };
}
