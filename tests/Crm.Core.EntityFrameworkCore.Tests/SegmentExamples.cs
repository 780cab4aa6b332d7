using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Internal;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.Segmentation;
using Crm.Core.TestKit;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using static Crm.Core.EntityFrameworkCore.Tests.SegmentChecks;

namespace Crm.Core.EntityFrameworkCore.Tests;

/// <summary>Examples of rule segments in the database, run on every provider.</summary>
public static class SegmentExamples
{
    private static readonly LocalDate AsOf = new(2026, 3, 1);   // 1404/12/10

    public static Task PersianFold_ArabicSpelling_FindsPersianName(TestDatabase db) => ExclusiveAsync(async () =>
    {
        await StoreAsync(db, [Person("F-1", "Zoë", "علی"), Person("F-2", null, "رضا"), Person("F-3", "zoe", "عليرضا")], [], AsOf);

        var equal = await RunAsync(db, Single("lastName", SegmentOperator.EqualTo, " علي "), AsOf);
        var prefix = await RunAsync(db, Single("lastName", SegmentOperator.StartsWith, "علي"), AsOf);
        var latin = await RunAsync(db, Single("firstName", SegmentOperator.In, "ZOË", "x"), AsOf);
        var empty = await RunAsync(db, Single("firstName", SegmentOperator.IsEmpty), AsOf);
        var notEqual = await RunAsync(db, Single("firstName", SegmentOperator.NotEqualTo, "zoe"), AsOf);

        Assert.Equal(["F-1"], Codes(equal));
        Assert.Equal(["F-1", "F-3"], Codes(prefix));
        Assert.Equal(["F-1"], Codes(latin));
        Assert.Equal(["F-2"], Codes(empty));
        Assert.Equal(["F-1", "F-2"], Codes(notEqual));   // a missing value is "not equal"
    });

    public static Task PersianCalendar_MonthYearAndAnniversary_MatchBirthDates(TestDatabase db) => ExclusiveAsync(async () =>
    {
        var persian = CalendarSystem.PersianAstronomical;
        await StoreAsync(db,
        [
            Person("B-1", null, "a", new LocalDate(1370, 12, 20, persian)),
            Person("B-2", null, "b", new LocalDate(1375, 1, 5, persian)),
            Person("B-3", null, "c", new LocalDate(1990, 6, 1)),
            Person("B-4", null, "d", new LocalDate(1, 1, 1)),          // the "unknown" sentinel matches no Persian condition
            Person("B-5", null, "e"),
        ], [], AsOf);

        Assert.Equal(["B-1"], Codes(await RunAsync(db, Single("birthDate", SegmentOperator.InPersianMonth, "12"), AsOf)));
        Assert.Equal(["B-2"], Codes(await RunAsync(db, Single("birthDate", SegmentOperator.InPersianMonth, "۱", "1375"), AsOf)));
        Assert.Equal(["B-3"], Codes(await RunAsync(db, Single("birthDate", SegmentOperator.InPersianYear, "1369"), AsOf)));
        Assert.Equal(["B-1"], Codes(await RunAsync(db, Single("birthDate", SegmentOperator.AnniversaryWithinDays, "10"), AsOf)));
        Assert.Equal(["B-1", "B-2"], Codes(await RunAsync(db, Single("birthDate", SegmentOperator.AnniversaryWithinDays, "30"), AsOf)));
        Assert.Equal(["B-4", "B-3"], Codes(await RunAsync(db, Single("birthDate", SegmentOperator.Before, "1370/01/01"), AsOf)).Order(StringComparer.Ordinal).Reverse());
    });

