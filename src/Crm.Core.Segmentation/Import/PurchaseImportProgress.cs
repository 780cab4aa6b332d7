namespace Crm.Core.Segmentation;

/// <summary>How far a purchase import has gone: rows read and bytes consumed from the stream.</summary>
/// <param name="Rows">The data rows read so far (accepted and reported).</param>
/// <param name="Bytes">The bytes read from the stream so far (the reader buffers ahead, so this leads the rows a little).</param>
public readonly record struct PurchaseImportProgress(long Rows, long Bytes);
