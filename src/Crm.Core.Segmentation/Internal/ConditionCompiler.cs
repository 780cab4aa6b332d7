using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.Persian;
using NodaTime.Text;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Validates a condition tree and compiles it; every error names its JSON path.</summary>
internal static class ConditionCompiler
{
    public static CompiledNode? Compile(SegmentNode? node, string path, List<ValidationError> errors)
    {
        switch (node)
        {
            case SegmentGroup group:
                var key = group.Combinator == SegmentCombinator.All ? "all" : "any";
                if (!Enum.IsDefined(group.Combinator))
                {
                    errors.Add(SegmentErrors.At(path, "segment.combinator", group.Combinator.ToString(), "a group combines with all or any"));
                    return null;
                }

                if (group.Children is not { Count: > 0 })
                {
                    // "all": [] is vacuously true and "any": [] false: a definition that selects everyone or no one
                    // because a list was left empty is almost surely a mistake.
                    errors.Add(SegmentErrors.At($"{path}.{key}", "segment.group.empty", "[]",
                        $"a group needs at least one node; an empty '{key}' would match {(group.Combinator == SegmentCombinator.All ? "every customer" : "no customer")}"));
                    return null;
                }

                var children = new CompiledNode?[group.Children.Count];
                for (var i = 0; i < children.Length; i++)
                {
                    children[i] = Compile(group.Children![i], $"{path}.{key}[{i}]", errors);
                }

                return children.Any(c => c is null) ? null : new CompiledGroup(group.Combinator, children!);
            case SegmentCondition condition:
                return CompileCondition(condition, path, errors);
            default:
                errors.Add(SegmentErrors.At(path, "segment.node", string.Empty, "a node is a group (all/any) or a condition (field, op, value)"));
                return null;
        }
    }

    private static CompiledCondition? CompileCondition(SegmentCondition c, string path, List<ValidationError> errors)
    {
        if (c.Field is null || !FieldCatalog.ByName.TryGetValue(c.Field, out var field))
        {
            errors.Add(SegmentErrors.At(path + ".field", "segment.unknown-field", c.Field ?? string.Empty,
                "unknown field; known fields are " + string.Join(", ", SegmentFields.Names)));
            return null;
        }

        if (!FieldCatalog.Operators(field.Type).Contains(c.Operator))
        {
            errors.Add(SegmentErrors.At(path + ".op", "segment.operator", SegmentOperatorNames.ToJson(c.Operator),
                $"operator does not apply to {field.Type.ToString().ToLowerInvariant()} field '{field.Name}'; use one of "
                + string.Join(", ", FieldCatalog.Operators(field.Type).Select(SegmentOperatorNames.ToJson))));
            return null;
        }

        var values = c.Values ?? [];
        var (min, max) = Arity(c.Operator);
        if (values.Count < min || values.Count > max)
        {
            var expected = min == max ? min.ToString(CultureInfo.InvariantCulture) : max == int.MaxValue ? $"at least {min}" : $"{min} to {max}";
            errors.Add(SegmentErrors.At(path + ".value", "segment.arity", values.Count.ToString(CultureInfo.InvariantCulture),
                $"operator '{SegmentOperatorNames.ToJson(c.Operator)}' takes {expected} value(s)"));
            return null;
        }

        var before = errors.Count;
        var valuePath = path + ".value";
        var result = c.Operator switch
        {
            SegmentOperator.IsEmpty or SegmentOperator.IsNotEmpty => new CompiledCondition { Field = field, Operator = c.Operator },
            _ when field.Type is SegmentFieldType.Text or SegmentFieldType.TextSet => new CompiledCondition
            {
                Field = field, Operator = c.Operator,
                Texts = values.Select((v, i) => Text(field.Name == "rfmSegment" ? EnglishSegmentName(v) : v, Item(valuePath, values.Count, i), errors)).ToArray(),
            },
            _ when field.Type == SegmentFieldType.Number => new CompiledCondition
            {
                Field = field, Operator = c.Operator, Numbers = values.Select((v, i) => Number(v, Item(valuePath, values.Count, i), errors)).ToArray(),
            },
            SegmentOperator.InLastDays or SegmentOperator.InNextDays or SegmentOperator.AnniversaryWithinDays => new CompiledCondition
            {
                Field = field, Operator = c.Operator, Count = Integer(values[0], valuePath, 0, 36_600, errors),
            },
            SegmentOperator.InPersianMonth => new CompiledCondition
            {
                Field = field, Operator = c.Operator, Month = Integer(values[0], Item(valuePath, values.Count, 0), 1, 12, errors),
                Year = values.Count > 1 ? Integer(values[1], Item(valuePath, values.Count, 1), 1, 9_000, errors) : 0,
            },
            SegmentOperator.InPersianYear => new CompiledCondition
            {
                Field = field, Operator = c.Operator, Year = Integer(values[0], valuePath, 1, 9_000, errors),
            },
            _ => new CompiledCondition
            {
                Field = field, Operator = c.Operator, Days = values.Select((v, i) => Date(v, Item(valuePath, values.Count, i), errors)).ToArray(),
            },
        };
        return errors.Count == before ? result : null;
    }

