using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Crm.Core.Customers.Internal.Identifiers;

namespace Crm.Core.Customers;

/// <summary>
/// The organisation's own groups, ranks and acquisition channels, from validated <see cref="CustomerOptions"/>:
/// tells whether a name is defined, turns a typed name into the configured spelling, and orders ranks (a higher level
/// means a more valued customer).
/// </summary>
/// <remarks>
/// <see cref="Customer.SetRank"/>, <see cref="Customer.AddToGroup"/>, <see cref="Customer.SetAcquisition"/> and
/// <see cref="CustomerRecordImporter"/> take a catalog and refuse a value that is not in its list (rules
/// <c>rank.unknown</c>, <c>group.unknown</c>, <c>channel.unknown</c>). A list left empty in the options accepts any
/// value; <see cref="Unrestricted"/> accepts any value in every list, for code that must take values as they come (a
/// migration of old data, tests). Names are compared after the Persian fold (Arabic ي/ك, digits, case and spacing, a
/// ZWNJ read as a space), and
/// a value that matches is stored in the configured spelling.
/// </remarks>
public sealed class CustomerCatalog
{
    private readonly Dictionary<string, string> _groups;
    private readonly Dictionary<string, int> _ranks;
    private readonly Dictionary<string, string> _rankNames;
    private readonly Dictionary<string, string> _channels;

