using System.Buffers;

namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// Collects the findings of one lint in an array rented from the shared pool, so a reply with a handful of findings
/// and an adversarial input with 200,000 allocate no growing list; <see cref="Dispose"/> clears and returns it.
/// </summary>
internal sealed class FindingSink : IDisposable
{
    private Finding[] _items = ArrayPool<Finding>.Shared.Rent(32);

    public int Count { get; private set; }

    public void Add(in Finding finding)
    {
        if (Count == _items.Length)
        {
            var bigger = ArrayPool<Finding>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(bigger);
            Return(_items, Count);
            _items = bigger;
        }

        _items[Count++] = finding;
    }

    /// <summary>The findings in the order they were added; valid until the next <see cref="Add"/>.</summary>
    public Span<Finding> AsSpan() => _items.AsSpan(0, Count);

    public void Dispose()
    {
        Return(_items, Count);
        _items = [];
        Count = 0;
    }

    private static void Return(Finding[] items, int used)
    {
        if (items.Length > 0)
        {
            items.AsSpan(0, used).Clear(); // drop the references to rules and strings before pooling
            ArrayPool<Finding>.Shared.Return(items);
        }
    }
}
