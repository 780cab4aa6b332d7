using Crm.Core.Customers;

namespace Crm.Core.Segmentation;

/// <summary>One record read by <see cref="CustomerCsvImporter"/>: its line and what the importer made of it.</summary>
/// <param name="Line">The 1-based line the record starts on; 1 for a problem of the header itself.</param>
/// <param name="Customer">The customer, or <see langword="null"/> when the record has an error.</param>
/// <param name="Errors">Every problem of the record (field, rule, value, message); empty when it is valid.</param>
/// <param name="Warnings">Valid but doubtful values (for example a mobile in an unassigned block).</param>
public sealed record CustomerCsvRecord(long Line, Customer? Customer, IReadOnlyList<ValidationError> Errors, IReadOnlyList<ValidationError> Warnings)
{
    /// <summary>Gets a value indicating whether the record gave a customer.</summary>
    public bool IsValid => Errors.Count == 0;
}
