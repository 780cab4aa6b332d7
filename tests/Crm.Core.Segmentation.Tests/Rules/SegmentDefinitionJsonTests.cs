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

public class SegmentDefinitionJsonHostileInputTests
{
    [Theory]
    [InlineData("""{"name":"x","version":"1","condition":{"field":"city","op":"equals","value":"a"}}""", "$.version", "segment.version")]
    [InlineData("""{"name":"x","version":null,"condition":{"field":"city","op":"equals","value":"a"}}""", "$.version", "segment.version")]
    [InlineData("""{"name":"x","version":1.5,"condition":{"field":"city","op":"equals","value":"a"}}""", "$.version", "segment.version")]
    [InlineData("""{"name":"\ud800","condition":{"field":"city","op":"equals","value":"a"}}""", "$.name", "segment.json.text")]
    [InlineData("""{"name":"x","condition":{"field":"city","op":"equals","value":"a\udc00b"}}""", "$.condition.value", "segment.json.text")]
    [InlineData("""{"name":"x","condition":{"field":"\ud800","op":"equals","value":"a"}}""", "$.condition.field", "segment.json.text")]
    [InlineData("""{"name":"x","condition":{"field":"birthDate","op":"before","value":"0000-01-01"}}""", "$.condition.value", "segment.value.date")]
    [InlineData("""{"name":"x","condition":{"field":"birthDate","op":"before","value":"-0001-01-01"}}""", "$.condition.value", "segment.value.date")]
    [InlineData("""{"name":"x","condition":{"field":"lastPurchase","op":"after","value":"0000/01/01"}}""", "$.condition.value", "segment.value.date")]
    public void TryParse_HostileValue_ReportsInsteadOfThrowing(string json, string path, string rule)
    {
        Assert.False(SegmentDefinitionJson.TryParse(json, out var definition, out var errors));

        Assert.Null(definition);
        Assert.Contains(errors, e => e.Field == path && e.Rule == rule);
    }

    [Theory]
    [InlineData("""{"name":"x","condition":{"all":[]}}""", "$.condition.all", "every customer")]
    [InlineData("""{"name":"x","condition":{"any":[{"field":"city","op":"equals","value":"a"},{"all":[]}]}}""", "$.condition.any[1].all", "every customer")]
    [InlineData("""{"name":"x","condition":{"any":[]}}""", "$.condition.any", "no customer")]
    public void TryParse_EmptyGroup_IsAnErrorNotEveryoneOrNoOne(string json, string path, string says)
    {
        Assert.False(SegmentDefinitionJson.TryParse(json, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal((path, "segment.group.empty"), (error.Field, error.Rule));
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_RawLoneSurrogate_ReportsInsteadOfThrowing()
    {
        var json = "{\"name\":\"x\uD800\",\"condition\":{\"field\":\"city\",\"op\":\"equals\",\"value\":\"a\"}}";

        Assert.False(SegmentDefinitionJson.TryParse(json, out _, out var errors));

        Assert.Contains(errors, e => e.Rule == "segment.json.text");
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public void TryParse_AnyText_NeverThrows(string? text, char c, FsCheck.PositiveInt at)
    {
        // Random text, and valid definitions with one character (surrogates included) spliced in anywhere.
        const string valid = """{"name":"x","version":2,"condition":{"all":[{"field":"birthDate","op":"before","value":"1400/01/01"}]}}""";
        var spliced = valid.Insert(at.Get % valid.Length, c.ToString());

        SegmentDefinitionJson.TryParse(text, out _, out var errors1);
        var ok = SegmentDefinitionJson.TryParse(spliced, out var definition, out var errors2);

        Assert.True(ok ? errors2.Count == 0 && definition is not null : errors2.Count > 0);
        Assert.NotNull(errors1);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(498)]
    public void DeepTree_SerialisesAndParsesBack(int depth)
    {
        SegmentNode node = new SegmentCondition("city", SegmentOperator.EqualTo, ["a"]);
        for (var i = 0; i < depth; i++)
        {
            node = new SegmentGroup(i % 2 == 0 ? SegmentCombinator.All : SegmentCombinator.Any, [node]);
        }

        var json = SegmentDefinitionJson.Serialize(new SegmentDefinition("deep", null, 1, node), indented: false);

        Assert.True(SegmentDefinitionJson.TryParse(json, out var back, out var errors), string.Join(" ", errors.Select(e => e.Message)));
        Assert.Equal(json, SegmentDefinitionJson.Serialize(back, indented: false));
    }

    [Fact]
    public void TooDeepTree_IsRejectedOnBothSides()
    {
        SegmentNode node = new SegmentCondition("city", SegmentOperator.EqualTo, ["a"]);
        for (var i = 0; i < 600; i++)
        {
            node = new SegmentGroup(SegmentCombinator.All, [node]);
        }

        Assert.Throws<InvalidOperationException>(() => SegmentDefinitionJson.Serialize(new SegmentDefinition("deep", null, 1, node)));
        var json = string.Concat(Enumerable.Repeat("{\"all\":[", 600)) + "{\"field\":\"city\",\"op\":\"equals\",\"value\":\"a\"}" + string.Concat(Enumerable.Repeat("]}", 600));
        Assert.False(SegmentDefinitionJson.TryParse("{\"name\":\"x\",\"condition\":" + json + "}", out _, out var errors));
        Assert.Contains(errors, e => e.Rule == "segment.json");
    }
}
