using System.Globalization;
using System.Text.Json;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Writes condition trees as JSON: numbers as JSON numbers where the field or operator takes numbers.</summary>
internal static class SegmentJsonWriter
{
    public static void WriteNode(Utf8JsonWriter writer, SegmentNode node)
    {
        writer.WriteStartObject();
        switch (node)
        {
            case SegmentGroup group:
                writer.WritePropertyName(group.Combinator == SegmentCombinator.Any ? "any" : "all");
                writer.WriteStartArray();
                foreach (var child in group.Children)
                {
                    WriteNode(writer, child);
                }

                writer.WriteEndArray();
                break;
            case SegmentCondition condition:
                writer.WriteString("field", condition.Field);
                writer.WriteString("op", SegmentOperatorNames.ToJson(condition.Operator));
                var values = condition.Values ?? [];
                var numeric = IsNumeric(condition);
                if (values.Count == 1)
                {
                    writer.WritePropertyName("value");
                    WriteValue(writer, values[0], numeric);
                }
                else if (values.Count > 1)
                {
                    writer.WritePropertyName("value");
                    writer.WriteStartArray();
                    foreach (var v in values)
                    {
                        WriteValue(writer, v, numeric);
                    }

                    writer.WriteEndArray();
                }

                break;
        }

        writer.WriteEndObject();
    }

    private static bool IsNumeric(SegmentCondition c) =>
        c.Operator is SegmentOperator.InLastDays or SegmentOperator.InNextDays or SegmentOperator.AnniversaryWithinDays
            or SegmentOperator.InPersianMonth or SegmentOperator.InPersianYear
        || (SegmentFields.TryGetType(c.Field, out var type) && type == SegmentFieldType.Number);

    private static void WriteValue(Utf8JsonWriter writer, string value, bool numeric)
    {
        if (numeric && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