    public static Task PurchaseFields_RfmSegmentInPersian_EqualsEnglishName(TestDatabase db) => ExclusiveAsync(async () =>
    {
        var customers = Enumerable.Range(1, 6).Select(i => (Customer)Person("R-" + i, null, "n" + i)).ToList();
        var purchases = Enumerable.Range(1, 6).SelectMany(i => Enumerable.Range(0, i).Select(k => Purchase("R-" + i, AsOf.PlusDays(-(7 - i) * 10 - k), 1000m * i))).ToList();
        var population = await StoreAsync(db, customers, purchases, AsOf);

        var persian = await RunAsync(db, Single("rfmSegment", SegmentOperator.EqualTo, "قهرمانان"), AsOf);
        var english = await RunAsync(db, Single("rfmSegment", SegmentOperator.EqualTo, "Champions"), AsOf);
        var frequent = await RunAsync(db, Single("frequency", SegmentOperator.GreaterThanOrEqual, "4.5"), AsOf);
        var mean = await RunAsync(db, Single("meanSpend", SegmentOperator.Between, "2000", "4000"), AsOf);

        Assert.NotEmpty(english.Members);
        Assert.Equal(english.Members, persian.Members);
        Assert.Equal(["R-5", "R-6"], Codes(frequent));
        Assert.Equal(["R-2", "R-3", "R-4"], Codes(mean));
        var expected = Single("rfmSegment", SegmentOperator.EqualTo, "Champions").Compile().Evaluate(population.Facts(), new SegmentContext(AsOf));
        Assert.Equal(expected.Members, english.Members);
    });

    public static Task LifetimeValue_IsNotSupported_AndNamesTheField(TestDatabase db) => ExclusiveAsync(async () =>
    {
        var definition = new SegmentDefinition("ltv", null, 1, new SegmentGroup(SegmentCombinator.Any,
            [new SegmentCondition("city", SegmentOperator.IsEmpty, []), new SegmentCondition("lifetimeValue", SegmentOperator.GreaterThan, ["10"])]));

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => RunAsync(db, definition, AsOf));

        Assert.Contains("'lifetimeValue'", error.Message, StringComparison.Ordinal);
    });

    public static Task InvalidDefinition_FailsLikeCompile_NamingThePath(TestDatabase db) => ExclusiveAsync(async () =>
    {
        var definition = Single("birthDate", SegmentOperator.InPersianMonth, "13");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync(db, definition, AsOf));

        Assert.Contains("$.condition.value", error.Message, StringComparison.Ordinal);
        Assert.Contains("'13'", error.Message, StringComparison.Ordinal);
    });

    /// <summary>Hostile text in the stored names, the segment name and every operand: quotes, statement separators,
    /// comment markers, NUL and bidi marks. The tables are still there afterwards and the members equal the in-memory
    /// evaluator's.</summary>
    public static Task HostileValues_AreParameters_NoSqlIsInjected(TestDatabase db) => ExclusiveAsync(async () =>
    {
        string[] hostile =
        [
            "x'); DROP TABLE app_crm_customers; --", "' OR '1'='1", "\" OR 1=1 --", "a; DELETE FROM app_crm_purchases", "/* c */ 1", "*/",
            "\u200f' OR ''='", "\u202e--", "a\0b", "%", "_", "\\", "'", "''",
        ];
        var customers = hostile.Select((h, i) => (Customer)Person("H-" + i, h.Replace("\0", "", StringComparison.Ordinal), "n'" + i)).ToList();
        customers[0].AddTag("'; DROP TABLE app_crm_customer_labels; --", SomeCustomers.Stamp());
        var population = await StoreAsync(db, customers, [Purchase("H-1", AsOf, 1000m)], AsOf);
        var facts = population.Facts();

        foreach (var value in hostile)
        {
            foreach (var (field, op) in new[] { ("firstName", SegmentOperator.EqualTo), ("firstName", SegmentOperator.Contains), ("firstName", SegmentOperator.StartsWith),
                         ("tags", SegmentOperator.NotIn), ("rfmSegment", SegmentOperator.EqualTo), ("lastName", SegmentOperator.NotEqualTo) })
            {
                var definition = new SegmentDefinition("'; DROP TABLE x; -- " + value, value, 1, new SegmentCondition(field, op, [value]));
                if (definition.Validate().Count > 0)
                {
                    continue;   // a blank operand after folding is a validation error, not a query
                }

                var actual = await RunAsync(db, definition, AsOf);
                var expected = definition.Compile().Evaluate(facts, new SegmentContext(AsOf));
                Assert.Equal(expected.Members, actual.Members);
                Assert.Equal(definition.Name, actual.SegmentName);
            }
        }

        using var context = db.CreateContext();
        Assert.Equal(customers.Count, await context.Set<CustomerRow>().CountAsync());
        Assert.Equal(1, await context.Set<PurchaseRow>().CountAsync());
        Assert.Equal(["H-0"], Codes(await RunAsync(db, Single("tags", SegmentOperator.Contains, "drop table"), AsOf)));
    });

    private static string[] Codes(SegmentMembership membership) => [.. membership.Members.Select(m => m.Value)];
}