    /// <summary>Creates a catalog from options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public CustomerCatalog(CustomerOptions options)
    {
        var errors = CustomerOptionsValidator.Validate(Guard.Against.Null(options));
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(options));
        }

        Options = options;
        Groups = [.. options.Groups.Select(g => g.Trim())];
        Ranks = [.. options.Ranks.Select(r => r.Trim())];
        AcquisitionChannels = [.. options.AcquisitionChannels.Select(c => c.Trim())];
        _groups = Groups.ToDictionary(Key, g => g, StringComparer.Ordinal);
        _channels = AcquisitionChannels.ToDictionary(Key, c => c, StringComparer.Ordinal);
        _rankNames = Ranks.ToDictionary(Key, r => r, StringComparer.Ordinal);
        _ranks = Ranks.Select((r, i) => (Key(r), i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>Gets a catalog that defines no group, rank or channel, so every value is accepted: the explicit opt-out of
    /// the checks for code that must take values as they come.</summary>
    public static CustomerCatalog Unrestricted { get; } = new(new CustomerOptions());

    /// <summary>Gets the options the catalog was built from.</summary>
    public CustomerOptions Options { get; }

    /// <summary>Gets the defined groups, trimmed, in the configured order; empty when any group is accepted.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>Gets the defined ranks, trimmed, lowest first; empty when any rank is accepted.</summary>
    public IReadOnlyList<string> Ranks { get; }

    /// <summary>Gets the defined acquisition channels, trimmed, in the configured order; empty when any channel is accepted.</summary>
    public IReadOnlyList<string> AcquisitionChannels { get; }

    /// <summary>Tells whether a group is defined (always true when the organisation defines none).</summary>
    /// <param name="group">The group name.</param>
    /// <returns><see langword="true"/> when the group may be used.</returns>
    public bool IsKnownGroup(string group) => _groups.Count == 0 || (group is not null && _groups.ContainsKey(Key(group)));

    /// <summary>Tells whether a rank is defined (always true when the organisation defines none).</summary>
    /// <param name="rank">The rank name.</param>
    /// <returns><see langword="true"/> when the rank may be used.</returns>
    public bool IsKnownRank(string rank) => _ranks.Count == 0 || (rank is not null && _ranks.ContainsKey(Key(rank)));

    /// <summary>Tells whether an acquisition channel is defined (always true when the organisation defines none).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> when the channel may be used.</returns>
    public bool IsKnownChannel(string channel) => _channels.Count == 0 || (channel is not null && _channels.ContainsKey(Key(channel)));

    /// <summary>Returns the level of a rank: 0 for the lowest defined rank, higher for better ranks.</summary>
    /// <param name="rank">The rank name.</param>
    /// <returns>The level, or −1 when the rank is not defined.</returns>
    public int RankLevel(string? rank) => rank is not null && _ranks.TryGetValue(Key(rank), out var level) ? level : -1;

    /// <summary>Checks a group name and returns the name to store.</summary>
    /// <param name="group">The group as typed.</param>
    /// <param name="name">The configured spelling of the group, or the trimmed input when no group is defined.</param>
    /// <param name="error">Why the group was refused: rule <c>group.unknown</c> (not defined, the message lists the
    /// groups) or <c>group.empty</c>, field <c>groups</c>.</param>
    /// <returns><see langword="true"/> when the group may be used.</returns>
    public bool TryResolveGroup(string? group, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out ValidationError? error) =>
        TryResolve(group, _groups, Groups, "groups", "group", "CustomerOptions.Groups", ("گروه", "گروه‌های تعریف‌شده"), out name, out error);

    /// <summary>Checks a rank and returns the name to store.</summary>
    /// <param name="rank">The rank as typed.</param>
    /// <param name="name">The configured spelling of the rank, or the trimmed input when no rank is defined.</param>
    /// <param name="error">Why the rank was refused: rule <c>rank.unknown</c> (not defined, the message lists the ranks)
    /// or <c>rank.empty</c>, field <c>rank</c>.</param>
    /// <returns><see langword="true"/> when the rank may be used.</returns>
    public bool TryResolveRank(string? rank, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out ValidationError? error) =>
        TryResolve(rank, _rankNames, Ranks, "rank", "rank", "CustomerOptions.Ranks", ("رتبهٔ", "رتبه‌های تعریف‌شده"), out name, out error);

    /// <summary>Checks an acquisition channel and returns the name to store.</summary>
    /// <param name="channel">The channel as typed.</param>
    /// <param name="name">The configured spelling of the channel, or the trimmed input when no channel is defined.</param>
    /// <param name="error">Why the channel was refused: rule <c>channel.unknown</c> (not defined, the message lists the
    /// channels) or <c>channel.empty</c>, field <c>acquisition</c>.</param>
    /// <returns><see langword="true"/> when the channel may be used.</returns>
    public bool TryResolveChannel(string? channel, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out ValidationError? error) =>
        TryResolve(channel, _channels, AcquisitionChannels, "acquisition", "channel", "CustomerOptions.AcquisitionChannels", ("کانال جذب", "کانال‌های جذب تعریف‌شده"), out name, out error);

    private static bool TryResolve(string? value, Dictionary<string, string> known, IReadOnlyList<string> list, string field, string what,
        string setting, (string One, string List) persian, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out ValidationError? error)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            name = null;
            error = new ValidationError(field, what + ".empty", value ?? string.Empty,
                $"Rule '{what}.empty' failed for {field} value '{value}': the {what} must not be empty.");
            return false;
        }

        var trimmed = value.Trim();
        if (known.Count == 0)
        {
            name = trimmed;
            error = null;
            return true;
        }

        if (known.TryGetValue(Key(trimmed), out name))
        {
            error = null;
            return true;
        }

        var shown = IdentifierMessage.Quote(value);   // at most 64 characters, no control characters
        error = new ValidationError(field, what + ".unknown", value,
            $"Rule '{what}.unknown' failed for {field} value '{shown}': the {what} is not one of {setting} (allowed: {string.Join(", ", list.Select(n => $"'{n}'"))}).")
        {
            PersianMessage = $"{persian.One} «{shown}» در فهرست {persian.List} نیست؛ مقدارهای مجاز: {string.Join("، ", list.Select(n => $"«{n}»"))} (قاعدهٔ {what}.unknown).",
        };
        return false;
    }

    private static string Key(string name) => CustomerOptionsValidator.Key(name);
}
