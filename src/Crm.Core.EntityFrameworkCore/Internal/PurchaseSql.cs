using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// The SQL of the purchase analytics for one context: table and column names come from the EF Core model (so a schema
/// or table prefix applies), identifiers are quoted by the provider, values are always parameters. The statements use
/// only standard SQL (window functions, CTEs) that SQLite 3.25+ and PostgreSQL both run.
/// </summary>
internal sealed class PurchaseSql
{
    private readonly string _orderedCode;
    private readonly string _tCode, _tLast, _tCount, _tUnits, _tMin, _tMax, _sId, _sTo, _sCount;

    public PurchaseSql(DbContext context)
    {
        var entity = context.Model.FindEntityType(typeof(PurchaseRow))
            ?? throw new InvalidOperationException($"The model of {context.GetType().Name} does not include the Crm.Core model: call modelBuilder.UseCrmCore() in OnModelCreating.");
        var helper = context.GetService<ISqlGenerationHelper>();
        var tableName = entity.GetTableName()!;
        var schema = entity.GetSchema();
        var store = StoreObjectIdentifier.Table(tableName, schema);
        string Column(string property) => helper.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(store)!);

        Names = new PurchaseTableNames(schema, tableName,
            entity.FindProperty(nameof(PurchaseRow.CustomerCode))!.GetColumnName(store)!,
            entity.FindProperty(nameof(PurchaseRow.Date))!.GetColumnName(store)!,
            entity.FindProperty(nameof(PurchaseRow.AmountUnits))!.GetColumnName(store)!,
            entity.FindProperty(nameof(PurchaseRow.Currency))!.GetColumnName(store)!);
        Table = helper.DelimitIdentifier(tableName, schema);
        Code = Column(nameof(PurchaseRow.CustomerCode));
        Date = Column(nameof(PurchaseRow.Date));
        Units = Column(nameof(PurchaseRow.AmountUnits));
        Currency = Column(nameof(PurchaseRow.Currency));
        IsPostgres = context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        IsSqlite = context.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;

        // Customer codes hold only BMP letters, digits and - _ . /, so code-point order is ordinal order: SQLite's
        // default BINARY collation gives it, PostgreSQL needs the "C" collation.
        _orderedCode = IsPostgres ? "code COLLATE \"C\"" : "code";

        Id = Column(nameof(PurchaseRow.Id));
        var totals = context.Model.FindEntityType(typeof(PurchaseTotalRow))!;
        var totalsStore = StoreObjectIdentifier.Table(totals.GetTableName()!, totals.GetSchema());
        string Total(string property) => helper.DelimitIdentifier(totals.FindProperty(property)!.GetColumnName(totalsStore)!);
        TotalsTable = helper.DelimitIdentifier(totals.GetTableName()!, totals.GetSchema());
        (_tCode, _tLast, _tCount) = (Total(nameof(PurchaseTotalRow.CustomerCode)), Total(nameof(PurchaseTotalRow.LastDate)), Total(nameof(PurchaseTotalRow.Purchases)));
        (_tUnits, _tMin, _tMax) = (Total(nameof(PurchaseTotalRow.AmountUnits)), Total(nameof(PurchaseTotalRow.MinCurrency)), Total(nameof(PurchaseTotalRow.MaxCurrency)));
        var state = context.Model.FindEntityType(typeof(PurchaseTotalsState))!;
        var stateStore = StoreObjectIdentifier.Table(state.GetTableName()!, state.GetSchema());
        string State(string property) => helper.DelimitIdentifier(state.FindProperty(property)!.GetColumnName(stateStore)!);
        StateTable = helper.DelimitIdentifier(state.GetTableName()!, state.GetSchema());
        (_sId, _sTo, _sCount) = (State(nameof(PurchaseTotalsState.Id)), State(nameof(PurchaseTotalsState.CoveredTo)), State(nameof(PurchaseTotalsState.CoveredCount)));

