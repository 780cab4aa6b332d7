namespace Crm.Core.Tests.Docs;

/// <summary>
/// The names a page's examples use without declaring them, because an earlier example of the page or the prose around
/// it introduces them ("given your purchases…"). Each is a static field of the class the block is compiled in, with
/// the type the page means; a block may redeclare the name. The blocks are compiled, not run, so the values are never
/// read. Keep these minimal: a name that is not here must be declared by the block itself.
/// </summary>
internal static class DocContexts
{
    private const string Services = "static IServiceCollection services = new ServiceCollection();";

    private static readonly Dictionary<string, string> ByFile = new(StringComparer.Ordinal)
    {
        ["docs/getting-started.md"] = Services,
        ["src/Crm.Core/README.md"] = Services,
        ["docs/customers.md"] = """
            static IClock clock = SystemClock.Instance;
            static Individual sara = null!;
            """,
        ["docs/scheduling.md"] = """
            static IClock clock = SystemClock.Instance;
            static List<FollowUp> followUps = [];
            static LocalDate today, from, to, first, until;
            static FollowUp template = null!;
            static PersianRecurrence recurrence = null!;
            """,
        ["docs/segmentation.md"] = """
            static IClock clock = SystemClock.Instance;
            static IEnumerable<Purchase> purchases = [];
            static string json = "";
            static string path = "";
            static SegmentDefinition definition = null!;
            static IEnumerable<Customer> customers = [];
            static IEnumerable<CustomerSummary> summaries = [];
            static RfmResult rfm = null!;
            static IReadOnlyDictionary<CustomerCode, decimal> lifetimeValues = null!;
            static LocalDate asOf;
            static SegmentMembership previousRun = null!;
            static CustomerCode code, other;
            static ChangeStamp stamp;
            """,
        ["src/Crm.Core.Segmentation/README.md"] = """
            static IEnumerable<Purchase> purchases = [];
            static IEnumerable<Customer> customers = [];
            static IEnumerable<CustomerSummary> summaries = [];
            static LocalDate asOf;
            """,
        ["docs/lifetime.md"] = """
            static PurchaseReadResult ReadRaw() => null!;
            static BgNbdParameters Bg = null!;
            static CustomerRfm Customer;
            static GammaGammaParameters spend = null!;
            static IEnumerable<CustomerRfm> customers = [];
            """,
        ["src/Crm.Core.Persian/README.md"] = "static LocalDate today;",
        ["docs/persistence.md"] = """
            public sealed class Order { public int Id { get; set; } }
            public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options);
            static string connectionString = "";
            static EfCoreCustomerStore store = null!;
            static ChangeStamp stamp;
            static EfCorePurchaseStore purchases = null!;
            static IEnumerable<Purchase> ReadPurchases() => [];
            static IEnumerable<Customer> ReadCustomers() => [];
            static ShopContext shop = null!;
            static CustomerCatalog catalog = null!;
            static AsyncServiceScope scope;
            static LocalDate asOf;
            """,
        ["src/Crm.Core.EntityFrameworkCore.PostgreSQL/README.md"] = """
            static CrmDbContext context = null!;
            static IEnumerable<Purchase> ReadPurchases(string path) => [];
            """,
    };

    // Types a page's examples use without declaring them (the application's own types, such as an Order entity). They
    // are added after a block that declares types of its own; blocks of statements get them through ByFile.
    private static readonly Dictionary<string, string> TypesByFile = new(StringComparer.Ordinal)
    {
        ["docs/persistence.md"] = "public sealed class Order { public int Id { get; set; } }",
    };

    public static string For(string file) => ByFile.TryGetValue(file, out var context) ? context : "";

    public static string TypesFor(string file) => TypesByFile.TryGetValue(file, out var types) ? types : "";
}
