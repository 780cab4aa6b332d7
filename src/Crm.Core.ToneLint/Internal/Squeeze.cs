using System.Buffers;

namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// Builds the matching key of folded text: ZWNJ removed, spaces between two Persian letters removed, a few letter
/// variants the fold keeps apart unified (أ إ ٱ → ا, ة ۀ → ه, ؤ → و, curly apostrophes → '), so «نمی‌شود»,
/// «نمیشود» and «نمی شود» have the same key. <see cref="Map"/> gives each key index its index in the folded text.
/// The two arrays are rented from the shared pool; <see cref="Dispose"/> returns them once the lint is done.
/// </summary>
internal sealed class Squeeze : IDisposable
{
    private const char Zwnj = '\u200C';
    private static readonly char[] UnifyTable = BuildUnifyTable();

    private Squeeze(char[] key, int[] map, int length)
    {
        Key = key;
        Map = map;
        Length = length;
    }

    public char[] Key { get; private set; }

    public int[] Map { get; private set; }

    public int Length { get; }

    public static Squeeze Of(string folded)
    {
        var key = ArrayPool<char>.Shared.Rent(Math.Max(folded.Length, 1));
        var map = ArrayPool<int>.Shared.Rent(Math.Max(folded.Length, 1));
        var unify = UnifyTable;
        var n = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c == Zwnj)
            {
                continue;
            }

            // The ezafe «ی» written after a word in «ه» («آیین‌نامه‌ی فروشگاه», «آینده‌ی نزدیک»): the key keeps the word
            // as the lists write it.
            if (c == '\u06CC' && i >= 2 && IsEzafeAt(folded, i - 1))
            {
                continue;
            }

            if (c == ' ' && n > 0 && IsPersianLetter(key[n - 1]) && i + 1 < folded.Length && IsPersianLetter(folded[i + 1]))
            {
                continue;
            }

            key[n] = c < CharClass.TableSize ? unify[c] : Unify(c);
            map[n] = i;
            n++;
        }

        return new Squeeze(key, map, n);
    }

    /// <summary>Squeezes a phrase given already folded.</summary>
    public static string KeyOf(string folded)
    {
        using var s = Of(folded);
        return new string(s.Key, 0, s.Length);
    }

    public static char Unify(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0671' => '\u0627',
        '\u0629' or '\u06C0' => '\u0647',
        '\u0624' => '\u0648',
        '\u2019' or '\u2018' or '\u02BC' or '\u0060' => '\'',
        '\u064A' => '\u06CC',
        '\u0643' => '\u06A9',
        _ => c,
    };

    public static bool IsPersianLetter(char c) => c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or (>= '\u06FA' and <= '\u06FF');

    /// <summary>Whether a folded character belongs to a word (letters, digits, ZWNJ, combining marks).</summary>
    public static bool IsWordChar(char c) => CharClass.IsFoldedWordChar(c);

    /// <summary>
    /// Whether a ZWNJ at <paramref name="i"/> joins the ezafe «ی» to a word in «ه» («آیین‌نامه‌ی», «آینده‌ی»): the word
    /// ends before it, as a phrase list writes it.
    /// </summary>
    public static bool IsEzafeAt(string folded, int i) =>
        i >= 1 && i + 1 < folded.Length && folded[i] == Zwnj && folded[i + 1] == '\u06CC' && folded[i - 1] == '\u0647'
        && (i + 2 == folded.Length || !IsWordChar(folded[i + 2]));

    /// <summary>The definition behind <see cref="IsWordChar"/>, which looks it up for the common characters.</summary>
    public static bool ComputeIsWordChar(char c) => c == Zwnj || char.IsLetterOrDigit(c) || c == '\'' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    public void Dispose()
    {
        if (Key.Length > 0)
        {
            ArrayPool<char>.Shared.Return(Key);
            ArrayPool<int>.Shared.Return(Map);
            Key = [];
            Map = [];
        }
    }

    private static char[] BuildUnifyTable()
    {
        var table = new char[CharClass.TableSize];
        for (var code = 0; code < table.Length; code++)
        {
            table[code] = Unify((char)code);
        }

        return table;
    }
}
