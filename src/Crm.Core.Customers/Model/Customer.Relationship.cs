using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Persian;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Customers;

/// <summary>Acquisition, groups, rank, tags, owner, notes and interactions.</summary>
public abstract partial class Customer
{
    /// <summary>Records how the customer found us.</summary>
    /// <param name="acquisition">The channel and date; the channel is trimmed and must not be empty.</param>
    /// <param name="catalog">The organisation's channels (from DI, <c>GetRequiredService&lt;CustomerCatalog&gt;()</c>): the
    /// channel must be one of <see cref="CustomerOptions.AcquisitionChannels"/> unless that list is empty, and is stored in
    /// its configured spelling. <see cref="CustomerCatalog.Unrestricted"/> accepts any channel.</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <exception cref="CustomerValidationException">The channel is empty (rule <c>channel.empty</c>) or not one of the
    /// configured channels (rule <c>channel.unknown</c>; the message lists them).</exception>
    public void SetAcquisition(AcquisitionChannel acquisition, CustomerCatalog catalog, ChangeStamp stamp)
    {
        Guard.Against.Null(acquisition);
        Guard.Against.Null(catalog);
        Guard.Against.Default(stamp);
        if (!catalog.TryResolveChannel(acquisition.Channel, out var channel, out var error))
        {
            throw new CustomerValidationException(Code, error);
        }

        var value = acquisition with { Channel = channel };
        Set(stamp, "acquisition", Describe(Acquisition), Describe(value), () => Acquisition = value);
    }

    /// <summary>Adds the customer to a group defined by the organisation.</summary>
    /// <param name="group">The group name; trimmed, not empty.</param>
    /// <param name="catalog">The organisation's groups (from DI): the group must be one of <see cref="CustomerOptions.Groups"/>
    /// unless that list is empty, and is stored in its configured spelling. <see cref="CustomerCatalog.Unrestricted"/>
    /// accepts any group.</param>
    /// <param name="stamp">Who changes it and when.</param>
    /// <returns><see langword="true"/> when added; <see langword="false"/> when already a member.</returns>
    /// <exception cref="CustomerValidationException"><paramref name="group"/> is empty (rule <c>group.empty</c>) or not
    /// one of the configured groups (rule <c>group.unknown</c>; the message lists them).</exception>
    public bool AddToGroup(string group, CustomerCatalog catalog, ChangeStamp stamp)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Default(stamp);
        if (!catalog.TryResolveGroup(group, out var name, out var error))
        {
            throw new CustomerValidationException(Code, error);
        }

