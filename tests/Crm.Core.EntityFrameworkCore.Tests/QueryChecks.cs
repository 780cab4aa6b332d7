using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Tests.Support;
using Crm.Core.TestKit;

namespace Crm.Core.EntityFrameworkCore.Tests;

/// <summary>Search, paging and bulk adds, run on every provider by <see cref="SqliteQueryTests"/> and
/// <see cref="PostgresQueryTests"/>.</summary>
public static class QueryChecks
{
    private static int _counter;

    /// <summary>Variants a user may type: Arabic yeh and kaf, ZWNJ, extra spaces, other case.</summary>
    private static string Variant(string text, Random random) => random.Next(4) switch
    {
        0 => text.Replace('ی', 'ي').Replace('ک', 'ك'),
        1 => "  " + text + " ",
        2 => text.ToUpperInvariant(),
        _ => text,
    };

    private static string PersianDigits(string text) =>
        string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('۰' + (c - '0')) : c));

    /// <summary>A random population is stored; random queries built from its own values (typed in other forms) find the
    /// same customers in the database as <see cref="InMemoryCustomerStore.Search"/> finds in memory.</summary>
    public static bool Search_EqualsInMemorySearch(TestDatabase db, int seed)
    {
        var random = new Random(seed);
        var maker = new RandomCustomers(seed);
        var prefix = $"S{seed}-{Interlocked.Increment(ref _counter)}-";
        var population = Enumerable.Range(0, 12).Select(i => maker.Create(prefix + i)).ToList();
        var memory = new InMemoryCustomerStore();
        using (var context = db.CreateContext())
        {
            var store = new EfCoreCustomerStore(context);
            foreach (var c in population)
            {
                Assert.True(store.TryAddAsync(c).GetAwaiter().GetResult());
                memory.TryAdd(c);
            }
        }

        using var read = db.CreateContext();
        var database = new EfCoreCustomerStore(read);
        for (var round = 0; round < 6; round++)
        {
            var query = RandomQuery(population[random.Next(population.Count)], random);
            var expected = memory.Search(query).Select(c => c.Code.Value).ToList();
            var actual = database.SearchAsync(query).GetAwaiter().GetResult()
                .Select(c => c.Code.Value).Where(c => c.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{db.Provider}: query {query} found [{string.Join(", ", actual)}], in memory [{string.Join(", ", expected)}]");
        }

        return true;
    }

    private static CustomerQuery RandomQuery(Customer c, Random random)
    {
        var q = new CustomerQuery();
        for (var i = 0; i < 1 + random.Next(2); i++)
        {
            q = random.Next(13) switch
            {
                0 => q with { Text = Variant(c.DisplayName.Split(' ')[random.Next(c.DisplayName.Split(' ').Length)], random) },
                1 when c.Phones.Count > 0 => q with { Phone = PersianDigits("0" + c.Phones[random.Next(c.Phones.Count)].Number[3..]) },
                2 when c.Emails.Count > 0 => q with { Email = Variant(c.Emails[0].Value, random) },
                3 when c.Addresses.Count > 0 => q with { City = Variant(c.Addresses[0].City ?? "تهران", random) },
                4 when c.Addresses.Count > 0 => q with { Province = Variant(c.Addresses[^1].Province ?? "تهران", random) },
                5 when c.Groups.Count > 0 => q with { Group = Variant(c.Groups.First(), random) },
                6 when c.Tags.Count > 0 => q with { Tag = Variant(c.Tags.Last(), random) },
                7 => q with { Rank = Variant(c.Rank ?? "مهندس", random), Owner = random.Next(2) == 0 ? null : Variant(c.Owner ?? "رضا", random) },
                8 => q with { Channel = Variant(c.Acquisition?.Channel ?? "علی", random) },
                9 => q with { Kind = c.Kind },
                10 when c is Individual { Profile.NationalCode: { } n } => q with { NationalCode = PersianDigits(n.Value) },
                11 when c is Company { Profile.LegalEntityId: { } id } => q with { LegalEntityId = PersianDigits(id.Value) },
                12 => q with { Code = PersianDigits(c.Code.Value), Text = random.Next(2) == 0 ? null : "علي" },
                _ => q with { Phone = random.Next(2) == 0 ? "12" : null },
            };
        }

        return q;
    }

    /// <summary>Pages of any size, read one after another, give every customer once, in ordinal code order, even where
    /// the database's own collation would order the codes differently.</summary>
    public static async Task List_PagesInOrdinalOrder(TestDatabase db)
    {
        var run = Interlocked.Increment(ref _counter);
        string[] codes = [$"a-{run}", $"B-{run}", $"b_{run}", $"A.{run}", $"Z/{run}", $"z-{run}", $"۱-{run}", $"ا-{run}", $"0-{run}", $"a_{run}"];
        using (var context = db.CreateContext())
        {
            var store = new EfCoreCustomerStore(context);
            foreach (var code in codes)
            {
                Assert.True(await store.TryAddAsync(SomeCustomers.Individual(code)));
            }
        }

        using var read = db.CreateContext();
        var reader = new EfCoreCustomerStore(read);
        var all = (await reader.AllAsync()).Select(c => c.Code).ToList();
        foreach (var size in new[] { 1, 3, 7, 1000 })
        {
            var seen = new List<CustomerCode>();
            CustomerCode? after = null;
            do
            {
                var page = await reader.ListAsync(after, size);
                Assert.True(page.Customers.Count <= size);
                seen.AddRange(page.Customers.Select(c => c.Code));
                after = page.Next;
            }
            while (after is not null);

            Assert.Equal(all, seen);
            Assert.Equal(seen.Order().ToList(), seen);     // CustomerCode orders ordinally
            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.Equal(await reader.CountAsync(), seen.Count);
            Assert.All(codes, c => Assert.Contains(CustomerCode.Parse(c), seen));
        }

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => reader.ListAsync(null, 0));
    }

    /// <summary>A bulk add stores every new customer in one call and lists (never drops silently) the codes already stored
    /// or repeated in the input.</summary>
    public static async Task AddRange_SkipsStoredAndRepeatedCodes_StoresTheRest(TestDatabase db)
    {
        var run = Interlocked.Increment(ref _counter);
        var maker = new RandomCustomers(run);
        var taken = $"T-{run}-0";
        using (var context = db.CreateContext())
        {
            Assert.True(await new EfCoreCustomerStore(context).TryAddAsync(SomeCustomers.Individual(taken)));
        }

        var input = Enumerable.Range(1, 25).Select(i => maker.Create($"T-{run}-{i}")).ToList();
        input.Insert(7, SomeCustomers.Company(taken));
        input.Add(maker.Create($"T-{run}-3"));
        var reports = new List<long>();
        CustomerBulkResult result;
        using (var context = db.CreateContext())
        {
            result = await new EfCoreCustomerStore(context).AddRangeAsync(input, batchSize: 4, progress: new SyncProgress(reports));
        }

        Assert.Equal(25, result.Added);
        Assert.Equal(
            [new CustomerBulkSkip(7, CustomerCode.Parse(taken), CustomerBulkSkip.Exists), new CustomerBulkSkip(26, CustomerCode.Parse($"T-{run}-3"), CustomerBulkSkip.Duplicate)],
            result.Skipped);
        Assert.Contains($"'{taken}'", result.Skipped[0].Message, StringComparison.Ordinal);
        Assert.Equal(input.Count, reports[^1]);
        var added = input.Where((_, i) => i != 7 && i != input.Count - 1).ToList();
        Assert.All(added, c => Assert.Empty(c.PendingChanges));          // saved: accepted
        Assert.NotEmpty(input[7].PendingChanges);                         // skipped: still pending
        Assert.NotEmpty(input[^1].PendingChanges);
        using var read = db.CreateContext();
        var store = new EfCoreCustomerStore(read);
        foreach (var original in added)
        {
            CustomerAssert.Same(original, (await store.FindAsync(original.Code))!);
        }

        Assert.Equal("سارا محمدی", (await store.FindAsync(CustomerCode.Parse(taken)))!.DisplayName);   // the stored one is kept
    }

    /// <summary>The bulk path writes exactly the rows the general path writes: every table of the aggregate, every column
    /// (search and segment columns included), for random aggregates stored once each way under two codes.</summary>
    public static bool AddRange_WritesTheSameRowsAsTryAdd(TestDatabase db, int seed)
    {
        var run = Interlocked.Increment(ref _counter);
        var bulk = $"BK{seed}-{run}";
        var single = $"SG{seed}-{run}";
        var a = new RandomCustomers(seed).Create(bulk);
        var b = new RandomCustomers(seed).Create(single);   // the same aggregate under another code
        using (var context = db.CreateContext())
        {
            var store = new EfCoreCustomerStore(context);
            Assert.Equal(1, store.AddRangeAsync([a]).GetAwaiter().GetResult().Added);
            Assert.True(store.TryAddAsync(b).GetAwaiter().GetResult());
        }

        using var connection = db.OpenConnection();
        foreach (var table in Tables(connection))
        {
            var key = table.EndsWith("_customers", StringComparison.Ordinal) ? "code" : "customer_code";
            Assert.Equal(Rows(connection, table, key, single, bulk), Rows(connection, table, key, bulk, single));
        }

        return true;
    }

    private static List<string> Tables(System.Data.Common.DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'app_crm_%' AND name <> 'app_crm_purchases'";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        Assert.Contains("app_crm_customers", tables);
        return tables;
    }

    /// <summary>The rows of one customer in a table, as text, with its code replaced by a placeholder.</summary>
    private static List<string> Rows(System.Data.Common.DbConnection connection, string table, string key, string code, string other)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{key}\" = @code ORDER BY 2, 3";
        var p = command.CreateParameter();
        p.ParameterName = "code";
        p.Value = code;
        command.Parameters.Add(p);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i) + "=" + Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!
                .Replace(code, "<code>", StringComparison.Ordinal).Replace(code.ToLowerInvariant(), "<code>", StringComparison.Ordinal));
            rows.Add(string.Join("|", cells));
        }

        return rows;
    }

    private sealed class SyncProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
