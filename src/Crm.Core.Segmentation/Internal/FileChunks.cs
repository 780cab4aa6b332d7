using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Crm.Core.Segmentation.Internal;

/// <summary>One chunk of a file: bytes <see cref="Start"/> to <see cref="End"/> (exclusive), the lines before it and the
/// lines in it (an upper bound on its rows).</summary>
internal readonly record struct FileChunk(long Start, long End, long LinesBefore, long Lines);

/// <summary>Splits a CSV file into chunks that start at the beginning of a line, for reading on several threads.</summary>
internal static class FileChunks
{
    /// <summary>Plans up to <paramref name="count"/> chunks of at least <paramref name="minBytes"/> bytes each, counting
    /// the lines of each in one pass. Gives <see langword="false"/> when the file holds a quote character: a quoted field
    /// may hold a line break, so a line start is not surely a row start and the file is read on one thread.</summary>
    public static bool TryPlan(SafeFileHandle handle, int count, long minBytes, CancellationToken cancellationToken, out FileChunk[] chunks)
    {
        chunks = [];
        var length = RandomAccess.GetLength(handle);
        count = (int)Math.Min(count, length / Math.Max(1, minBytes));
        if (count < 2)
        {
            return false;
        }

        // Each boundary is just after the first line break at or after its target.
        var targets = new long[count + 1];
        for (var k = 1; k < count; k++)
        {
            targets[k] = length * k / count;
        }

        targets[count] = length;
        var starts = new List<long> { 0 };
        var linesBefore = new List<long> { 0 };
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long offset = 0, newlines = 0;
            var next = 1;
            var last = (byte)'\n';
            int read;
            while ((read = RandomAccess.Read(handle, buffer.AsSpan(0, buffer.Length), offset)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var span = buffer.AsSpan(0, read);
                if (span.Contains((byte)'"'))
                {
                    return false;
                }

                var from = 0;
                while (next < count && targets[next] < offset + read)
                {
                    var at = span[(int)Math.Max(from, targets[next] - offset)..].IndexOf((byte)'\n');
                    if (at < 0)
                    {
                        break;
                    }

                    at += (int)Math.Max(from, targets[next] - offset);
                    newlines += span[from..(at + 1)].Count((byte)'\n');
                    from = at + 1;
                    if (offset + from < length && offset + from > starts[^1])
                    {
                        starts.Add(offset + from);
                        linesBefore.Add(newlines);
                    }

                    next++;
                    while (next < count && targets[next] < offset + from)
                    {
                        next++;
                    }
                }

                newlines += span[from..].Count((byte)'\n');
                last = span[read - 1];
                offset += read;
            }

            var totalLines = newlines + (last == '\n' ? 0 : 1);
            if (starts.Count < 2)
            {
                return false;
            }

            chunks = new FileChunk[starts.Count];
            for (var k = 0; k < starts.Count; k++)
            {
                var end = k + 1 < starts.Count ? starts[k + 1] : length;
                var linesAfter = k + 1 < starts.Count ? linesBefore[k + 1] : totalLines;
                chunks[k] = new FileChunk(starts[k], end, linesBefore[k], linesAfter - linesBefore[k]);
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
