using NodaTime;

namespace Crm.Core.Customers.Tests;

/// <summary>The C# block of src/Crm.Core.Customers/README.md (after its usings), compiled and run here.</summary>
public class PackageReadmeTests
{
    [Fact]
    public void PackageReadme_Example_Runs()
    {
        using var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            // --- src/Crm.Core.Customers/README.md begins ---
            var stamp = new ChangeStamp("reza", SystemClock.Instance.GetCurrentInstant());
            var sara = Individual.Create(CustomerCode.Parse("C-1001"), new IndividualProfile
            {
                FirstName = "سارا",
                LastName = "محمدي",                                  // stored as «محمدی»
                NationalCode = NationalCode.Parse("۰۰۸۴۵۷۵۹۴۸"),       // stored as "0084575948"
            }, stamp);
            sara.AddPhone(ContactPhone.Mobile(IranianMobile.Parse("0912 345 6789")), stamp);

            var store = new InMemoryCustomerStore();
            store.TryAdd(sara);
            var found = store.Search(new CustomerQuery { Text = "محمدی", Phone = "+989123456789" });

            if (!NationalCode.TryParse("0084575949", out _, out var error))
                Console.WriteLine(error!.Message);    // names the rule (national-code.checksum) and the value, masked: '008******9'

            var card = BankCardNumber.Parse("۶۰۳۷-۹۹۱۲-۳۴۵۶-۷۸۹۳");
            Console.WriteLine($"{card:M} {card.Bank.PersianName}");   // 6037-99**-****-7893 بانک ملی ایران
            // --- src/Crm.Core.Customers/README.md ends ---

            Assert.Single(found);
        }
        finally
        {
            Console.SetOut(previous);
        }

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Rule 'national-code.checksum' failed for value '008******9'", lines[0], StringComparison.Ordinal);
        Assert.Equal("6037-99**-****-7893 بانک ملی ایران", lines[1]);
    }
}
