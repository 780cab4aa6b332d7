using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>Writes an identifier as its canonical JSON string and reads it back, rejecting invalid text.</summary>
/// <typeparam name="T">The identifier type.</typeparam>
/// <remarks>
/// Reading never produces an empty identifier: <c>null</c> (for a non-nullable property), a non-string token, an empty
/// string and invalid text all throw a <see cref="JsonException"/> whose message names the rule and the (masked, for
/// personal data) value, and whose <see cref="JsonException.Path"/> — also appended to the message — names the property.
/// Writing <c>default(T)</c> throws: an unset identifier has no canonical text (use <c>T?</c> for optional values).
/// </remarks>
internal sealed class IdentifierJsonConverter<T> : JsonConverter<T>
    where T : struct, IIdentifier<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new IdentifierJsonException(string.Concat("A ", typeof(T).Name, " is a JSON string; found ", reader.TokenType.ToString(), "."));
        }

        return Parse(reader.GetString());
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Canonical(value));

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(Canonical(value));

    private static T Parse(string? text) =>
        T.TryParse(text, out var result, out var error) ? result : throw new IdentifierJsonException(error.Message);

    private static string Canonical(T value) =>
        value.Value.Length > 0 ? value.Value : throw new JsonException(string.Concat("default(", typeof(T).Name, ") is not set and has no JSON form; use ", typeof(T).Name, "? for an optional value."));
}

/// <summary>A <see cref="JsonException"/> whose message ends with the JSON path that System.Text.Json fills in.</summary>
internal sealed class IdentifierJsonException(string message) : JsonException(message)
{
    public override string Message => Path is null ? base.Message : string.Concat(base.Message, " Path: ", Path, ".");
}