    private static string Item(string path, int count, int i) => count > 1 ? $"{path}[{i}]" : path;

    private static (int Min, int Max) Arity(SegmentOperator op) => op switch
    {
        SegmentOperator.IsEmpty or SegmentOperator.IsNotEmpty => (0, 0),
        SegmentOperator.Between => (2, 2),
        SegmentOperator.In or SegmentOperator.NotIn => (1, int.MaxValue),
        SegmentOperator.InPersianMonth => (1, 2),
        _ => (1, 1),
    };

    /// <summary>The default RFM segments by their Persian names (folded), so that <c>rfmSegment</c> conditions may name a
    /// segment in Persian («در خواب زمستانی») or English ("Hibernating"): customers carry the English name.</summary>
    private static readonly Dictionary<string, string> PersianSegmentNames = RfmSegmentMap.Default.Rules
        .Where(r => r.PersianName is not null)
        .GroupBy(r => CompiledCondition.FoldValue(r.PersianName)!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    private static string? EnglishSegmentName(string? value) =>
        CompiledCondition.FoldValue(value) is { } folded && PersianSegmentNames.TryGetValue(folded, out var english) ? english : value;

    private static string Text(string? value, string path, List<ValidationError> errors)
    {
        var folded = CompiledCondition.FoldValue(value);
        if (folded is null)
        {
            errors.Add(SegmentErrors.At(path, "segment.value.text", value ?? string.Empty, "a text operand must not be empty"));
            return string.Empty;
        }

        return folded;
    }

    private static decimal Number(string? value, string path, List<ValidationError> errors)
    {
        if (value is not null && decimal.TryParse(PersianDigits.ToAscii(value).Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(SegmentErrors.At(path, "segment.value.number", value ?? string.Empty, "expected a number with '.' as decimal point"));
        return 0m;
    }

    private static int Integer(string? value, string path, int min, int max, List<ValidationError> errors)
    {
        if (value is not null && int.TryParse(PersianDigits.ToAscii(value).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            && n >= min && n <= max)
        {
            return n;
        }

        errors.Add(SegmentErrors.At(path, "segment.value.integer", value ?? string.Empty, $"expected a whole number from {min} to {max}"));
        return min;
    }

    private static int Date(string? value, string path, List<ValidationError> errors)
    {
        var text = value is null ? string.Empty : PersianDigits.ToAscii(value).Trim();
        if (text.Contains('/', StringComparison.Ordinal) && PersianDateFormat.TryParse(text, out var persian))
        {
            return CompiledCondition.DayNumber(persian)!.Value;
        }

        var iso = LocalDatePattern.Iso.Parse(text);
        if (!text.Contains('/', StringComparison.Ordinal) && iso.Success)
        {
            if (iso.Value.Year >= 1)
            {
                return CompiledCondition.DayNumber(iso.Value)!.Value;
            }

            errors.Add(SegmentErrors.At(path, "segment.value.date", value ?? string.Empty,
                "the date is before 0001-01-01 (Gregorian), the earliest date a segment compares"));
            return 0;
        }

        errors.Add(SegmentErrors.At(path, "segment.value.date", value ?? string.Empty,
            "expected a date yyyy-MM-dd (Gregorian) or yyyy/MM/dd (Solar Hijri)"));
        return 0;
    }
}
