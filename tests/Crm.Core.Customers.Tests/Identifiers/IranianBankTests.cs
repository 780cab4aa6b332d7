namespace Crm.Core.Customers.Tests.Identifiers;

public class IranianBankTests
{
    [Theory]
    [InlineData("IR820540102680020817909002", "parsian", "054")]
    [InlineData("IR550570022080013447370101", "pasargad", "057")]
    public void ShebaBank_FromBankCode_IsNamed(string sheba, string id, string code)
    {
        var bank = Sheba.Parse(sheba).Bank;
        Assert.Equal((true, id, code), (bank.IsKnown, bank.Id, bank.ShebaCode));
    }

    [Fact]
    public void ShebaBank_UnlistedCode_SaysUnknown()
    {
        // IR06 296…: the IBAN registry's example account; 296 is not an Iranian bank code.
        Assert.Equal(IranianBank.Unknown, Sheba.Parse("IR062960000000100324200001").Bank);
        Assert.Equal(IranianBank.Unknown, default(Sheba).Bank);
    }

    [Fact]
    public void Table_HasUniqueIdsCodesAndPrefixes_OfTheRightShape()
    {
        var all = IranianBank.All;
        Assert.True(all.Count >= 30);
        Assert.Equal(all.Count, all.Select(b => b.Id).Distinct().Count());
        Assert.Equal(all.Count, all.Select(b => b.ShebaCode).Distinct().Count());
        var prefixes = all.SelectMany(b => b.CardPrefixes).ToList();
        Assert.Equal(prefixes.Count, prefixes.Distinct().Count());
        Assert.All(all, b => Assert.Matches("^[0-9]{3}$", b.ShebaCode));
        Assert.All(prefixes, p => Assert.Matches("^[0-9]{6}$", p));
        Assert.DoesNotContain("504706", prefixes);       // disputed between sources: left unknown
    }

    [Fact]
    public void CardAndSheba_OfTheSameBank_NameItTheSameWay()
    {
        foreach (var bank in IranianBank.All.Where(b => b.CardPrefixes.Count > 0))
        {
            var fifteen = bank.CardPrefixes[0] + "000000000";
            var card = Enumerable.Range(0, 10).Select(c => fifteen + (char)('0' + c)).First(Reference.LuhnHolds);
            Assert.Equal(bank, BankCardNumber.Parse(card).Bank);
            var sheba = Reference.IranianIban(bank.ShebaCode + "0000000000000000001");
            Assert.Equal(bank, Sheba.Parse(sheba).Bank);
        }
    }

    [Fact]
    public void Table_IsListedInTheDocs()
    {
        var docs = File.ReadAllText(IdentifierRulesDocsTests.DocsPath("identifiers.md"));
        foreach (var bank in IranianBank.All)
        {
            var prefixes = bank.CardPrefixes.Count == 0 ? "—" : string.Join(", ", bank.CardPrefixes);
            Assert.Contains($"| {bank.ShebaCode} | {prefixes} | `{bank.Id}` | {bank.EnglishName} | {bank.PersianName} |", docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Equality_IsById_AndToStringIsEnglishName()
    {
        Assert.Equal(IranianBank.All[0], IranianBank.All[0]);
        Assert.NotEqual(IranianBank.All[0], IranianBank.All[1]);
        Assert.Equal(IranianBank.All[0].GetHashCode(), IranianBank.All[0].GetHashCode());
        Assert.Equal("Unknown", IranianBank.Unknown.ToString());
        Assert.Equal(IranianBank.All[0].EnglishName, IranianBank.All[0].ToString());
    }
}
