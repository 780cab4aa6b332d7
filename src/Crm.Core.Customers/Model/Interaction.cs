using System.Globalization;
using Crm.Core.Persian.Internal;
using System.Text;
using Ardalis.GuardClauses;
using NodaTime;

namespace Crm.Core.Customers;

/// <summary>One entry of a customer's interaction log: the gist of a conversation, its outcome and the next agreed contact.</summary>
public sealed record Interaction
{
    /// <summary>Creates a log entry.</summary>
    /// <param name="channel">How it took place.</param>
    /// <param name="direction">Who started it.</param>
    /// <param name="at">When it took place.</param>
    /// <param name="author">Who records it.</param>
    /// <param name="summary">The gist of the conversation; not empty.</param>
    /// <param name="outcome">The outcome, if any.</param>
    /// <param name="nextContact">The next agreed contact date, if one was agreed.</param>
    /// <param name="id">The entry's id, for example the host system's (1 to 64 letters, digits and <c>- _ . : /</c>);
    /// <see langword="null"/> to make one from the entry itself (see <see cref="Id"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="author"/> or <paramref name="summary"/> is empty, an enum is
    /// undefined, or <paramref name="id"/> is blank, longer than 64 characters or holds another character.</exception>
    public Interaction(InteractionChannel channel, InteractionDirection direction, Instant at, string author, string summary,
        string? outcome = null, LocalDate? nextContact = null, string? id = null)
    {
        Channel = Guard.Against.EnumOutOfRange(channel);
        Direction = Guard.Against.EnumOutOfRange(direction);
        At = at;
        Author = Guard.Against.NullOrWhiteSpace(author).Trim();
        Summary = Guard.Against.NullOrWhiteSpace(summary).Trim();
        Outcome = string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim();
        NextContact = nextContact;
        Id = id is null ? MakeId() : CheckedId(id);
    }

    /// <summary>The longest id.</summary>
    public const int MaxIdLength = 64;

    /// <summary>
    /// Gets the entry's id: the one given, or one made from the entry itself, <c>i-</c> + the instant to the tick
    /// (<c>yyyyMMddTHHmmss</c> + 7 digits) + <c>-</c> + 8 hex digits of a hash of the channel, direction, author,
    /// summary, outcome and next contact; the same entry always gets the same id, on every machine. A customer's log
    /// holds each id once (<see cref="Customer.LogInteraction"/>), so a follow-up can name the entry it came from.
    /// </summary>
    /// <remarks>A copy made with <c>with</c> keeps the id.</remarks>
    public string Id { get; }

    /// <summary>Gets how it took place.</summary>
    public InteractionChannel Channel { get; }

    /// <summary>Gets who started it.</summary>
    public InteractionDirection Direction { get; }

    /// <summary>Gets when it took place.</summary>
    public Instant At { get; }

    /// <summary>Gets who recorded it.</summary>
    public string Author { get; }

    /// <summary>Gets the gist of the conversation.</summary>
    public string Summary { get; }

    /// <summary>Gets the outcome, if any.</summary>
    public string? Outcome { get; }

    /// <summary>Gets the next agreed contact date, if any: the follow-up planner files the dossier under it.</summary>
    public LocalDate? NextContact { get; }

    private string MakeId()
    {
        // FNV-1a over the UTF-8 of the fields: stable across processes and machines (string.GetHashCode is not).
        var text = string.Join('\u001F', Channel.ToString(), Direction.ToString(), Author, Summary, Outcome ?? string.Empty,
            NextContact is { } next ? next.WithCalendar(CalendarSystem.Iso).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        // NodaTime's own fields, not DateTime: every Instant has them, whatever its year.
        var utc = At.InUtc().LocalDateTime;
        return string.Create(CultureInfo.InvariantCulture,
            $"i-{utc.Year:D4}{utc.Month:D2}{utc.Day:D2}T{utc.Hour:D2}{utc.Minute:D2}{utc.Second:D2}{utc.TickOfSecond:D7}-{hash:x8}");
    }

    private static string CheckedId(string id)
    {
        var trimmed = id.Trim();
        if (trimmed.Length is 0 or > MaxIdLength || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/'))
        {
            throw new ArgumentException(
                $"Interaction id '{id}' is not valid: it must be 1 to {MaxIdLength} ASCII letters, digits and - _ . : /.", nameof(id));
        }

        return trimmed;
    }

    // Dates print as Persian yyyy/MM/dd, whatever their calendar (a Persian LocalDate's default text names Gregorian months).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("Id", Id, first: true)
            .Value("Channel", Channel)
            .Value("Direction", Direction)
            .Value("At", At)
            .Value("Author", Author)
            .Value("Summary", Summary)
            .Value("Outcome", Outcome)
            .Date("NextContact", NextContact);
        return true;
    }
}
