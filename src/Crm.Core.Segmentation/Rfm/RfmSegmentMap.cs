using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Segmentation.Internal;

namespace Crm.Core.Segmentation;

/// <summary>
/// Names the 25 cells of the R × F grid. Every cell belongs to exactly one rule; <see cref="TryCreate"/> rejects a map
/// that leaves a cell uncovered or covers one twice.
/// </summary>
public sealed class RfmSegmentMap
{
    private const byte NotScored = byte.MaxValue;

    private readonly byte[] _cells;

    // The segment of each (R, F) at index R·6 + F, NotScored where R or F is 0 (a default score).
    private readonly byte[] _byRf;

    private RfmSegmentMap(RfmSegmentRule[] rules, byte[] cells)
    {
        Rules = rules;
        _cells = cells;
        _byRf = new byte[36];
        Array.Fill(_byRf, NotScored);
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                _byRf[(r * 6) + f] = cells[((r - 1) * 5) + f - 1];
            }
        }
    }

    /// <summary>Gets the default map: <c>[1-2][1-2]</c> Hibernating, <c>[1-2][3-4]</c> At Risk, <c>[1-2]5</c> Can't Lose Them,
    /// <c>3[1-2]</c> About To Sleep, <c>33</c> Need Attention, <c>[3-4][4-5]</c> Loyal Customers, <c>41</c> Promising,
    /// <c>51</c> New Customers, <c>[4-5][2-3]</c> Potential Loyalists, <c>5[4-5]</c> Champions, with Persian names.</summary>
    public static RfmSegmentMap Default { get; } = Create(
    [
        new("[1-2][1-2]", RfmSegmentNames.Hibernating, "در خواب زمستانی"),
        new("[1-2][3-4]", RfmSegmentNames.AtRisk, "در معرض خطر"),
        new("[1-2]5", RfmSegmentNames.CantLoseThem, "نباید از دستشان داد"),
        new("3[1-2]", RfmSegmentNames.AboutToSleep, "در آستانه خواب"),
        new("33", RfmSegmentNames.NeedAttention, "نیازمند توجه"),
        new("[3-4][4-5]", RfmSegmentNames.LoyalCustomers, "مشتریان وفادار"),
        new("41", RfmSegmentNames.Promising, "امیدبخش"),
        new("51", RfmSegmentNames.NewCustomers, "مشتریان تازه"),
        new("[4-5][2-3]", RfmSegmentNames.PotentialLoyalists, "وفاداران بالقوه"),
        new("5[4-5]", RfmSegmentNames.Champions, "قهرمانان"),
    ]);

    /// <summary>Gets the rules in the order given; <see cref="IndexOf"/> indexes this list.</summary>
    public IReadOnlyList<RfmSegmentRule> Rules { get; }

    /// <summary>Creates a map and throws when it is invalid.</summary>
    /// <param name="rules">The rules; together they must cover each of the 25 R/F cells exactly once.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The map is invalid; the message lists every problem.</exception>
    public static RfmSegmentMap Create(IEnumerable<RfmSegmentRule> rules) =>
        TryCreate(rules, out var map, out var errors)
            ? map
            : throw new ArgumentException(string.Join(" ", errors.Select(e => e.Message)), nameof(rules));

    /// <summary>Validates rules and creates a map when every R/F cell is covered exactly once.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="map">The map when valid.</param>
    /// <param name="errors">Every problem found (bad pattern <c>rfm-map.pattern</c>, empty name <c>rfm-map.name</c>,
    /// duplicate name <c>rfm-map.duplicate-name</c>, uncovered cell <c>rfm-map.uncovered</c>, cell covered twice
    /// <c>rfm-map.overlap</c>); empty when valid.</param>
    /// <returns><see langword="true"/> when the map is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    public static bool TryCreate(IEnumerable<RfmSegmentRule> rules, [NotNullWhen(true)] out RfmSegmentMap? map, out IReadOnlyList<ValidationError> errors)
    {
        Guard.Against.Null(rules);
        var list = rules.ToArray();
        var found = new List<ValidationError>();
        var owner = new int[25];
        Array.Fill(owner, -1);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            var rule = list[i];
            if (rule is null || string.IsNullOrWhiteSpace(rule.Name))
            {
                found.Add(Error("name", "rfm-map.name", string.Empty, $"rule {i} has no segment name"));
                continue;
            }

            if (!names.Add(rule.Name))
            {
                found.Add(Error("name", "rfm-map.duplicate-name", rule.Name, $"segment name '{rule.Name}' is used by more than one rule"));
            }

            if (!RfmPattern.TryParse(rule.Pattern, out var rSet, out var fSet))
            {
                found.Add(Error("pattern", "rfm-map.pattern", rule.Pattern ?? string.Empty,
                    "a pattern is two positions (R then F), each a digit 1-5, a class such as [1-2] or [45], or *"));
                continue;
            }

            for (var r = 1; r <= 5; r++)
            {
                for (var f = 1; f <= 5; f++)
                {
                    if ((rSet & (1 << r)) == 0 || (fSet & (1 << f)) == 0)
                    {
                        continue;
                    }

                    var cell = ((r - 1) * 5) + (f - 1);
                    if (owner[cell] >= 0)
                    {
                        found.Add(Error("pattern", "rfm-map.overlap", rule.Pattern!,
                            $"cell R{r} F{f} is covered by both '{list[owner[cell]].Name}' and '{rule.Name}'"));
                    }
                    else
                    {
                        owner[cell] = i;
                    }
                }
            }
        }

        for (var cell = 0; cell < 25; cell++)
        {
            if (owner[cell] < 0)
            {
                var text = $"{(cell / 5) + 1}{(cell % 5) + 1}";
                found.Add(Error("pattern", "rfm-map.uncovered", text, $"cell R{text[0]} F{text[1]} is not covered by any rule"));
            }
        }

        errors = found;
        if (found.Count > 0)
        {
            map = null;
            return false;
        }

        map = new RfmSegmentMap(list, owner.Select(o => (byte)o).ToArray());
        return true;
    }

    /// <summary>Returns the index in <see cref="Rules"/> of the segment a score falls in.</summary>
    /// <param name="score">A scored <see cref="RfmScore"/>.</param>
    /// <returns>The rule index.</returns>
    /// <exception cref="ArgumentException"><paramref name="score"/> is <c>default</c> (not scored).</exception>
    public int IndexOf(RfmScore score)
    {
        if (!score.IsScored)
        {
            throw new ArgumentException("The score is default (not scored).", nameof(score));
        }

        return _cells[((score.R - 1) * 5) + score.F - 1];
    }

    /// <summary>Returns the rule (name and Persian name) a score falls in.</summary>
    /// <param name="score">A scored <see cref="RfmScore"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="score"/> is <c>default</c> (not scored).</exception>
    public RfmSegmentRule SegmentOf(RfmScore score) => Rules[IndexOf(score)];

    /// <summary>Writes the segment index of each score, without allocating.</summary>
    /// <param name="scores">Scored values.</param>
    /// <param name="destination">One rule index per score; at least as long as <paramref name="scores"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short or a score is <c>default</c>.</exception>
    public void Classify(ReadOnlySpan<RfmScore> scores, Span<byte> destination)
    {
        if (destination.Length < scores.Length)
        {
            throw new ArgumentException("The destination is shorter than the scores.", nameof(destination));
        }

        var byRf = _byRf;
        for (var i = 0; i < scores.Length; i++)
        {
            var s = scores[i];
            var at = (s.R * 6) + s.F;
            var segment = at < byRf.Length ? byRf[at] : NotScored;
            if (segment == NotScored)
            {
                throw new ArgumentException($"Score {i} is not scored.", nameof(scores));
            }

            destination[i] = segment;
        }
    }

    private static ValidationError Error(string field, string rule, string value, string what) =>
        new(field, rule, value, $"Rule '{rule}' failed for value '{value}': {what}.");
}
