namespace Crm.Core.Customers;

/// <summary>The outcome of importing one flat record: the customer when every field is valid, and every error found.</summary>
/// <param name="Customer">The customer, or <see langword="null"/> when any field is invalid.</param>
/// <param name="Errors">Every problem of the record; <see cref="ValidationError.Field"/> is the column name.</param>
/// <remarks>A record with <see cref="Warnings"/> but no errors is valid: a warning flags a value that is valid but doubtful,
/// such as a mobile number in an unassigned 09xy block (<c>mobile.unassigned-block</c>).</remarks>
public sealed record CustomerRecordResult(Customer? Customer, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Gets the values that are valid but doubtful, in the same shape as <see cref="Errors"/>
    /// (<see cref="ValidationError.Field"/> is the column name, <see cref="ValidationError.Value"/> the text as typed);
    /// empty when there are none.</summary>
    public IReadOnlyList<ValidationError> Warnings { get; init; } = [];

    /// <summary>Gets whether the record is valid.</summary>
    public bool IsValid => Errors.Count == 0;
}
