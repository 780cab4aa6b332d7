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
    /// <exception cref="ArgumentException"><paramref name="author"/> or <paramref name="summary"/> is empty, or an enum is undefined.</exception>
    public Interaction(InteractionChannel channel, InteractionDirection direction, Instant at, string author, string summary,
        string? outcome = null, LocalDate? nextContact = null)
    {
        Channel = Guard.Against.EnumOutOfRange(channel);
        Direction = Guard.Against.EnumOutOfRange(direction);
        At = at;
        Author = Guard.Against.NullOrWhiteSpace(author).Trim();
        Summary = Guard.Against.NullOrWhiteSpace(summary).Trim();
        Outcome = string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim();
        NextContact = nextContact;
    }

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

    // Dates print as Persian yyyy/MM/dd, whatever their calendar (a Persian LocalDate's default text names Gregorian months).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("Channel", Channel, first: true)
            .Value("Direction", Direction)
            .Value("At", At)
            .Value("Author", Author)
            .Value("Summary", Summary)
            .Value("Outcome", Outcome)
            .Date("NextContact", NextContact);
        return true;
    }
}
