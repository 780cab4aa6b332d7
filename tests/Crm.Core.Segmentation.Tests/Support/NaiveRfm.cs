namespace Crm.Core.Segmentation.Tests.Support;

/// <summary>The tie rule written out literally, O(n²): score = 1 + floor(5·w/n), w = values strictly worse.</summary>
internal static class NaiveRfm
{
    public static int[] Scores<T>(IReadOnlyList<T> values, bool higherIsBetter)
        where T : IComparable<T>
    {
        var n = values.Count;
        var scores = new int[n];
        for (var i = 0; i < n; i++)
        {
            var w = 0;
            for (var j = 0; j < n; j++)
            {
                var c = values[j].CompareTo(values[i]);
                if (higherIsBetter ? c < 0 : c > 0)
                {
                    w++;
                }
            }

            scores[i] = 1 + (int)(5L * w / n);
        }

        return scores;
    }
}
