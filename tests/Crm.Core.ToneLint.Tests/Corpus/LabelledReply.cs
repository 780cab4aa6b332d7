using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Core.ToneLint;

namespace Crm.Core.ToneLint.Tests.Corpus;

/// <summary>One hand-labelled reply of Corpus/corpus.jsonl.</summary>
public sealed record LabelledReply(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("reply")] string Reply,
    [property: JsonPropertyName("labels")] string[] Labels,
    [property: JsonPropertyName("customerName")] string? CustomerName,
    [property: JsonPropertyName("customerMessage")] string? CustomerMessage,
    [property: JsonPropertyName("channel")] string? Channel)
{
    public ToneLintRequest ToRequest() => new(Reply)
    {
        CustomerName = CustomerName,
        CustomerMessage = CustomerMessage,
        Channel = Channel switch { "chat" => ToneChannel.Chat, "sms" => ToneChannel.Sms, _ => ToneChannel.Email },
    };

    public static IReadOnlyList<LabelledReply> Load(string file = "corpus.jsonl")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", file);
        Assert.True(File.Exists(path), $"corpus file missing at {path}");
        return [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<LabelledReply>(l)!)];
    }
}
