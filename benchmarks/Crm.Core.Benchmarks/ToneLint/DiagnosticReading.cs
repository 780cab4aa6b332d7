using Crm.Core.ToneLint;

namespace Crm.Core.Benchmarks.ToneLint;

/// <summary>What a caller that prints or serialises findings does: read every diagnostic's words.</summary>
internal static class DiagnosticReading
{
    /// <summary>Reads each diagnostic's message, explanation and suggestions and returns their total length.</summary>
    public static int ReadAll(IEnumerable<ToneDiagnostic> diagnostics)
    {
        var length = 0;
        foreach (var d in diagnostics)
        {
            length += d.Message.Length + d.Explanation.Length;
            foreach (var suggestion in d.Suggestions)
            {
                length += suggestion.Description.Length;
            }
        }

        return length;
    }
}
