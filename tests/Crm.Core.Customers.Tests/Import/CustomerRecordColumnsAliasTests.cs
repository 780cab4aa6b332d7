using System.Text;
using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Import;

/// <summary>Issue 14, point 6: header names in Persian and English map to the canonical columns, whatever the case,
/// surrounding space, separators and Persian keyboard.</summary>
public class CustomerRecordColumnsAliasTests
{
    private static readonly (string Column, string Spelling)[] Spellings =
        [.. CustomerRecordColumns.All.SelectMany(c => CustomerRecordColumns.Aliases[c].Prepend(c).Select(s => (c, s)))];

    [Theory]
    [InlineData("کد", "code")]
    [InlineData("کد مشتری", "code")]
    [InlineData("Customer ID", "code")]
    [InlineData("customer_id", "code")]
    [InlineData("id", "code")]
    [InlineData("نام", "first_name")]
    [InlineData("First Name", "first_name")]
    [InlineData("نام خانوادگی", "last_name")]
    [InlineData("Surname", "last_name")]
    [InlineData("نام شرکت", "company_name")]
    [InlineData("Company", "company_name")]
    [InlineData("کد ملی", "national_code")]
    [InlineData("شناسه ملی", "legal_entity_id")]
    [InlineData("کد اقتصادی", "economic_code")]
    [InlineData("کد پستی", "postal_code")]
    [InlineData("موبایل", "mobile")]
    [InlineData("تلفن همراه", "mobile")]
    [InlineData("Cell", "mobile")]
    [InlineData("تلفن", "phone")]
    [InlineData("ایمیل", "email")]
    [InlineData("پست الکترونیک", "email")]
    [InlineData("E-mail", "email")]
    [InlineData("شبا", "sheba")]
    [InlineData("استان", "province")]
    [InlineData("شهر", "city")]
    [InlineData("نشانی", "street")]
    [InlineData("آدرس", "street")]
    [InlineData("تاریخ تولد", "birth_date")]
    [InlineData("جنسیت", "gender")]
    [InlineData("عنوان", "title")]
    [InlineData("یادداشت", "notes")]
    [InlineData("Notes", "notes")]
    [InlineData("مالک", "owner")]
    [InlineData("کارشناس", "owner")]
    [InlineData("سطح", "rank")]
    [InlineData("گروه‌ها", "groups")]
    [InlineData("برچسب‌ها", "tags")]
    [InlineData("کانال جذب", "channel")]
    [InlineData("نوع", "kind")]
    [InlineData("تاريخ تاسيس", "establishment_date")]
    [InlineData("P.O. Box", "po_box")]
    public void Canonical_DocumentedSpellings_MapToTheirColumn(string header, string column) =>
        Assert.Equal(column, CustomerRecordColumns.Canonical(header));

    [Fact]
    public void Canonical_EveryCanonicalName_MapsToItself() =>
        Assert.All(CustomerRecordColumns.All, c => Assert.Equal(c, CustomerRecordColumns.Canonical(c)));

    [Theory]
    [InlineData("nickname")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("نام پدر")]
    [InlineData("code2")]
    public void Canonical_UnknownHeader_IsNull(string header) => Assert.Null(CustomerRecordColumns.Canonical(header));

    [Fact]
    public void Canonical_Null_Throws() => Assert.Throws<ArgumentNullException>(() => CustomerRecordColumns.Canonical(null!));

    [Fact]
    public void Aliases_CoverEveryColumn_AndNoSpellingNamesTwoColumns()
    {
        Assert.Equal(CustomerRecordColumns.All.Order(StringComparer.Ordinal), CustomerRecordColumns.Aliases.Keys.Order(StringComparer.Ordinal));
        Assert.All(Spellings, s => Assert.Equal(s.Column, CustomerRecordColumns.Canonical(s.Spelling)));
    }

    [Fact]
    public void ColumnLists_KindOnlyColumnsAreKnownAndDisjoint()
    {
        Assert.Empty(CustomerRecordColumns.IndividualOnly.Intersect(CustomerRecordColumns.CompanyOnly));
        Assert.Subset(CustomerRecordColumns.All.ToHashSet(), CustomerRecordColumns.IndividualOnly.Concat(CustomerRecordColumns.CompanyOnly).ToHashSet());
        Assert.Equal(CustomerRecordColumns.All.Count, CustomerRecordColumns.All.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AliasTable_InTheDocs_ListsEveryColumnWithItsKindAndAliases()
    {
        var docs = File.ReadAllText(Identifiers.IdentifierRulesDocsTests.DocsPath("customers.md"));
        foreach (var column in CustomerRecordColumns.All)
        {
            var kind = CustomerRecordColumns.IndividualOnly.Contains(column) ? "individuals"
                : CustomerRecordColumns.CompanyOnly.Contains(column) ? "companies" : "both";
            Assert.Contains($"| `{column}` | {kind} | {string.Join(", ", CustomerRecordColumns.Aliases[column])} |", docs, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void Canonical_UnderAnyCulture_GivesTheSameColumn(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("code", CustomerRecordColumns.Canonical("ID"));                  // Turkish would lower-case I to dotless ı
        Assert.Equal("bank_card", CustomerRecordColumns.Canonical("BANK CARD"));
        Assert.Equal(["NICKNAME"], CustomerRecordImporter.UnknownColumns(["KIND", "NICKNAME", "LAST NAME"]));
    }

    [Property(MaxTest = 500)]
    public Property Canonical_AnySpellingVariant_MapsToTheSameColumn() =>
        Prop.ForAll(
            Gen.Elements(Spellings).SelectMany(s => Variant(s.Spelling).Select(v => (s.Column, Variant: v))).ToArbitrary(),
            s => Assert.Equal(s.Column, CustomerRecordColumns.Canonical(s.Variant)));

    /// <summary>The spelling with random surrounding white space, random separators between its words (space, '_', '-',
    /// ZWNJ, two spaces or none), random case of each Latin letter and the Arabic keyboard's yeh and kaf at random.</summary>
    private static Gen<string> Variant(string spelling)
    {
        var words = spelling.Split([' ', '_', '-', '\u200C'], StringSplitOptions.RemoveEmptyEntries);
        var chars = string.Concat(words).Length;
        return
            from outer in Gen.Elements("", " ", "\t", "  ").Two()
            from separators in Gen.Elements(" ", "_", "-", "\u200C", "  ", "").ArrayOf(words.Length)
            from flips in Gen.Choose(0, 2).ArrayOf(chars)
            select Build(words, outer, separators, flips);
    }

    private static string Build(string[] words, (string Before, string After) outer, string[] separators, int[] flips)
    {
        var text = new StringBuilder(outer.Before);
        var k = 0;
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                text.Append(separators[w]);
            }

            foreach (var c in words[w])
            {
                var flip = flips[k++];
                text.Append(c switch
                {
                    >= 'a' and <= 'z' or >= 'A' and <= 'Z' => flip == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c),
                    'ی' => flip == 0 ? 'ي' : flip == 1 ? 'ى' : 'ی',
                    'ک' => flip == 0 ? 'ك' : 'ک',
                    _ => c,
                });
            }
        }

        return text.Append(outer.After).ToString();
    }
}
