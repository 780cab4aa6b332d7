using System.Globalization;
using Crm.Core.Segmentation.Internal;

namespace Crm.Core.Segmentation.Tests.Import;

public class SpanTableTests
{
    [Fact]
    public void Find_ManyKeysThroughSeveralGrowths_EachKeyKeepsItsValue()
    {
        var table = new SpanTable();
        var keys = Enumerable.Range(0, 50_000).Select(i => i % 7 == 0 ? new string('x', i % 40) + i.ToString(CultureInfo.InvariantCulture) : "C" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = table.Find(keys[i], -1, out var added);
            Assert.True(added);
            table.ValueAt(slot) = i;
        }

        table.Find(string.Empty, -5, out var emptyAdded);
        for (var i = keys.Length - 1; i >= 0; i--)
        {
            var slot = table.Find(keys[i], -1, out var added);
            Assert.False(added);
            Assert.Equal(i, table.ValueAt(slot));
            Assert.Equal(keys[i], table.KeyAt(slot).ToString());
        }

        Assert.True(emptyAdded);
        Assert.Equal(-5, table.ValueAt(table.Find(string.Empty, 0, out _)));
        Assert.Equal(keys.Length + 1, table.Count);
    }
}
