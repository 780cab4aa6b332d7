using Crm.Core.Customers;
using NodaTime;

namespace Crm.Sample.Host.Report;

/// <summary>What the report is computed from: purchases, what is known of each customer, the as-of day, and every row
/// that could not be read (listed in the report, never silently dropped).</summary>
/// <param name="Purchases">The purchases that were read.</param>
/// <param name="Customers">Name and acquisition channel per customer code, where a customer file gave them.</param>
/// <param name="AsOf">The last day of the data (ISO calendar).</param>
/// <param name="Problems">Rows that were reported while reading, with their source and line.</param>
internal sealed record ReportInput(
    IReadOnlyList<Purchase> Purchases,
    IReadOnlyDictionary<CustomerCode, ReportCustomer> Customers,
    LocalDate AsOf,
    IReadOnlyList<ReportProblem> Problems)
{
    /// <summary>Gets the RFM scores computed by the database the data were stored in, or <see langword="null"/> when they were
    /// not stored (the report then scores in memory).</summary>
    public Crm.Core.Segmentation.RfmResult? StoredRfm { get; init; }

    /// <summary>Gets a sentence on where the data were stored, for the report's header.</summary>
    public string? Storage { get; init; }

    /// <summary>Gets the follow-ups the customer records call for in the coming Persian month (next contacts agreed in
    /// conversations, birthdays), planned with the report's own calls; empty when the input has no such records.</summary>
    public IReadOnlyList<Crm.Core.Scheduling.FollowUp> Agreed { get; init; } = [];
}

/// <summary>What a customer file says about one customer.</summary>
internal sealed record ReportCustomer(string Name, string Channel);

/// <summary>One row that could not be used: source file, line, and the reason in the library's words.</summary>
internal sealed record ReportProblem(string Source, long Line, string Message);

/// <summary>One section of the report: a title, a sentence of explanation, charts, a table (also written as CSV) and
/// optional extra HTML (already encoded).</summary>
internal sealed record ReportSection(string Id, string Title, string Intro, IReadOnlyList<string> Charts, ReportTable? Table, string? Html = null);

/// <summary>A table of the report; every row goes to the CSV file, the first <paramref name="ShowRows"/> into the page.</summary>
internal sealed record ReportTable(string CsvName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, int ShowRows = 25);