        return AddTo(_groups, "groups", name, stamp);
    }

    /// <summary>Removes the customer from a group.</summary>
    /// <param name="group">The group name.</param>
    /// <param name="stamp">Who changes it and when.</param>
    /// <returns><see langword="true"/> when removed.</returns>
    public bool RemoveFromGroup(string group, ChangeStamp stamp) => RemoveFrom(_groups, "groups", group, stamp);

    /// <summary>Adds a tag.</summary>
    /// <param name="tag">The tag; trimmed, not empty.</param>
    /// <param name="stamp">Who changes it and when.</param>
    /// <returns><see langword="true"/> when added.</returns>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is empty.</exception>
    public bool AddTag(string tag, ChangeStamp stamp) => AddTo(_tags, "tags", tag, stamp);

    /// <summary>Removes a tag.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="stamp">Who changes it and when.</param>
    /// <returns><see langword="true"/> when removed.</returns>
    public bool RemoveTag(string tag, ChangeStamp stamp) => RemoveFrom(_tags, "tags", tag, stamp);

    /// <summary>Sets or clears the customer's rank.</summary>
    /// <param name="rank">A rank defined by the organisation, or <see langword="null"/> (or blank) to clear it.</param>
    /// <param name="catalog">The organisation's ranks (from DI): the rank must be one of <see cref="CustomerOptions.Ranks"/>
    /// unless that list is empty, and is stored in its configured spelling. <see cref="CustomerCatalog.Unrestricted"/>
    /// accepts any rank.</param>
    /// <param name="stamp">Who changes it and when.</param>
    /// <exception cref="CustomerValidationException"><paramref name="rank"/> is not one of the configured ranks (rule
    /// <c>rank.unknown</c>; the message lists them).</exception>
    public void SetRank(string? rank, CustomerCatalog catalog, ChangeStamp stamp)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Default(stamp);
        string? name = null;
        if (Clean(rank) is not null && !catalog.TryResolveRank(rank, out name, out var error))
        {
            throw new CustomerValidationException(Code, error);
        }

        Set(stamp, "rank", Rank, name, () => Rank = name);
    }

    /// <summary>Assigns the owning account manager, or clears it.</summary>
    /// <param name="owner">The account manager's user name, or <see langword="null"/>.</param>
    /// <param name="stamp">Who changes it and when.</param>
    public void AssignOwner(string? owner, ChangeStamp stamp) =>
        Set(stamp, "owner", Owner, Clean(owner), () => Owner = Clean(owner));

    /// <summary>Appends a behavioural note; notes are never edited or removed.</summary>
    /// <param name="text">The note; display-normalised, not empty.</param>
    /// <param name="stamp">The author and the instant.</param>
    /// <returns>The stored note.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    public BehaviouralNote AddNote(string text, ChangeStamp stamp)
    {
        Guard.Against.NullOrWhiteSpace(text);
        var note = new BehaviouralNote(stamp.By, stamp.At, PersianNormalizer.Normalize(text));
        _notes.Add(note);
        Record(stamp, "notes", null, note.Text);
        return note;
    }

    /// <summary>Appends an entry to the interaction log.</summary>
    /// <param name="interaction">The entry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="interaction"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The log already holds an entry with the same <see cref="Interaction.Id"/> (the
    /// same entry logged twice, or a reused id).</exception>
    public void LogInteraction(Interaction interaction)
    {
        Guard.Against.Null(interaction);
        if (_interactions.Exists(i => string.Equals(i.Id, interaction.Id, StringComparison.Ordinal)))
        {
            throw new ArgumentException(
                $"Customer '{Code}' already has interaction '{interaction.Id}' in its log; each entry is logged once.", nameof(interaction));
        }

        _interactions.Add(interaction);
        Record(new ChangeStamp(interaction.Author, interaction.At), "interactions", null,
            interaction.Channel.ToString() + ": " + interaction.Summary);
    }

    /// <summary>Records one change in the history.</summary>
    /// <param name="stamp">Who and when.</param>
    /// <param name="field">The field.</param>
    /// <param name="oldValue">The old value.</param>
    /// <param name="newValue">The new value.</param>
    private protected void Record(ChangeStamp stamp, string field, string? oldValue, string? newValue)
    {
        Guard.Against.Default(stamp);
        _history.Add(new CustomerChange(stamp, field, oldValue, newValue));
    }

    /// <summary>Applies a change and records it when the value differs.</summary>
    /// <param name="stamp">Who and when.</param>
    /// <param name="field">The field.</param>
    /// <param name="oldValue">The old value, formatted.</param>
    /// <param name="newValue">The new value, formatted.</param>
    /// <param name="apply">Stores the new value.</param>
    /// <returns><see langword="true"/> when the value changed.</returns>
    private protected bool Set(ChangeStamp stamp, string field, string? oldValue, string? newValue, Action apply)
    {
        Guard.Against.Default(stamp);
        if (string.Equals(oldValue, newValue, StringComparison.Ordinal))
        {
            return false;
        }

        apply();
        Record(stamp, field, oldValue, newValue);
        return true;
    }

    /// <summary>Records one history entry per field whose formatted value differs between two versions of a profile.</summary>
    /// <typeparam name="TProfile">The profile type.</typeparam>
    /// <param name="before">The current profile.</param>
    /// <param name="after">The new profile.</param>
    /// <param name="fields">Each field's name and formatter.</param>
    /// <param name="stamp">Who and when.</param>
    /// <returns>The number of fields that changed.</returns>
    private protected int RecordChanges<TProfile>(TProfile before, TProfile after,
        IReadOnlyList<(string Field, Func<TProfile, string?> Format)> fields, ChangeStamp stamp)
    {
        var changed = 0;
        foreach (var (field, format) in fields)
        {
            var old = format(before);
            var now = format(after);
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                Record(stamp, field, old, now);
                changed++;
            }
        }

        return changed;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Describe(AcquisitionChannel? a) =>
        a is null ? null : a.Channel + " " + LocalDatePattern.Iso.WithCulture(CultureInfo.InvariantCulture).Format(a.Date.WithCalendar(CalendarSystem.Iso));

    private bool AddTo(SortedSet<string> set, string field, string value, ChangeStamp stamp)
    {
        var clean = Guard.Against.NullOrWhiteSpace(value, field == "tags" ? "tag" : "group").Trim();
        Guard.Against.Default(stamp);
        if (!set.Add(clean))
        {
            return false;
        }

        Record(stamp, field, null, clean);
        return true;
    }

    private bool RemoveFrom(SortedSet<string> set, string field, string value, ChangeStamp stamp)
    {
        Guard.Against.Default(stamp);
        if (value is null || !set.Remove(value.Trim()))
        {
            return false;
        }

        Record(stamp, field, value.Trim(), null);
        return true;
    }
}
