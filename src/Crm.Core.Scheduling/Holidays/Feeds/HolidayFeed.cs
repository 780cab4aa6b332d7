using System.Text;
using Ardalis.GuardClauses;
using Crm.Core.Scheduling.Internal;

namespace Crm.Core.Scheduling;

/// <summary>
/// Holiday data to load at run time: official lunar month starts (which replace predictions), one-off or provincial
/// closures, and cancelled holidays. Read one with <see cref="Read(string, HolidayFeedFormat)"/> and apply it with
/// <see cref="IranHolidayCalendar.WithFeed"/> or <see cref="HolidayCalendarSource.TryApply"/>.
/// </summary>
/// <remarks>The formats are described in docs/scheduling.md ("Holiday feeds"). Dates are Gregorian <c>yyyy-MM-dd</c> or
/// Solar Hijri <c>yyyy/MM/dd</c>, in any digit script.</remarks>
public sealed class HolidayFeed
{
    internal HolidayFeed(IReadOnlyList<HolidayFeedMonth> monthStarts, IReadOnlyList<HolidayFeedClosure> closures, IReadOnlyList<HolidayFeedCancellation> cancellations)
    {
        MonthStarts = monthStarts;
        Closures = closures;
        Cancellations = cancellations;
    }

    /// <summary>Gets the official lunar month starts, in the order of the feed.</summary>
    public IReadOnlyList<HolidayFeedMonth> MonthStarts { get; }

    /// <summary>Gets the closures, in the order of the feed.</summary>
    public IReadOnlyList<HolidayFeedClosure> Closures { get; }

    /// <summary>Gets the cancelled holiday dates, in the order of the feed.</summary>
    public IReadOnlyList<HolidayFeedCancellation> Cancellations { get; }

    /// <summary>Reads a feed from text; every problem is listed, and the feed is returned only when there is none.</summary>
    /// <param name="text">The feed's text.</param>
    /// <param name="format">JSON or CSV.</param>
    /// <returns>The feed, or every problem (line, field, rule, value).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not defined.</exception>
    /// <example><code>HolidayFeed.Read("kind,hijri_year,hijri_month,date,length,title,province\nmonth,1448,11,2027-04-08,,,", HolidayFeedFormat.Csv)</code></example>
    public static HolidayFeedReadResult Read(string text, HolidayFeedFormat format)
    {
        Guard.Against.Null(text);
        var builder = new HolidayFeedBuilder();
        switch (format)
        {
            case HolidayFeedFormat.Csv:
                HolidayFeedCsv.Read(text, builder);
                break;
            case HolidayFeedFormat.Json:
                HolidayFeedJson.Read(text, builder);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "The feed format is not defined.");
        }

        return builder.Build();
    }

    /// <summary>Reads a feed from a UTF-8 stream.</summary>
    /// <param name="stream">The stream; it is read to the end and not closed.</param>
    /// <param name="format">JSON or CSV.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The feed, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<HolidayFeedReadResult> ReadAsync(Stream stream, HolidayFeedFormat format, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        string text;
        try
        {
            text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException ex)
        {
            return new HolidayFeedReadResult(null, [HolidayFeedMessages.Error(1, "(file)", "encoding", "", "The feed is not valid UTF-8: " + ex.Message, null)]);
        }

        return Read(text, format);
    }

    /// <summary>Reads a feed file; the format comes from the extension (<c>.json</c>, otherwise CSV).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The feed, or every problem.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static async Task<HolidayFeedReadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrEmpty(path);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, FormatOf(path), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a feed file synchronously (for application start-up); the format comes from the extension
    /// (<c>.json</c>, otherwise CSV).</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The feed, or every problem.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static HolidayFeedReadResult ReadFile(string path)
    {
        Guard.Against.NullOrEmpty(path);
        return Read(File.ReadAllText(path), FormatOf(path));
    }

    private static HolidayFeedFormat FormatOf(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? HolidayFeedFormat.Json : HolidayFeedFormat.Csv;
}