        var customers = context.Model.FindEntityType(typeof(CustomerRow))!;
        var customersStore = StoreObjectIdentifier.Table(customers.GetTableName()!, customers.GetSchema());
        CustomersTable = helper.DelimitIdentifier(customers.GetTableName()!, customers.GetSchema());
        CustomersCode = helper.DelimitIdentifier(customers.FindProperty(nameof(CustomerRow.Code))!.GetColumnName(customersStore)!);
    }

    /// <summary>The customer code column of a CTE in ordinal order (<c>COLLATE "C"</c> on PostgreSQL).</summary>
    public string OrderedCode => _orderedCode;

    public PurchaseTableNames Names { get; }

    public string Table { get; }

    public string Code { get; }

    public string Date { get; }

    public string Units { get; }

    public string Currency { get; }

    /// <summary>The purchase id column (increasing in insertion order).</summary>
    public string Id { get; }

    /// <summary>The per-customer totals table (<see cref="PurchaseTotalRow"/>).</summary>
    public string TotalsTable { get; }

    /// <summary>The one-row coverage state of the totals (<see cref="PurchaseTotalsState"/>).</summary>
    public string StateTable { get; }

    public string CustomersTable { get; }

    public string CustomersCode { get; }

    public bool IsPostgres { get; }

    public bool IsSqlite { get; }

    /// <summary>
    /// Every buyer, in one pass over the purchases: code, last date, purchases, total units and currency range, all
    /// counted on or before the as-of date (a buyer with none then has 0 purchases and is listed apart), whether the
    /// customer is scored (one currency, the currency of the first such customer by code), that reference currency,
    /// and the three RFM scores of the scored customers (the tie rule 1 + floor(5·w/n), see <see cref="ScoreCtes"/>).
    /// </summary>
    public string Rfm => RfmOver(
        $"SELECT {Code} AS code, MAX(CASE WHEN {Date} <= @as_of THEN {Date} END) AS last_date, " +
        $"SUM(CASE WHEN {Date} <= @as_of THEN 1 ELSE 0 END) AS f, SUM(CASE WHEN {Date} <= @as_of THEN {Units} END) AS m, " +
        $"MIN(CASE WHEN {Date} <= @as_of THEN {Currency} END) AS cur, MAX(CASE WHEN {Date} <= @as_of THEN {Currency} END) AS cur2 " +
        $"FROM {Table} GROUP BY {Code}");

    /// <summary>The same rows as <see cref="Rfm"/> from the per-customer totals, one row per buyer instead of one per
    /// purchase: valid when the as-of date is on or after every stored purchase and the totals cover every purchase
    /// (<see cref="TotalsCoverage"/>).</summary>
    public string RfmFromTotals => RfmOver(
        $"SELECT {_tCode} AS code, {_tLast} AS last_date, {_tCount} AS f, {_tUnits} AS m, {_tMin} AS cur, {_tMax} AS cur2 FROM {TotalsTable}");

    /// <summary>
    /// The RFM rows over per-customer figures. Each score is 1 + floor(5·w/n) with w the scored customers strictly worse
    /// on that axis: w comes from per-value counts (one small aggregate per axis: distinct dates, counts and totals, each
    /// with a running sum), joined back to the customers by value, instead of ranking every customer three times. The
    /// same counts, added up per value, are what a sharded database combines (docs/scale-out.md).
    /// </summary>
    private string RfmOver(string perCustomer) =>
        $"WITH s AS ({perCustomer}), " +
        $"ref AS (SELECT cur FROM s WHERE f > 0 AND cur = cur2 ORDER BY {_orderedCode} LIMIT 1), " +
        "k AS (SELECT code, last_date, f, m, cur, cur2, CASE WHEN f > 0 AND cur = cur2 AND cur = (SELECT cur FROM ref) THEN 1 ELSE 0 END AS scored FROM s), " +
        ScoreCtes + " " +
        $"SELECT k.code, k.last_date, k.f, k.m, k.cur, k.cur2, k.scored, (SELECT cur FROM ref), {ScoreR}, {ScoreF}, {ScoreM} " +
        $"FROM k {ScoreJoins("LEFT JOIN", "k.scored = 1 AND ")}";

    /// <summary>
    /// The CTEs that score the customers of a CTE <c>k</c> (columns code, last_date, f, m, scored). Each score is
    /// 1 + floor(5·w/n) with n the scored customers and w those strictly worse on that axis (older last purchase, fewer
    /// purchases, lower spend). w comes from per-value counts (one small aggregate per axis over the distinct dates,
    /// counts and totals, with a running sum), joined back to the customers by value, instead of sorting every customer
    /// three times for RANK(). The same per-value counts, added up, are what a sharded database combines
    /// (docs/scale-out.md).
    /// </summary>
    public static string ScoreCtes
    {
        get
        {
            static string Worse(string column) =>
                $"SELECT {column} AS v, CAST(SUM(COUNT(*)) OVER (ORDER BY {column}) - COUNT(*) AS BIGINT) AS w FROM k WHERE scored = 1 GROUP BY {column}";
            return $"n AS (SELECT COUNT(*) AS n FROM k WHERE scored = 1), wr AS ({Worse("last_date")}), wf AS ({Worse("f")}), wm AS ({Worse("m")})";
        }
    }

    /// <summary>The recency score of a row of <c>k</c> joined by <see cref="ScoreJoins"/>.</summary>
    public const string ScoreR = "1 + (5 * wr.w) / (SELECT n FROM n)";

    /// <summary>The frequency score.</summary>
    public const string ScoreF = "1 + (5 * wf.w) / (SELECT n FROM n)";

    /// <summary>The monetary score.</summary>
    public const string ScoreM = "1 + (5 * wm.w) / (SELECT n FROM n)";

    /// <summary>Joins <c>k</c> to its per-value counts (<paramref name="condition"/> is prefixed to each join's
    /// condition).</summary>
    public static string ScoreJoins(string join, string condition) =>
        $"{join} wr ON {condition}wr.v = k.last_date {join} wf ON {condition}wf.v = k.f {join} wm ON {condition}wm.v = k.m";

    /// <summary>Stored customers without a row in the totals (no purchase at all), by an anti-join on its key.</summary>
    public string StoredWithoutTotals =>
        $"SELECT {CustomersCode} FROM {CustomersTable} AS c WHERE NOT EXISTS (SELECT 1 FROM {TotalsTable} AS t WHERE t.{_tCode} = c.{CustomersCode})";

    /// <summary>Creates the coverage row when missing (a new or migrated database covers nothing yet).</summary>
    public string EnsureTotalsState =>
        $"INSERT INTO {StateTable} ({_sId}, {_sTo}, {_sCount}) VALUES (1, 0, 0) ON CONFLICT ({_sId}) DO NOTHING";

    /// <summary>Reads what the totals cover; on PostgreSQL the row stays locked until the transaction ends, so loads
    /// fold their purchases in one after another (SQLite's write transactions already exclude each other).</summary>
    public string LockTotalsState =>
        $"SELECT {_sTo}, {_sCount} FROM {StateTable} WHERE {_sId} = 1" + (IsPostgres ? " FOR UPDATE" : string.Empty);

    /// <summary>Folds the purchases with an id above @covered into the totals: new buyers are inserted, known ones
    /// updated (latest date, counts and sums added, currency range widened).</summary>
    public string FoldIntoTotals
    {
        get
        {
            var (greatest, least, target) = IsPostgres ? ("GREATEST", "LEAST", "t.") : ("max", "min", string.Empty);
            return $"INSERT INTO {TotalsTable}{(IsPostgres ? " AS t" : string.Empty)} ({_tCode}, {_tLast}, {_tCount}, {_tUnits}, {_tMin}, {_tMax}) " +
                $"SELECT {Code}, MAX({Date}), COUNT(*), SUM({Units}), MIN({Currency}), MAX({Currency}) FROM {Table} WHERE {Id} > @covered GROUP BY {Code} " +
                $"ON CONFLICT ({_tCode}) DO UPDATE SET {_tLast} = {greatest}({target}{_tLast}, excluded.{_tLast}), " +
                $"{_tCount} = {target}{_tCount} + excluded.{_tCount}, {_tUnits} = {target}{_tUnits} + excluded.{_tUnits}, " +
                $"{_tMin} = {least}({target}{_tMin}, excluded.{_tMin}), {_tMax} = {greatest}({target}{_tMax}, excluded.{_tMax})";
        }
    }

    /// <summary>Records that the totals now cover every purchase up to the highest id, @added more than before.</summary>
    public string AdvanceTotalsState =>
        $"UPDATE {StateTable} SET {_sTo} = (SELECT COALESCE(MAX({Id}), 0) FROM {Table}), {_sCount} = {_sCount} + @added WHERE {_sId} = 1";

    /// <summary>Empties the totals and their coverage (before folding every purchase in again).</summary>
    public string ClearTotals => $"DELETE FROM {TotalsTable}; UPDATE {StateTable} SET {_sTo} = 0, {_sCount} = 0 WHERE {_sId} = 1";

    /// <summary>What the totals cover against what the purchase table holds, and the totals' last date: covered id,
    /// covered count, highest id, row count, last purchase date (null without purchases).</summary>
    public string TotalsCoverage =>
        $"SELECT s.{_sTo}, s.{_sCount}, (SELECT COALESCE(MAX({Id}), 0) FROM {Table}), (SELECT COUNT(*) FROM {Table}), " +
        $"(SELECT MAX({_tLast}) FROM {TotalsTable}) FROM {StateTable} AS s WHERE s.{_sId} = 1";

    /// <summary>Stored customers without a purchase on or before the as-of date (an index look-up per customer).</summary>
    public string StoredWithoutPurchases =>
        $"SELECT {CustomersCode} FROM {CustomersTable} AS c WHERE NOT EXISTS (SELECT 1 FROM {Table} AS q WHERE q.{Code} = c.{CustomersCode} AND q.{Date} <= @as_of)";

    /// <summary>Per-customer purchase figures up to the as-of date, with the total of the first purchase day.</summary>
    public string Summaries =>
        $"SELECT code, MIN(d), MAX(d), COUNT(*), COUNT(DISTINCT d), SUM(u), SUM(CASE WHEN d = first_d THEN u ELSE 0 END), MIN(cur), MAX(cur) " +
        $"FROM (SELECT {Code} AS code, {Date} AS d, {Units} AS u, {Currency} AS cur, MIN({Date}) OVER (PARTITION BY {Code}) AS first_d " +
        $"FROM {Table} WHERE {Date} <= @as_of) AS x GROUP BY code";

    /// <summary>How many purchases are dated after the as-of date.</summary>
    public string AfterAsOf => $"SELECT COUNT(*) FROM {Table} WHERE {Date} > @as_of";

    /// <summary>A multi-row insert of <paramref name="rows"/> purchases with parameters @c0, @d0, @u0, @k0, ….</summary>
    public string Insert(int rows)
    {
        var sb = new System.Text.StringBuilder($"INSERT INTO {Table} ({Code}, {Date}, {Units}, {Currency}) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            sb.Append(i == 0 ? "" : ", ").Append("(@c").Append(i).Append(", @d").Append(i).Append(", @u").Append(i).Append(", @k").Append(i).Append(')');
        }

        return sb.ToString();
    }

    public static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
        return p;
    }
}
