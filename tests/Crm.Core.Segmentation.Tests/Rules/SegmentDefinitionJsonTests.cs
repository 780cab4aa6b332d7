using Crm.Core.Segmentation.Tests.Support;

namespace Crm.Core.Segmentation.Tests.Rules;

public class SegmentDefinitionJsonTests
{
    private const string Valid = """
        {
          "name": "Tehran champions",
          "description": "بهترین مشتریان تهران",
          "version": 2,
          "condition": { "all": [
            { "field": "city", "op": "equals", "value": "تهران" },
            { "any": [
              { "field": "rfmSegment", "op": "in", "value": ["Champions", "Loyal Customers"] },
              { "field": "birthDate", "op": "anniversaryWithinDays", "value": 7 },
              { "field": "monetary", "op": "between", "value": [1000, 5000.5] } ] } ] }
        }
        """;

    [Fact]
    public void Parse_ValidDefinition_ReadsTree()
    {
        var definition = SegmentDefinitionJson.Parse(Valid);

        Assert.Equal(("Tehran champions", 2), (definition.Name, definition.Version));
        var root = Assert.IsType<SegmentGroup>(definition.Condition);
        Assert.Equal(SegmentCombinator.All, root.Combinator);
        var any = Assert.IsType<SegmentGroup>(root.Children[1]);
        var between = Assert.IsType<SegmentCondition>(any.Children[2]);
        Assert.Equal(["1000", "5000.5"], between.Values);
    }

    [Fact]
    public void Serialize_PersianText_WrittenReadably()
    {
        var json = SegmentDefinitionJson.Serialize(SegmentDefinitionJson.Parse(Valid));

        Assert.Contains("\"تهران\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": 7", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_UnknownField_NamesPathInTree()
    {
        var json = Valid.Replace("\"rfmSegment\"", "\"rfmSegmnt\"", StringComparison.Ordinal);

        Assert.False(SegmentDefinitionJson.TryParse(json, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal("$.condition.all[1].any[0].field", error.Field);
        Assert.Equal("segment.unknown-field", error.Rule);
        Assert.Contains("$.condition.all[1].any[0].field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_WrongOperatorForType_NamesPathAndAllowedOperators()
    {
        var json = Valid.Replace("\"anniversaryWithinDays\"", "\"contains\"", StringComparison.Ordinal);

        Assert.False(SegmentDefinitionJson.TryParse(json, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal("$.condition.all[1].any[1].op", error.Field);
        Assert.Contains("anniversaryWithinDays", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"x","condition":{"field":"monetary","op":"greaterThan","value":"lots"}}""", "$.condition.value", "segment.value.number")]
    [InlineData("""{"name":"x","condition":{"field":"birthDate","op":"before","value":"1404/13/01"}}""", "$.condition.value", "segment.value.date")]
    [InlineData("""{"name":"x","condition":{"field":"birthDate","op":"inPersianMonth","value":13}}""", "$.condition.value", "segment.value.integer")]
    [InlineData("""{"name":"x","condition":{"field":"city","op":"between","value":["a","b"]}}""", "$.condition.op", "segment.operator")]
    [InlineData("""{"name":"x","condition":{"field":"city","op":"equals"}}""", "$.condition.value", "segment.arity")]
    [InlineData("""{"name":"x","condition":{"all":[{"feild":"city","op":"equals","value":"a"}]}}""", "$.condition.all[0].feild", "segment.json.property")]
    [InlineData("""{"name":"x","condition":{"field":"city","op":"like","value":"a"}}""", "$.condition.op", "segment.operator")]
    [InlineData("""{"name":"x","version":0,"condition":{"all":[]}}""", "$.version", "segment.version")]
    [InlineData("""{"name":"x", "condition": """, "$", "segment.json")]
    public void TryParse_InvalidDefinition_ReportsPathAndRule(string json, string path, string rule)
    {
        Assert.False(SegmentDefinitionJson.TryParse(json, out var definition, out var errors));

        Assert.Null(definition);
        Assert.Contains(errors, e => e.Field == path && e.Rule == rule);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithEveryProblem()
    {
        const string json = """{"name":"x","condition":{"all":[{"field":"a","op":"equals","value":"1"},{"field":"b","op":"equals","value":"1"}]}}""";

        var ex = Assert.Throws<FormatException>(() => SegmentDefinitionJson.Parse(json));

        Assert.Contains("$.condition.all[0].field", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.condition.all[1].field", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_InvalidDefinition_ThrowsArgumentExceptionWithPath()
    {
        var definition = People.Define(People.When("city", SegmentOperator.GreaterThan, "1"));

        var ex = Assert.Throws<ArgumentException>(() => definition.Compile());

        Assert.Contains("$.condition.op", ex.Message, StringComparison.Ordinal);
    }
}
