using Crm.Core.Segmentation.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Segmentation.Tests.Rules;

public class SegmentPropertyTests
{
    [Property(MaxTest = 300)]
    public Property Evaluate_RandomDefinitionAndPopulation_InMemoryAndColumnarAgree() =>
        Prop.ForAll(SegmentGen.Definition.ToArbitrary(), SegmentGen.Population.ToArbitrary(), (definition, population) =>
        {
            var compiled = definition.Compile();
            var context = new SegmentContext(SegmentGen.AsOf);
            var inMemory = compiled.Evaluate(population, context);
            var snapshot = CustomerSnapshot.Build(population);
            var columnar = compiled.Evaluate(snapshot, context);
            return inMemory.Members.SequenceEqual(columnar.Members) && compiled.Count(snapshot, context) == inMemory.Count;
        });

    [Property(MaxTest = 60)]
    public Property Evaluate_PopulationSpanningSeveralWords_InMemoryAndColumnarAgree() =>
        Prop.ForAll(SegmentGen.Definition.ToArbitrary(), SegmentGen.LargePopulation.ToArbitrary(), (definition, population) =>
        {
            var compiled = definition.Compile();
            var context = new SegmentContext(SegmentGen.AsOf);
            var inMemory = compiled.Evaluate(population, context);
            var snapshot = CustomerSnapshot.Build(population);
            return inMemory.Members.SequenceEqual(compiled.Evaluate(snapshot, context).Members)
                && compiled.Count(snapshot, context) == inMemory.Count;
        });

    [Property(MaxTest = 300)]
    public Property Serialize_ThenParse_RoundTrips() =>
        Prop.ForAll(SegmentGen.Definition.ToArbitrary(), definition =>
        {
            var json = SegmentDefinitionJson.Serialize(definition);
            var parsed = SegmentDefinitionJson.Parse(json);
            return SegmentDefinitionJson.Serialize(parsed) == json
                && parsed.Name == definition.Name && parsed.Version == definition.Version && parsed.Description == definition.Description;
        });

    [Property(MaxTest = 100)]
    public Property Evaluate_NegatedOperator_IsComplementOfPositive() =>
        Prop.ForAll(SegmentGen.Population.ToArbitrary(), Gen.Elements("city", "firstName", "tags", "owner").ToArbitrary(), (population, field) =>
        {
            var context = new SegmentContext(SegmentGen.AsOf);
            var yes = People.Define(People.When(field, SegmentOperator.In, "تهران", "علی", "vip", "sara")).Compile().Evaluate(population, context);
            var no = People.Define(People.When(field, SegmentOperator.NotIn, "تهران", "علی", "vip", "sara")).Compile().Evaluate(population, context);
            return yes.Count + no.Count == population.Count && !yes.Members.Intersect(no.Members).Any();
        });
}
