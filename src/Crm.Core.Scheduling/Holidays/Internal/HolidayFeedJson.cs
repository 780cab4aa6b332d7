using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Crm.Core.Scheduling.Internal;

/// <summary>Reads the JSON holiday feed with <see cref="Utf8JsonReader"/>, so that each entry's problems name its line.</summary>
internal static class HolidayFeedJson
{
    public static void Read(string text, HolidayFeedBuilder builder)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineIndex(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                builder.Error(1, "(root)", "json-object", Preview(text), "The feed must be a JSON object with monthStarts, closures and cancellations arrays.");
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var line = lines.Of(reader.TokenStartIndex);
                reader.Read();
                if (name is not ("monthStarts" or "closures" or "cancellations"))
                {
                    builder.Error(line, name, "unknown-field", name, $"'{name}' is not a feed field; use monthStarts, closures or cancellations.",
                        "این فیلدِ فید نیست؛ فیلدهای فید monthStarts، closures و cancellations هستند");
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    builder.Error(line, name, "json-array", reader.TokenType.ToString(), $"'{name}' must be an array.");
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var entryLine = lines.Of(reader.TokenStartIndex);
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        builder.Error(entryLine, name, "json-object", reader.TokenType.ToString(), $"Each entry of '{name}' must be an object.");
                        reader.Skip();
                        continue;
                    }

                    var fields = ReadEntry(ref reader, builder, name, lines);
                    fields.TryGetValue("date", out var date);
                    switch (name)
                    {
                        case "monthStarts":
                            fields.TryGetValue("hijriYear", out var year);
                            fields.TryGetValue("hijriMonth", out var month);
                            fields.TryGetValue("start", out var start);
                            fields.TryGetValue("length", out var length);
                            builder.Month(entryLine, year, month, start, length);
                            break;
                        case "closures":
                            fields.TryGetValue("title", out var title);
                            fields.TryGetValue("province", out var province);
                            builder.Closure(entryLine, date, title, province);
                            break;
                        default:
                            builder.Cancellation(entryLine, date);
                            break;
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            builder.Error(line, "(json)", "json-syntax", "", "The feed is not valid JSON: " + ex.Message);
        }
    }

    private static Dictionary<string, string?> ReadEntry(ref Utf8JsonReader reader, HolidayFeedBuilder builder, string array, LineIndex lines)
    {
        string[] allowed = array switch
        {
            "monthStarts" => ["hijriYear", "hijriMonth", "start", "length"],
            "closures" => ["date", "title", "province"],
            _ => ["date"],
        };
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.GetString()!;
            var line = lines.Of(reader.TokenStartIndex);
            reader.Read();
            string? value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    value = reader.GetString();
                    break;
                case JsonTokenType.Number:
                    value = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    builder.Error(line, field, "json-value", reader.TokenType.ToString(), $"'{field}' must be a string or a number.");
                    reader.Skip();
                    break;
            }

            if (!allowed.Contains(field))
            {
                builder.Error(line, field, "unknown-field", field, $"'{field}' is not a field of {array}; use {string.Join(", ", allowed)}.",
                    $"این فیلد در ردیف‌های {array} نیست؛ فیلدهای مجاز: {string.Join("، ", allowed)}");
                continue;
            }

            fields[field] = value;
        }

        return fields;
    }

    private static string Preview(string text) => text.Length <= 40 ? text : text[..40];

    /// <summary>Maps byte offsets to 1-based line numbers.</summary>
    private sealed class LineIndex
    {
        private readonly List<long> starts = [0];

        public LineIndex(byte[] bytes)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }
        }

        public int Of(long offset)
        {
            var index = starts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}
