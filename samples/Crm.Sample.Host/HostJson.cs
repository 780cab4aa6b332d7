using System.Text.Encodings.Web;
using System.Text.Json;

namespace Crm.Sample.Host;

/// <summary>JSON settings of the host's output: camelCase names, readable Persian.</summary>
internal static class HostJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
