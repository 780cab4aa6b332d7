namespace Crm.Core.Segmentation;

/// <summary>What <see cref="PurchaseCsvImporter"/> read: the accepted purchases as columns and every row it skipped.</summary>
/// <remarks>Nothing is dropped silently: <see cref="RowsRead"/> = <see cref="RowsAccepted"/> + the number of
/// <see cref="Errors"/> raised by data rows. Blank lines are not rows. A header without a required column gives one
/// error on line 1 (rule <c>csv.header</c>) and no rows.</remarks>
public sealed class PurchaseImportResult
{
    internal PurchaseImportResult(PurchaseColumns purchases, IReadOnlyList<PurchaseImportError> errors, long rowsRead)
    {
        Purchases = purchases;
        Errors = errors;
        RowsRead = rowsRead;
    }

    /// <summary>Gets the accepted purchases, in file order, with customers interned in order of first appearance.</summary>
    public PurchaseColumns Purchases { get; }

    /// <summary>Gets every skipped row (or the header error), in file order.</summary>
    public IReadOnlyList<PurchaseImportError> Errors { get; }

    /// <summary>Gets the number of data rows read (blank lines excluded).</summary>
    public long RowsRead { get; }

    /// <summary>Gets the number of rows accepted into <see cref="Purchases"/>.</summary>
    public long RowsAccepted => Purchases.Count;
}
