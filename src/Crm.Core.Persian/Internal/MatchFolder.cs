using System.Buffers;
using System.Runtime.CompilerServices;

namespace Crm.Core.Persian.Internal;

/// <summary>
/// The matching fold behind <see cref="PersianFold"/>: the same output and position map as <see cref="FoldWriter"/>
/// with <see cref="FoldSettings.Match(bool)"/>, specialised for speed. The common character (a letter, digit or
/// punctuation below U+0700 that folds to exactly one character) costs one table lookup and one append; everything
/// else (separators, marks, removed controls, presentation forms, other scripts) takes the same steps as
/// <see cref="FoldWriter"/>. The tests check the two agree on random text.
/// </summary>
internal static class MatchFolder
{
    /// <summary>Folds <paramref name="text"/>; returns it unchanged (and null maps) when folding changes nothing.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="trackPositions">Whether to record the original span of every output character.</param>
    /// <param name="starts">Per output character, the first original index; <see langword="null"/> for the identity map.</param>
    /// <param name="ends">Per output character, the original index after its last source character; <see langword="null"/> for identity.</param>
    internal static string Run(string text, bool trackPositions, out int[]? starts, out int[]? ends)
    {
        var state = new State(text.Length + 8, trackPositions);
        try
        {
            var plain = CharTable.PlainMatchFold;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < CharTable.TableSize)
                {
                    var folded = plain[c];
                    if (folded != '\0')
                    {
                        state.Emit(folded, i, i + 1);
                        continue;
                    }

                    if (c == ' ')
                    {
                        state.AddSeparator(State.Space, i, i + 1);
                        continue;
                    }
                }
                else if (c == ArabicLetters.Zwnj)
                {
                    state.AddSeparator(State.Zwnj, i, i + 1);
                    continue;
                }

                i = state.ProcessAt(text, i);
            }

            state.Finish();
            return FoldWriter.Result(text, state.Chars.AsSpan(0, state.Length), state.Starts, state.Ends, out starts, out ends);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(state.Chars);
        }
    }

    private struct State
    {
        public const byte Zwnj = 1;
        public const byte Space = 2;
        private const byte None = 0;

        private byte pending;
        private int limit;
        private int pendingStart;
        private int pendingEnd;

        public State(int capacity, bool trackPositions)
        {
            Chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
            limit = Chars.Length;
            if (trackPositions)
            {
                limit = Math.Max(capacity, 16);
                Starts = new int[limit];
                Ends = new int[limit];
            }
        }

        public char[] Chars { get; private set; }

        public int[]? Starts { get; private set; }

        public int[]? Ends { get; private set; }

        public int Length { get; private set; }

        /// <summary>Processes the character at <paramref name="i"/> the general way; returns the last index consumed.</summary>
        public int ProcessAt(string text, int i)
        {
            var c = text[i];
            var expansion = ArabicLetters.IsPresentationForm(c) ? PresentationForms.Expand(c) : null;
            if (expansion is not null)
            {
                foreach (var e in expansion)
                {
                    Process(e, i, i + 1);
                }

                return i;
            }

            var end = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            Process(c, i, end);
            return end - 1;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Emit(char c, int start, int end)
        {
            if (pending != None)
            {
                Flush();
            }

            Append(c, start, end);
        }

        public void Finish()
        {
            if (pending != None)
            {
                Flush();
            }
        }

        private void Process(char c, int start, int end)
        {
            switch (CharTable.KindOf(c))
            {
                case CharTable.Kind.Normal:
                case CharTable.Kind.Digit:
                    Emit(CharTable.MatchFold(c), start, end);
                    break;
                case CharTable.Kind.Zwnj:
                    AddSeparator(Zwnj, start, end);
                    break;
                case CharTable.Kind.Space:
                case CharTable.Kind.LineBreak:
                    AddSeparator(Space, start, end);
                    break;
                case CharTable.Kind.Mark:
                    ProcessMark(c, end);
                    break;
                default:
                    break; // removed
            }
        }

        private void ProcessMark(char c, int end)
        {
            var attached = pending == None && Length > 0;
            var last = attached ? Chars[Length - 1] : '\0';
            var composed = (c, last) switch
            {
                (ArabicLetters.MaddaAbove, ArabicLetters.Alef) => ArabicLetters.AlefMadda,
                (ArabicLetters.HamzaAbove, ArabicLetters.Yeh) => ArabicLetters.YehHamza,
                (ArabicLetters.HamzaAbove, ArabicLetters.Waw) => ArabicLetters.WawHamza,
                _ => '\0',
            };
            if (composed != '\0')
            {
                Chars[Length - 1] = composed;
            }

            // A removed or composed mark belongs to the letter before it: widen that letter's original span.
            if (attached && Ends is not null)
            {
                Ends[Length - 1] = end;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddSeparator(byte kind, int start, int end)
        {
            if (pending == None)
            {
                pending = kind;
                pendingStart = start;
            }
            else if (kind > pending)
            {
                pending = kind;
            }

            pendingEnd = end;
        }

        private void Flush()
        {
            var kind = pending;
            pending = None;
            Append(kind == Zwnj ? ArabicLetters.Zwnj : ' ', pendingStart, pendingEnd);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Append(char c, int start, int end)
        {
            var length = Length;
            if (length == limit)
            {
                Grow();
            }

            Chars[length] = c;
            if (Starts is { } s && Ends is { } e)
            {
                s[length] = start;
                e[length] = end;
            }

            Length = length + 1;
        }

        private void Grow()
        {
            var bigger = ArrayPool<char>.Shared.Rent(limit * 2);
            Chars.AsSpan(0, Length).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(Chars);
            Chars = bigger;
            limit = bigger.Length;
            if (Starts is not null && Ends is not null)
            {
                limit = Length * 2;
                var starts = Starts;
                var ends = Ends;
                Array.Resize(ref starts, limit);
                Array.Resize(ref ends, limit);
                Starts = starts;
                Ends = ends;
            }
        }
    }
}
