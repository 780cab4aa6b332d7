namespace Crm.Core.Segmentation.Internal;

/// <summary>Hoare quickselect with median-of-three pivots and a sort fallback on deep recursion (introselect).</summary>
internal static class QuickSelect
{
    /// <summary>Rearranges <paramref name="a"/> so that a[k] is the k-th smallest value (0-based), everything before it
    /// is not greater and everything after it is not smaller. Only <c>[lo, hi]</c> is touched.</summary>
    public static void Select<T>(Span<T> a, int lo, int hi, int k)
        where T : IComparable<T>
    {
        var depth = 2 * (int)Math.Log2(Math.Max(2, hi - lo + 1)) + 8;
        while (hi > lo)
        {
            if (hi - lo < 24)
            {
                a.Slice(lo, hi - lo + 1).Sort();
                return;
            }

            if (--depth < 0)
            {
                a.Slice(lo, hi - lo + 1).Sort();
                return;
            }

            var pivot = MedianOfThree(a[lo], a[lo + ((hi - lo) / 2)], a[hi]);
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i].CompareTo(pivot) < 0)
                {
                    i++;
                }

                while (a[j].CompareTo(pivot) > 0)
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Places the four order statistics <paramref name="ranks"/> (ascending, 0-based) in position and returns them.</summary>
    public static void SelectFour<T>(Span<T> a, ReadOnlySpan<int> ranks, Span<T> values)
        where T : IComparable<T>
    {
        var n = a.Length;
        Select(a, 0, n - 1, ranks[1]);
        Select(a, 0, ranks[1], ranks[0]);
        Select(a, ranks[1], n - 1, ranks[2]);
        Select(a, ranks[2], n - 1, ranks[3]);
        for (var i = 0; i < 4; i++)
        {
            values[i] = a[ranks[i]];
        }
    }

    private static T MedianOfThree<T>(T x, T y, T z)
        where T : IComparable<T>
    {
        if (x.CompareTo(y) > 0)
        {
            (x, y) = (y, x);
        }

        if (y.CompareTo(z) > 0)
        {
            y = z;
            if (x.CompareTo(y) > 0)
            {
                y = x;
            }
        }

        return y;
    }
}
