using System.Diagnostics.CodeAnalysis;
using Crm.Core.Persian;

namespace Crm.Core.Segmentation;

/// <summary>
/// The recency, frequency and monetary scores of one customer, each from 1 to 5 where 5 is best
/// (fewest days since the last purchase, most purchases, highest spend).
/// </summary>
/// <remarks><c>default(RfmScore)</c> has all three scores 0 and means "not scored"; <see cref="IsScored"/> is then false.</remarks>
public readonly record struct RfmScore
{
    /// <summary>Creates a score.</summary>
    /// <param name="recency">The recency score, 1–5.</param>
    /// <param name="frequency">The frequency score, 1–5.</param>
    /// <param name="monetary">The monetary score, 1–5.</param>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 1–5.</exception>
    public RfmScore(int recency, int frequency, int monetary)
    {
        R = Check(recency, nameof(recency));
        F = Check(frequency, nameof(frequency));
        M = Check(monetary, nameof(monetary));
    }

    private RfmScore(byte r, byte f, byte m, bool trusted)
    {
        _ = trusted;
        R = r;
        F = f;
        M = m;
    }

    /// <summary>Gets the recency score (5 = bought most recently); 0 for <c>default</c>.</summary>
    public byte R { get; }

    /// <summary>Gets the frequency score (5 = bought most often); 0 for <c>default</c>.</summary>
    public byte F { get; }

    /// <summary>Gets the monetary score (5 = spent most); 0 for <c>default</c>.</summary>
    public byte M { get; }

    /// <summary>Gets a value indicating whether the score holds real scores rather than <c>default</c>.</summary>
    public bool IsScored => R != 0;

    /// <summary>Parses the three-digit form written by <see cref="ToString"/>.</summary>
    /// <param name="text">Three digits 1–5, R then F then M; Persian or Arabic-Indic digits are accepted.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not three digits from 1 to 5.</exception>
    /// <example><code>RfmScore.Parse("۵۴۳") // R=5, F=4, M=3</code></example>
    public static RfmScore Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var score)
            ? score
            : throw new FormatException($"RFM score '{text}' is not three digits from 1 to 5 (R, F, M), for example \"543\".");
    }

    /// <summary>Tries to parse the three-digit form written by <see cref="ToString"/>.</summary>
    /// <param name="text">Three digits 1–5, R then F then M.</param>
    /// <param name="result">The score when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a valid score.</returns>
    /// <example><code>RfmScore.TryParse("561", out _) // false: 6 is out of range</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out RfmScore result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        var ascii = PersianDigits.ToAscii(text).Trim();
        if (ascii.Length != 3 || !InRange(ascii[0]) || !InRange(ascii[1]) || !InRange(ascii[2]))
        {
            return false;
        }

        result = new RfmScore((byte)(ascii[0] - '0'), (byte)(ascii[1] - '0'), (byte)(ascii[2] - '0'), true);
        return true;
    }

    /// <summary>Formats the score as three digits, R then F then M.</summary>
    /// <returns>For example <c>"543"</c>; <c>"000"</c> for <c>default</c>.</returns>
    /// <example><code>new RfmScore(5, 4, 3).ToString() // "543"</code></example>
    public override string ToString() => string.Create(3, this, static (span, s) =>
    {
        span[0] = (char)('0' + s.R);
        span[1] = (char)('0' + s.F);
        span[2] = (char)('0' + s.M);
    });

    internal static RfmScore FromTrusted(byte r, byte f, byte m) => new(r, f, m, true);

    private static bool InRange(char c) => c is >= '1' and <= '5';

    private static byte Check(int value, string name) =>
        value is >= 1 and <= 5 ? (byte)value : throw new ArgumentOutOfRangeException(name, value, "An RFM score is from 1 to 5.");
}
