using Crm.Core.Customers;

namespace Crm.Core.Segmentation;

/// <summary>Column names and defaults of <see cref="PurchaseCsvImporter"/>; the defaults read
/// <c>customer_id,date,amount[,currency]</c>.</summary>
/// <remarks>Header names are compared ordinally after trimming; columns may come in any order and other columns are
/// ignored.</remarks>
public sealed class PurchaseCsvOptions
{
    /// <summary>Gets or sets the header of the customer code column. Default <c>customer_id</c>.</summary>
    public string CustomerIdColumn { get; set; } = "customer_id";

    /// <summary>Gets or sets the header of the date column (Gregorian <c>yyyy-MM-dd</c> or Solar Hijri <c>yyyy/MM/dd</c>,
    /// any digit script). Default <c>date</c>.</summary>
    public string DateColumn { get; set; } = "date";

    /// <summary>Gets or sets the header of the amount column. Default <c>amount</c>.</summary>
    public string AmountColumn { get; set; } = "amount";

    /// <summary>Gets or sets the header of the optional currency column (ISO 4217). Default <c>currency</c>; when the file
    /// has no such column, or a row leaves it empty, the amount is in <see cref="DefaultCurrency"/>.</summary>
    public string CurrencyColumn { get; set; } = "currency";

    /// <summary>Gets or sets the currency of amounts without one. Default <see cref="Money.Rial"/>.</summary>
    public string DefaultCurrency { get; set; } = Money.Rial;

    /// <summary>Gets or sets the field separator. Default <c>,</c>.</summary>
    public char Separator { get; set; } = ',';

    /// <summary>Gets or sets how many threads <see cref="PurchaseCsvImporter.ReadFile"/> may read a file's chunks on,
    /// 1 to 512; 1 reads on the calling thread. The result does not depend on it. Default 1: on the 2-core machine of
    /// docs/benchmarks.md two threads were no faster (each chunk repeats the per-customer work for the customers it
    /// meets, and the join renumbers them), so try a larger value on a machine with more cores and measure.</summary>
    public int MaxDegreeOfParallelism { get; set; } = 1;

    /// <summary>Gets or sets the least number of bytes a thread of <see cref="PurchaseCsvImporter.ReadFile"/> gets: a
    /// file smaller than twice this is read on one thread. Default 4 MiB, below which starting threads costs more than
    /// it saves.</summary>
    public long MinBytesPerThread { get; set; } = 4L << 20;
}
