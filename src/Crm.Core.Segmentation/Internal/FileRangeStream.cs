using Microsoft.Win32.SafeHandles;

namespace Crm.Core.Segmentation.Internal;

/// <summary>A read-only, forward-only stream over a byte range of a file, read with positional reads on a shared handle,
/// so several threads can read their own ranges of one file at once. Adds the bytes it reads to a shared counter.</summary>
internal sealed class FileRangeStream(SafeFileHandle handle, long start, long end, ReadCounter counter) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => end - start;

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, end - start - _read);
        if (wanted <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(handle, buffer[..wanted], start + _read);
        _read += read;
        counter.Add(read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>Rows and bytes read by the chunks of a file, added from several threads.</summary>
internal sealed class ReadCounter
{
    private long _bytes;
    private long _rows;

    public long Bytes => Interlocked.Read(ref _bytes);

    public long Rows => Interlocked.Read(ref _rows);

    public void Add(int bytes) => Interlocked.Add(ref _bytes, bytes);

    public void AddRows(long rows) => Interlocked.Add(ref _rows, rows);
}
