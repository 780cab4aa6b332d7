using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Core.ToneLint;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Sample.Host.Commands;

/// <summary>
/// The <c>lint</c> command: <c>lint --text-file PATH [--customer-name NAME] [--customer-message-file PATH]
/// [--language fa|en|auto] [--channel email|chat|sms] [--format text|json|sarif] [--config TEAM.json] [--fix]</c>, or
/// batch <c>lint --jsonl PATH [--config TEAM.json]</c>.
/// </summary>
internal static class LintCommands
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Command Create(IServiceProvider services)
    {
        var textFile = new Option<string>("--text-file") { Description = "The draft reply (UTF-8 text file)." };
        var jsonl = new Option<string>("--jsonl") { Description = "Batch: one {\"id\",\"reply\",\"customerName\",\"customerMessage\",\"language\"} object per line." };
        var name = new Option<string>("--customer-name") { Description = "The customer's name, if known." };
        var messageFile = new Option<string>("--customer-message-file") { Description = "The customer's message being answered." };
        var language = new Option<string>("--language") { Description = "fa, en or auto.", DefaultValueFactory = _ => "auto" };
        language.AcceptOnlyFromAmong("fa", "en", "auto");
        var channel = new Option<string>("--channel") { Description = "email, chat or sms.", DefaultValueFactory = _ => "email" };
        channel.AcceptOnlyFromAmong("email", "chat", "sms");
        var format = new Option<string>("--format") { Description = "text, json or sarif (SARIF 2.1.0).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var config = new Option<string>("--config") { Description = "A team configuration (JSON): severities, rules off, allowed words, phrases, template mode." };
        var fix = new Option<bool>("--fix") { Description = "Also print the reply with every mechanical fix applied." };
        var maxInput = new Option<int>("--max-input-bytes") { Description = "Largest reply file read, in bytes (default 1 MiB).", DefaultValueFactory = _ => DefaultMaxInputBytes };
        var maxFindings = new Option<int>("--max-findings") { Description = "Most findings reported per reply (default 200).", DefaultValueFactory = _ => DefaultMaxFindings };

        var command = new Command("lint", "Check a draft reply against the customer-service language guide.");
        foreach (var o in new Option[] { textFile, jsonl, name, messageFile, language, channel, format, fix, maxInput, maxFindings, config })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var linter = services.GetRequiredService<ToneLinter>();
            if (parse.GetValue(config) is { } configPath)
            {
                if (!TryLoadConfig(configPath, stderr, out var configured))
                {
                    return 2;
                }

                linter = configured;
            }

            if (parse.GetValue(jsonl) is { } batch)
            {
                return RunBatch(linter, batch, Channel(parse.GetValue(channel)), stdout, stderr);
            }

            if (parse.GetValue(textFile) is not { } path)
            {
                stderr.WriteLine("lint: give --text-file PATH or --jsonl PATH.");
                return 2;
            }

            var limit = parse.GetValue(maxInput);
            var findingsLimit = parse.GetValue(maxFindings);
            if (limit < 1 || findingsLimit < 1)
            {
                stderr.WriteLine($"lint: --max-input-bytes and --max-findings must be at least 1 (got {limit} and {findingsLimit})");
                return 2;
            }

            if (!TryRead(path, limit, stderr, out var text) || (parse.GetValue(messageFile) is { } mf && !TryRead(mf, limit, stderr, out _)))
            {
                return 2;
            }

            var customerMessage = parse.GetValue(messageFile) is { } m ? File.ReadAllText(m) : null;
            var request = new ToneLintRequest(text)
            {
                CustomerName = parse.GetValue(name),
                CustomerMessage = customerMessage,
                Language = Language(parse.GetValue(language)),
                Channel = Channel(parse.GetValue(channel)),
            };
            var result = linter.Lint(request);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(stdout, null, result, findingsLimit);
            }
            else if (parse.GetValue(format) == "sarif")
            {
                stdout.WriteLine(LintSarif.Write(linter, result, Path.GetFileName(path), findingsLimit));
            }
            else if (services.GetService<HostTerminal>()?.Output is { } console)
            {
                ToneLintView.Findings(console, result, findingsLimit);
            }
            else
            {
                WriteReport(stdout, result, findingsLimit);
            }

            if (result.Diagnostics.Count > findingsLimit)
            {
                stderr.WriteLine($"lint: {result.Diagnostics.Count} findings, only the first {findingsLimit} are shown (--max-findings)");
            }

            if (parse.GetValue(fix))
            {
                stdout.WriteLine("--- fixed ---");
                stdout.WriteLine(result.ApplyFixes());
            }

            return 0;
        });
        return command;
    }

    /// <summary>The default of <c>--max-input-bytes</c>: 1 MiB, far beyond any reply an agent writes.</summary>
    internal const int DefaultMaxInputBytes = 1 << 20;

    /// <summary>The default of <c>--max-findings</c>.</summary>
    internal const int DefaultMaxFindings = 200;

    /// <summary>How many characters of the line the report shows on each side of a finding.</summary>
    internal const int Context = 40;

    /// <summary>Writes a readable report: each finding with a window of its line (at most <see cref="Context"/>
    /// characters on each side, so a long line is not repeated whole for every finding) and the span underlined.</summary>
    internal static void WriteReport(TextWriter output, ToneLintResult result, int maxFindings = DefaultMaxFindings)
    {
        var lines = result.Text.Split('\n');
        output.WriteLine($"score {result.Score}/100, {result.Diagnostics.Count} finding(s)");
        foreach (var d in result.Diagnostics.Take(maxFindings))
        {
            output.WriteLine($"{d.Span.Line}:{d.Span.Column} {d.Severity.ToString().ToLowerInvariant()} {d.RuleId} [{d.CategoryId}] {d.Message}");
            var (shown, caret, width) = Window(lines[d.Span.Line - 1].TrimEnd('\r'), d.Span.Column - 1, d.Span.Length);
            output.WriteLine("    " + shown);
            output.WriteLine("    " + new string(' ', caret) + new string('^', width));
            if (d.Suggestions.Count > 0 && d.Suggestions[0].Replacement.Length > 0)
            {
                output.WriteLine("    → " + d.Suggestions[0].Replacement);
            }
        }
    }

    /// <summary>The part of <paramref name="line"/> shown for a span at <paramref name="column"/> (0-based): at most
    /// <see cref="Context"/> characters each side and an underline of at most 2 × <see cref="Context"/>, never splitting
    /// a surrogate pair; "…" marks a cut.</summary>
    internal static (string Shown, int Caret, int Width) Window(string line, int column, int length)
    {
        column = Math.Clamp(column, 0, line.Length);
        var end = Math.Clamp(column + Math.Max(1, Math.Min(length, 2 * Context)), column, line.Length);
        var start = Math.Max(0, column - Context);
        var stop = Math.Min(line.Length, end + Context);
        if (start > 0 && char.IsLowSurrogate(line[start]))
        {
            start--;
        }

        if (stop < line.Length && stop > 0 && char.IsHighSurrogate(line[stop - 1]))
        {
            stop++;
        }

        var prefix = start > 0 ? "…" : string.Empty;
        var shown = prefix + line[start..stop] + (stop < line.Length ? "…" : string.Empty);
        return (shown, prefix.Length + column - start, Math.Max(1, end - column));
    }

    private static int RunBatch(ToneLinter linter, string path, ToneChannel channel, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"lint: file not found: {path}");
            return 2;
        }

        var bad = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            LintInput? input;
            try
            {
                input = JsonSerializer.Deserialize<LintInput>(line, Json);
            }
            catch (JsonException ex)
            {
                bad++;
                stderr.WriteLine($"line {lineNumber}: not a JSON object ({ex.Message})");
                continue;
            }

            if (input is null || string.IsNullOrEmpty(input.Id) || input.Reply is null || input.Language is not (null or "fa" or "en" or "auto"))
            {
                bad++;
                stderr.WriteLine(input is null
                    ? $"line {lineNumber}: not a JSON object (null)"
                    : $"line {lineNumber}: field id and reply are required, language must be fa, en or auto (got id='{input.Id}', language='{input.Language}')");
                continue;
            }

            var result = linter.Lint(new ToneLintRequest(input.Reply)
            {
                CustomerName = input.CustomerName,
                CustomerMessage = input.CustomerMessage,
                Language = Language(input.Language),
                Channel = channel,
            });
            WriteJson(stdout, input.Id, result, DefaultMaxFindings);
        }

        return bad == 0 ? 0 : 2;
    }

    /// <summary>
    /// Writes one result as a JSON line, streamed: the envelope by hand and each finding serialised on its own, so memory
    /// holds one finding's text at a time however many there are. The bytes are those of serialising
    /// <see cref="ToJson"/> whole (a property test checks it).
    /// </summary>
    internal static void WriteJson(TextWriter writer, string? id, ToneLintResult result, int maxFindings)
    {
        writer.Write('{');
        if (id is not null)
        {
            writer.Write("\"id\":");
            writer.Write(JsonSerializer.Serialize(id, Json));
            writer.Write(',');
        }

        writer.Write("\"score\":");
        writer.Write(result.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.Write(",\"diagnostics\":[");
        var first = true;
        foreach (var d in result.Diagnostics.Take(maxFindings))
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            writer.Write(JsonSerializer.Serialize(Diagnostic(d), Json));
        }

        writer.Write("]}");
        writer.WriteLine();
    }

    /// <summary>The whole result as one object: the reference shape of <see cref="WriteJson"/>.</summary>
    internal static string ToJsonText(string? id, ToneLintResult result, int maxFindings) => JsonSerializer.Serialize(ToJson(id, result, maxFindings), Json);

    private static LintOutput ToJson(string? id, ToneLintResult result, int maxFindings) => new(
        id,
        result.Score,
        [.. result.Diagnostics.Take(maxFindings).Select(Diagnostic)]);

    private static LintDiagnostic Diagnostic(ToneDiagnostic d) => new(
        d.RuleId, d.CategoryId, d.Severity.ToString().ToLowerInvariant(), d.Span.Start, d.Span.Length, d.Span.Line, d.Span.Column,
        d.Message, [.. d.Suggestions.Select(s => new LintSuggestion(s.Replacement, s.Description))]);

    private static bool TryLoadConfig(string path, TextWriter stderr, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ToneLinter? linter)
    {
        linter = null;
        if (!TryRead(path, DefaultMaxInputBytes, stderr, out var json))
        {
            return false;
        }

        if (!ToneLintOptionsJson.TryParse(json, out var options, out var errors))
        {
            foreach (var e in errors)
            {
                stderr.WriteLine($"lint: --config {path}: {e}");
            }

            return false;
        }

        linter = new ToneLinter(options);
        return true;
    }

    private static bool TryRead(string path, int maxBytes, TextWriter stderr, out string text)
    {
        text = string.Empty;
        if (!File.Exists(path))
        {
            stderr.WriteLine($"lint: file not found: {path}");
            return false;
        }

        var size = new FileInfo(path).Length;
        if (size > maxBytes)
        {
            stderr.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"lint: {path} is {size:N0} bytes, over the limit of {maxBytes:N0} (--max-input-bytes)"));
            return false;
        }

        text = File.ReadAllText(path, Encoding.UTF8);
        return true;
    }

    private static ToneLanguage Language(string? value) => value switch { "fa" => ToneLanguage.Persian, "en" => ToneLanguage.English, _ => ToneLanguage.Auto };

    private static ToneChannel Channel(string? value) => value switch { "chat" => ToneChannel.Chat, "sms" => ToneChannel.Sms, _ => ToneChannel.Email };

    private sealed record LintInput(string? Id, string? Reply, string? CustomerName, string? CustomerMessage, string? Language);

    private sealed record LintOutput(string? Id, int Score, IReadOnlyList<LintDiagnostic> Diagnostics);

    private sealed record LintDiagnostic(string RuleId, string Category, string Severity, int Start, int Length, int Line, int Column, string Message, IReadOnlyList<LintSuggestion> Suggestions);

    private sealed record LintSuggestion(string Replacement, string Description);
}
