using Crm.Core.Segmentation;

namespace Crm.Sample.Host.Csv;

/// <summary>Passes an importer's byte counts to a progress bar of bytes.</summary>
internal sealed class ImportBytes(IProgress<long> bytes) : IProgress<PurchaseImportProgress>
{
    public void Report(PurchaseImportProgress value) => bytes.Report(value.Bytes);
}
