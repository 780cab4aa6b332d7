using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using FsCheck;
using Microsoft.Extensions.Configuration;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Identifiers;

/// <summary>The .NET plumbing every identifier shares: parsing and formatting interfaces, TypeConverter, JSON, DataAnnotations.</summary>
public class IdentifierInteropTests
{
    public static TheoryData<string, string, string> Samples => new()
    {
        // type, text as typed, canonical value
        { nameof(NationalCode), "۰۴۹-۹۳۷۰۸۹-۹", "0499370899" },
        { nameof(LegalEntityId), "1038-0284-790", "10380284790" },
        { nameof(EconomicCode), "0499370899-1234", "04993708991234" },
        { nameof(PostalCode), "11936-53471", "1193653471" },
        { nameof(IranianMobile), "0912 345 6789", "+989123456789" },
        { nameof(IranianLandline), "(021) 1234-5678", "+982112345678" },
        { nameof(Sheba), "ir06-2960-0000-0010-0324-2000-01", "IR062960000000100324200001" },
        { nameof(BankCardNumber), "6037 9912 3456 7893", "6037991234567893" },
        { nameof(CustomerCode), " C-۱۰۰۱ ", "C-1001" },
    };

    public static TheoryData<string, string, string> Invalid => new()
    {
        // type, invalid text, rule
        { nameof(NationalCode), "0499370898", "national-code.checksum" },
        { nameof(LegalEntityId), "10380284792", "legal-entity-id.checksum" },
        { nameof(EconomicCode), "123", "economic-code.length" },
        { nameof(PostalCode), "0423437584", "postal-code.forbidden-digit" },
        { nameof(IranianMobile), "02112345678", "mobile.prefix" },
        { nameof(IranianLandline), "09123456789", "landline.area-code" },
        { nameof(Sheba), "IR062960000000100324200002", "sheba.mod97" },
        { nameof(BankCardNumber), "6037991234567890", "bank-card.luhn" },
        { nameof(CustomerCode), "C 1001", "customer-code.character" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryIdentifier_ParsesThroughEveryEntryPoint_AndWritesCanonicalText(string type, string text, string canonical)
    {
        var results = type switch
        {
            nameof(NationalCode) => Check<NationalCode>(text),
            nameof(LegalEntityId) => Check<LegalEntityId>(text),
            nameof(EconomicCode) => Check<EconomicCode>(text),
            nameof(PostalCode) => Check<PostalCode>(text),
            nameof(IranianMobile) => Check<IranianMobile>(text),
            nameof(IranianLandline) => Check<IranianLandline>(text),
            nameof(Sheba) => Check<Sheba>(text),
            nameof(BankCardNumber) => Check<BankCardNumber>(text),
            nameof(CustomerCode) => Check<CustomerCode>(text),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
        Assert.All(results, r => Assert.Equal(canonical, r));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void EveryIdentifier_RejectsInvalidTextEverywhere_NamingTheRule(string type, string text, string rule)
    {
        var messages = type switch
        {
            nameof(NationalCode) => Reject<NationalCode>(text),
            nameof(LegalEntityId) => Reject<LegalEntityId>(text),
            nameof(EconomicCode) => Reject<EconomicCode>(text),
            nameof(PostalCode) => Reject<PostalCode>(text),
            nameof(IranianMobile) => Reject<IranianMobile>(text),
            nameof(IranianLandline) => Reject<IranianLandline>(text),
            nameof(Sheba) => Reject<Sheba>(text),
            nameof(BankCardNumber) => Reject<BankCardNumber>(text),
            nameof(CustomerCode) => Reject<CustomerCode>(text),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
        Assert.All(messages, m => Assert.Contains($"'{rule}'", m, StringComparison.Ordinal));
    }

    /// <summary>Parses through IParsable, ISpanParsable, the TypeConverter and JSON; returns the canonical text each gives.</summary>
    private static List<string> Check<T>(string text)
        where T : struct, IIdentifier<T>
    {
        var results = new List<string>();
        results.Add(Parse<T>(text).Value);
        Assert.True(TryParse<T>(text, out var parsed));
        results.Add(parsed.Value);
        results.Add(SpanParse<T>(text.AsSpan()).Value);
        Assert.True(SpanTryParse<T>(text.AsSpan(), out var spanParsed));
        results.Add(spanParsed.Value);

        var converter = TypeDescriptor.GetConverter(typeof(T));
        Assert.True(converter.CanConvertFrom(typeof(string)));
        Assert.True(converter.IsValid(text));
        var converted = (T)converter.ConvertFromInvariantString(text)!;
        results.Add(converted.Value);
        results.Add(converter.ConvertToInvariantString(converted)!);

        var json = JsonSerializer.Serialize(parsed);
        Assert.Equal(JsonSerializer.Serialize(parsed.Value), json);
        results.Add(JsonSerializer.Deserialize<T>(json).Value);
        results.Add(JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(text)).Value);
        results.Add(JsonSerializer.Deserialize<T?>("null") is null ? parsed.Value : "nullable null gave a value");
        var map = JsonSerializer.Deserialize<Dictionary<T, int>>(JsonSerializer.Serialize(new Dictionary<T, int> { [parsed] = 1 }))!;
        results.Add(map.Single().Key.Value);

        results.Add(parsed.ToString("G", CultureInfo.GetCultureInfo("fa-IR")));
        results.Add(parsed.ToString(null, null));
        results.Add(Parse<T>(parsed.ToString("D", null)).Value);
        Span<char> buffer = stackalloc char[64];
        Assert.True(parsed.TryFormat(buffer, out var written, "G", null));
        results.Add(buffer[..written].ToString());
        Assert.False(parsed.TryFormat(buffer[..1], out written, "G", null));
        Assert.Equal(0, written);
        Assert.Throws<FormatException>(() => parsed.ToString("X", null));
        return results;
    }

    private static List<string> Reject<T>(string text)
        where T : struct, IIdentifier<T>
    {
        var messages = new List<string>();
        Assert.False(TryParse<T>(text, out var result));
        Assert.Equal(default, result);
        Assert.False(SpanTryParse<T>(text.AsSpan(), out _));
        messages.Add(Assert.Throws<FormatException>(() => Parse<T>(text)).Message);
        messages.Add(Assert.Throws<FormatException>(() => SpanParse<T>(text.AsSpan())).Message);
        var converter = TypeDescriptor.GetConverter(typeof(T));
        Assert.False(converter.IsValid(text));
        messages.Add(Assert.Throws<FormatException>(() => converter.ConvertFromInvariantString(text)).Message);

        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Holder<T>>($$"""{"Id":{{JsonSerializer.Serialize(text)}}}"""));
        Assert.Equal("$.Id", ex.Path);
        Assert.EndsWith("Path: $.Id.", ex.Message, StringComparison.Ordinal);
        messages.Add(ex.Message);
        return messages;
    }

    private static T Parse<T>(string s) where T : IParsable<T> => T.Parse(s, CultureInfo.InvariantCulture);

    private static bool TryParse<T>(string s, out T result) where T : IParsable<T> => T.TryParse(s, CultureInfo.InvariantCulture, out result!);

    private static T SpanParse<T>(ReadOnlySpan<char> s) where T : ISpanParsable<T> => T.Parse(s, null);

    private static bool SpanTryParse<T>(ReadOnlySpan<char> s, out T result) where T : ISpanParsable<T> => T.TryParse(s, null, out result!);

    public sealed record Holder<T>(T Id);

    public sealed record OptionalHolder(NationalCode? Id);

    [Theory]
    [InlineData("""{"Id":null}""", "JSON string; found Null")]
    [InlineData("""{"Id":""}""", "'national-code.empty'")]
    [InlineData("""{"Id":84575948}""", "JSON string; found Number")]
    [InlineData("""{"Id":{"Value":"0084575948"}}""", "JSON string; found StartObject")]
    public void Json_NeverProducesAnEmptyValue(string json, string expected)
    {
        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Holder<NationalCode>>(json));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.Id", ex.Path);
    }

    [Fact]
    public void Json_OptionalIdentifier_RoundTripsNull_AndWritingDefaultThrows()
    {
        Assert.Equal("""{"Id":null}""", JsonSerializer.Serialize(new OptionalHolder(null)));
        Assert.Null(JsonSerializer.Deserialize<OptionalHolder>("""{"Id":null}""")!.Id);
        Assert.Equal("""{"Id":"0084575948"}""", JsonSerializer.Serialize(new OptionalHolder(NationalCode.Parse("84575948"))));
        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(new Holder<NationalCode>(default)));
        Assert.Contains("default(NationalCode)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_IssueExample_IsAStringBothWays()
    {
        Assert.Equal("\"0084575948\"", JsonSerializer.Serialize(NationalCode.Parse("0084575948")));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<NationalCode>("""{"Value":"0084575948"}"""));
    }

    public sealed class SignUp
    {
        [Identifier<NationalCode>]
        public string? NationalCode { get; set; }

        [Identifier<BankCardNumber>]
        public string? Card { get; set; }

        [Identifier<IranianMobile>]
        public IranianMobile Mobile { get; set; }
    }

    [Fact]
    public void DataAnnotations_ReportEachInvalidMember_WithTheRule()
    {
        var model = new SignUp { NationalCode = "0499370898", Card = "6037991234567893", Mobile = default };
        var results = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true));
        Assert.Equal(2, results.Count);
        Assert.Equal(["NationalCode"], results[0].MemberNames);
        Assert.Contains("'national-code.checksum'", results[0].ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(["Mobile"], results[1].MemberNames);

        var valid = new SignUp { NationalCode = "0499370899", Card = null, Mobile = IranianMobile.Parse("09123456789") };
        Assert.True(Validator.TryValidateObject(valid, new ValidationContext(valid), results = [], validateAllProperties: true));
        Assert.Empty(results);
    }

    [Property]
    public Property EveryIdentifier_RoundTripsThroughJsonAndEveryFormat_InEveryDigitScript() =>
        Prop.ForAll(
            Gen.OneOf(
                Generators.ValidNationalCode().Select(Identity<NationalCode>),
                Generators.ValidLegalEntityId().Select(Identity<LegalEntityId>),
                Generators.ValidLegalEntityId().Select(Identity<EconomicCode>),
                Generators.ValidNationalCode().SelectMany(n => Generators.DigitString(4).Select(s => n + s)).Select(Identity<EconomicCode>),
                Generators.ValidPostalCode().Select(Identity<PostalCode>),
                Generators.MobileNationalNumber().Select(n => "0" + n).Select(Identity<IranianMobile>),
                Generators.DigitString(8).Select(n => "021" + n).Select(Identity<IranianLandline>),
                Generators.ValidSheba().Select(Identity<Sheba>),
                Generators.ValidBankCard().Select(Identity<BankCardNumber>),
                Gen.Elements("ABCKxyz0123456789-_./".ToCharArray()).NonEmptyListOf().Select(c => new string(c.Take(64).ToArray())).Select(Identity<CustomerCode>)).ToArbitrary(),
            check => check());

    /// <summary>Builds a check that the text round-trips for one identifier type.</summary>
    private static Func<bool> Identity<T>(string ascii)
        where T : struct, IIdentifier<T> => () =>
    {
        var value = Parse<T>(ascii);
        return value.Value.Length > 0
            && Parse<T>(Generators.ToPersian(ascii)).Equals(value)
            && Parse<T>(Generators.ToArabicIndic(ascii)).Equals(value)
            && Parse<T>(value.Value).Equals(value)
            && Parse<T>(value.ToString("D", null)).Equals(value)
            && Parse<T>(Generators.ToPersian(value.ToString("D", null))).Equals(value)
            && JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value)).Equals(value)
            && ((T)TypeDescriptor.GetConverter(typeof(T)).ConvertFromInvariantString(value.Value)!).Equals(value);
    };

    public sealed class PayoutSettings
    {
        public BankCardNumber Card { get; set; }

        public IranianMobile? Mobile { get; set; }

        public List<NationalCode> Approvers { get; set; } = [];
    }

    [Fact]
    public void ConfigurationBinding_UsesTheTypeConverter()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Payout:Card"] = "۶۰۳۷-۹۹۱۲-۳۴۵۶-۷۸۹۳",
                ["Payout:Mobile"] = "0912 345 6789",
                ["Payout:Approvers:0"] = "84575948",
            })
            .Build();

        var settings = Microsoft.Extensions.Configuration.ConfigurationBinder.Get<PayoutSettings>(configuration.GetSection("Payout"))!;

        Assert.Equal("6037991234567893", settings.Card.Value);
        Assert.Equal("+989123456789", settings.Mobile!.Value.Value);
        Assert.Equal("0084575948", Assert.Single(settings.Approvers).Value);
    }

    [Fact]
    public void ConfigurationBinding_InvalidValue_FailsNamingTheRule()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Payout:Card"] = "6037991234567890" })
            .Build();

        var ex = Assert.Throws<InvalidOperationException>(() => Microsoft.Extensions.Configuration.ConfigurationBinder.Get<PayoutSettings>(configuration.GetSection("Payout")));
        Assert.Contains("bank-card.luhn", ex.ToString(), StringComparison.Ordinal);
    }
}
