namespace Crm.Core.Segmentation.Internal;

/// <summary>Parses the two-position R/F patterns of an RFM segment map into bit sets (bit k set = score k allowed).</summary>
internal static class RfmPattern
{
    public static bool TryParse(string? pattern, out int rSet, out int fSet)
    {
        rSet = fSet = 0;
        if (pattern is null)
        {
            return false;
        }

        var text = pattern.Trim();
        var pos = 0;
        return TryPosition(text, ref pos, out rSet) && TryPosition(text, ref pos, out fSet) && pos == text.Length;
    }

    private static bool TryPosition(string text, ref int pos, out int set)
    {
        set = 0;
        if (pos >= text.Length)
        {
            return false;
        }

        var c = text[pos];
        if (c == '*')
        {
            pos++;
            set = 0b111110;
            return true;
        }

        if (IsScore(c))
        {
            pos++;
            set = 1 << (c - '0');
            return true;
        }

        if (c != '[')
        {
            return false;
        }

        pos++;
        while (pos < text.Length && text[pos] != ']')
        {
            var from = text[pos];
            if (!IsScore(from))
            {
                return false;
            }

            var to = from;
            if (pos + 2 < text.Length && text[pos + 1] == '-')
            {
                to = text[pos + 2];
                if (!IsScore(to) || to < from)
                {
                    return false;
                }

                pos += 2;
            }

            for (var k = from; k <= to; k++)
            {
                set |= 1 << (k - '0');
            }

            pos++;
        }

        if (pos >= text.Length || set == 0)
        {
            return false;
        }

        pos++;
        return true;
    }

    private static bool IsScore(char c) => c is >= '1' and <= '5';
}
