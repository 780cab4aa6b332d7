namespace Crm.Core.Customers;

/// <summary>The outcome of importing one flat record: the customer when every field is valid, and every error found.</summary>
/// <param name="Customer">The customer, or <see langword="null"/> when any field is invalid.</param>
/// <param name="Errors">Every problem of the record; <see cref="ValidationError.Field"/> is the column name.</param>
public sealed record CustomerRecordResult(Customer? Customer, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Gets whether the record is valid.</summary>
    public bool IsValid => Errors.Count == 0;
}
