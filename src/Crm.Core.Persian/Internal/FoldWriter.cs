using System.Buffers;

namespace Crm.Core.Persian.Internal;

/// <summary>
/// The single pass behind <see cref="PersianFold"/> and <see cref="PersianNormalizer"/>: reads the original text
/// character by character, resolves presentation forms, folds letters, drops invisible controls, composes or removes
/// marks, and collapses separator runs (spaces, line breaks, ZWNJs), optionally recording for every output character
/// the original span it came from.
/// </summary>
internal sealed class FoldWriter
{
    private enum Pending
    {
        None,
        Zwnj,
        Space,
        LineBreak,
    }

    private readonly FoldSettings settings;
    private char[] chars;
    private int[]? starts;
    private int[]? ends;
    private int length;
    private Pending pending;
    private int pendingStart;
    private int pendingEnd;
    private int lineBreaks;

    private FoldWriter(int capacity, FoldSettings settings)
    {
        this.settings = settings;
        chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        if (settings.TrackPositions)
        {
            starts = new int[chars.Length];
            ends = new int[chars.Length];
        }
    }

    /// <summary>Runs the pass; returns the output, or <paramref name="text"/> itself when nothing changed.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="settings">The kind of pass.</param>
    /// <param name="starts">Per output character, the first original index; <see langword="null"/> for the identity map.</param>
    /// <param name="ends">Per output character, the original index after its last source character; <see langword="null"/> for identity.</param>
    internal static string Run(string text, FoldSettings settings, out int[]? starts, out int[]? ends)
    {
        var writer = new FoldWriter(text.Length + 8, settings);
        try
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var expansion = ArabicLetters.IsPresentationForm(c) ? PresentationForms.Expand(c) : null;
                if (expansion is null)
                {
                    var end = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
                    writer.Process(c, i, end);
                    i = end - 1;
                }
                else
                {
                    foreach (var e in expansion)
                    {
                        writer.Process(e, i, i + 1);
                    }
                }
            }

            writer.Finish();
            return Result(text, writer.chars.AsSpan(0, writer.length), writer.starts, writer.ends, out starts, out ends);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(writer.chars);
        }
    }

    /// <summary>Returns the input itself (identity map) when folding changed nothing, else the output and its map.</summary>
    internal static string Result(string text, ReadOnlySpan<char> output, int[]? mapStarts, int[]? mapEnds, out int[]? starts, out int[]? ends)
    {
        if (output.SequenceEqual(text))
        {
            starts = ends = null;
            return text;
        }

        starts = mapStarts;
        ends = mapEnds;
        return new string(output);
    }

    private void Process(char c, int start, int end)
    {
        switch (CharTable.KindOf(c))
        {
            case CharTable.Kind.Normal:
                Emit(settings.Matching ? CharTable.MatchFold(c) : CharTable.DisplayFold(c), start, end);
                break;
            case CharTable.Kind.Digit:
                Emit(settings.Matching ? CharTable.MatchFold(c) : DisplayDigit(c), start, end);
                break;
            case CharTable.Kind.Zwnj:
                AddSeparator(Pending.Zwnj, start, end);
                break;
            case CharTable.Kind.Space:
                AddSeparator(Pending.Space, start, end);
                break;
            case CharTable.Kind.LineBreak:
                var lineBreak = settings.KeepLineBreaks;
                AddSeparator(lineBreak ? Pending.LineBreak : Pending.Space, start, end);
                lineBreaks += lineBreak ? 1 : 0;
                break;
            case CharTable.Kind.Mark:
                ProcessMark(c, start, end);
                break;
            default:
                break; // removed
        }
    }

    private char DisplayDigit(char c) => settings.Digits switch
    {
        PersianDigitStyle.Ascii => (char)('0' + PersianDigits.DigitValue(c)),
        PersianDigitStyle.Persian => (char)('\u06F0' + PersianDigits.DigitValue(c)),
        _ => c,
    };

    private void ProcessMark(char c, int start, int end)
    {
        var attached = pending == Pending.None && length > 0;
        var last = attached ? chars[length - 1] : '\0';
        var composed = (c, last) switch
        {
            (ArabicLetters.MaddaAbove, ArabicLetters.Alef) => ArabicLetters.AlefMadda,
            (ArabicLetters.HamzaAbove, ArabicLetters.Yeh) => ArabicLetters.YehHamza,
            (ArabicLetters.HamzaAbove, ArabicLetters.Waw) => ArabicLetters.WawHamza,
            _ => '\0',
        };
        if (composed != '\0')
        {
            chars[length - 1] = composed;
        }
        else if (!settings.Matching && c is not (ArabicLetters.HamzaAbove or ArabicLetters.HamzaBelow))
        {
            Emit(c, start, end);
            return;
        }

        // A removed or composed mark belongs to the letter before it: widen that letter's original span.
        if (attached && ends is not null)
        {
            ends[length - 1] = end;
        }
    }

    private void AddSeparator(Pending kind, int start, int end)
    {
        if (pending == Pending.None)
        {
            pending = kind;
            pendingStart = start;
            lineBreaks = 0;
        }
        else if (kind > pending)
        {
            pending = kind;
        }

        pendingEnd = end;
    }

    private void Emit(char c, int start, int end)
    {
        if (pending != Pending.None)
        {
            FlushSeparator(c);
        }

        Append(c, start, end);
    }

    private void FlushSeparator(char next)
    {
        var kind = pending;
        pending = Pending.None;
        if (settings.Matching)
        {
            Append(kind == Pending.Zwnj ? ArabicLetters.Zwnj : ' ', pendingStart, pendingEnd);
            return;
        }

        // Display: trim at the start, and keep a ZWNJ only between two letters (or marks) where it can act.
        if (length == 0)
        {
            return;
        }

        switch (kind)
        {
            case Pending.Zwnj:
                if (IsJoinable(chars[length - 1]) && IsJoinable(next))
                {
                    Append(ArabicLetters.Zwnj, pendingStart, pendingEnd);
                }

                break;
            case Pending.Space:
                Append(' ', pendingStart, pendingEnd);
                break;
            default:
                for (var k = 0; k < Math.Min(lineBreaks, 2); k++)
                {
                    Append('\n', pendingStart, pendingEnd);
                }

                break;
        }
    }

    private static bool IsJoinable(char c) => char.IsLetter(c) || ArabicLetters.IsArabicMark(c);

    private void Finish()
    {
        // The matching fold keeps a trailing separator; display normalization trims it.
        if (pending != Pending.None && settings.Matching)
        {
            FlushSeparator('\0');
        }

        pending = Pending.None;
    }

    private void Append(char c, int start, int end)
    {
        if (length == chars.Length)
        {
            Grow();
        }

        chars[length] = c;
        if (starts is not null && ends is not null)
        {
            starts[length] = start;
            ends[length] = end;
        }

        length++;
    }

    private void Grow()
    {
        var bigger = ArrayPool<char>.Shared.Rent(chars.Length * 2);
        chars.AsSpan(0, length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(chars);
        chars = bigger;
        if (starts is not null && ends is not null)
        {
            Array.Resize(ref starts, bigger.Length);
            Array.Resize(ref ends, bigger.Length);
        }
    }
}
