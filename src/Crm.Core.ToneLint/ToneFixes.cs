namespace Crm.Core.ToneLint;

/// <summary>Applies the mechanical fixes of tone diagnostics to a text.</summary>
public static class ToneFixes
{
    /// <summary>
    /// Applies every fix, left to right (at equal starts the longer fix first); a fix that overlaps an earlier one is
    /// skipped, so text outside the reported
    /// spans never changes.
    /// </summary>
    /// <param name="text">The original text the diagnostics were reported on.</param>
    /// <param name="diagnostics">The diagnostics; those without a fix are ignored.</param>
    /// <returns>The rewritten text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A fix lies outside <paramref name="text"/>.</exception>
    /// <example><code>ToneFixes.Apply(text, linter.Lint(text).Diagnostics) // "ممنون که منتظر بودید" for "ما از صبر شما سپاسگزاریم"</code></example>
    public static string Apply(string text, IEnumerable<ToneDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var fixes = new List<ToneFix>();
        foreach (var d in diagnostics)
        {
            if (d.Fix is { } f)
            {
                if (f.Start < 0 || f.Length < 0 || f.Start + f.Length > text.Length)
                {
                    throw new ArgumentException($"Fix of rule {d.RuleId} at {f.Start}+{f.Length} lies outside the text.", nameof(diagnostics));
                }

                fixes.Add(f);
            }
        }

        if (fixes.Count == 0)
        {
            return text;
        }

        // Stable: of two fixes with the same span, the first diagnostic's wins (List.Sort alone is unstable).
        var order = Enumerable.Range(0, fixes.Count).ToArray();
        Array.Sort(order, (x, y) =>
        {
            var a = fixes[x];
            var b = fixes[y];
            return a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length != b.Length ? b.Length.CompareTo(a.Length) : x.CompareTo(y);
        });
        fixes = [.. order.Select(i => fixes[i])];
        var sb = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var f in fixes)
        {
            if (f.Start < position)
            {
                continue;
            }

            sb.Append(text, position, f.Start - position).Append(f.Replacement);
            position = f.Start + f.Length;
        }

        return sb.Append(text, position, text.Length - position).ToString();
    }
}
