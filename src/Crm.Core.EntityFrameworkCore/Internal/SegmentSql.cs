using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// The names the segment query uses, read from the EF Core model (so a schema or table prefix applies) and quoted by
/// the provider: the customers table with its folded segment columns, the labels table, and the purchase analytics.
/// </summary>
internal sealed class SegmentSql
{
    private readonly Dictionary<string, string> _segmentColumns = new(StringComparer.Ordinal);

    public SegmentSql(DbContext context)
    {
        Purchases = new PurchaseSql(context);
        var helper = context.GetService<ISqlGenerationHelper>();
        var customers = context.Model.FindEntityType(typeof(CustomerRow))!;
        var customersStore = StoreObjectIdentifier.Table(customers.GetTableName()!, customers.GetSchema());
        CustomersTable = helper.DelimitIdentifier(customers.GetTableName()!, customers.GetSchema());
        CustomersCode = helper.DelimitIdentifier(customers.FindProperty(nameof(CustomerRow.Code))!.GetColumnName(customersStore)!);
        var segment = customers.FindNavigation(nameof(CustomerRow.Segment))!.TargetEntityType;
        foreach (var property in segment.GetProperties().Where(p => !p.IsShadowProperty()))
        {
            _segmentColumns[property.Name] = helper.DelimitIdentifier(property.GetColumnName(customersStore)!);
        }

        var labels = customers.FindNavigation(nameof(CustomerRow.Labels))!.TargetEntityType;
        var labelsStore = StoreObjectIdentifier.Table(labels.GetTableName()!, labels.GetSchema());
        string Label(string property) => helper.DelimitIdentifier(labels.FindProperty(property)!.GetColumnName(labelsStore)!);
        LabelsTable = helper.DelimitIdentifier(labels.GetTableName()!, labels.GetSchema());
        LabelsCode = Label("CustomerCode");
        LabelsKind = Label(nameof(LabelRow.Kind));
        LabelsFolded = Label(nameof(LabelRow.Folded));
    }

    public PurchaseSql Purchases { get; }

    public bool IsPostgres => Purchases.IsPostgres;

    public string CustomersTable { get; }

    public string CustomersCode { get; }

    public string LabelsTable { get; }

    public string LabelsCode { get; }

    public string LabelsKind { get; }

    public string LabelsFolded { get; }

    /// <summary>The quoted column of a <see cref="SegmentColumns"/> property, qualified by the customers alias <c>c</c>.</summary>
    public string Segment(string property) => "c." + _segmentColumns[property];

    /// <summary>Every customer's purchase figures on or before the as-of date; customers whose purchases are in more
    /// than one currency are left out (the summariser reports them as errors and gives them no summary).</summary>
    public string PurchaseCte =>
        $"seg_p AS (SELECT {Purchases.Code} AS code, MIN({Purchases.Date}) AS first_d, MAX({Purchases.Date}) AS last_d, COUNT(*) AS f, " +
        $"COUNT(DISTINCT {Purchases.Date}) AS days, SUM({Purchases.Units}) AS m FROM {Purchases.Table} WHERE {Purchases.Date} <= @as_of " +
        $"GROUP BY {Purchases.Code} HAVING MIN({Purchases.Currency}) = MAX({Purchases.Currency}))";

    /// <summary>The purchase aggregate and the RFM scores of the scored customers from one pass over the purchases:
    /// <c>seg_p</c> as in <see cref="PurchaseCte"/>, and <c>seg_r</c> with the ranks of <see cref="PurchaseSql.Rfm"/>
    /// (the same <c>ref</c> and <c>k</c> expressions over the same per-customer figures).</summary>
    public string PurchaseAndRfmCtes
    {
        get
        {
            var p = Purchases;
            string Upto(string value) => $"CASE WHEN {p.Date} <= @as_of THEN {value} END";
            return $"seg_s AS (SELECT {p.Code} AS code, MIN({Upto(p.Date)}) AS first_d, MAX({Upto(p.Date)}) AS last_d, " +
                $"SUM(CASE WHEN {p.Date} <= @as_of THEN 1 ELSE 0 END) AS f, COUNT(DISTINCT {Upto(p.Date)}) AS days, SUM({Upto(p.Units)}) AS m, " +
                $"MIN({Upto(p.Currency)}) AS cur, MAX({Upto(p.Currency)}) AS cur2 FROM {p.Table} GROUP BY {p.Code}), " +
                "seg_p AS (SELECT code, first_d, last_d, f, days, m FROM seg_s WHERE f > 0 AND cur = cur2), " +
                $"ref AS (SELECT cur FROM seg_s WHERE f > 0 AND cur = cur2 ORDER BY {p.OrderedCode} LIMIT 1), " +
                "k AS (SELECT code, last_d AS last_date, f, m, CASE WHEN f > 0 AND cur = cur2 AND cur = (SELECT cur FROM ref) THEN 1 ELSE 0 END AS scored FROM seg_s), " +
                PurchaseSql.ScoreCtes + ", " +
                $"seg_r AS (SELECT k.code, {PurchaseSql.ScoreR} AS rr, {PurchaseSql.ScoreF} AS rf, {PurchaseSql.ScoreM} AS rm " +
                $"FROM k {PurchaseSql.ScoreJoins("JOIN", string.Empty)} WHERE k.scored = 1)";
        }
    }
}
