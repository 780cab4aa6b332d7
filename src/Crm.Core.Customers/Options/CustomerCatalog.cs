using Ardalis.GuardClauses;
using Crm.Core.Persian;

namespace Crm.Core.Customers;

/// <summary>
/// The organisation's own groups, ranks and acquisition channels, from validated <see cref="CustomerOptions"/>:
/// tells whether a name is defined and orders ranks (a higher level means a more valued customer).
/// </summary>
public sealed class CustomerCatalog
{
    private readonly HashSet<string> _groups;
    private readonly Dictionary<string, int> _ranks;
    private readonly HashSet<string> _channels;

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
        _groups = [.. options.Groups.Select(Key)];
        _channels = [.. options.AcquisitionChannels.Select(Key)];
        _ranks = options.Ranks.Select((r, i) => (Key(r), i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>Gets the options the catalog was built from.</summary>
    public CustomerOptions Options { get; }

    /// <summary>Tells whether a group is defined (always true when the organisation defines none).</summary>
    /// <param name="group">The group name.</param>
    /// <returns><see langword="true"/> when the group may be used.</returns>
    public bool IsKnownGroup(string group) => _groups.Count == 0 || (group is not null && _groups.Contains(Key(group)));

    /// <summary>Tells whether an acquisition channel is defined (always true when the organisation defines none).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> when the channel may be used.</returns>
    public bool IsKnownChannel(string channel) => _channels.Count == 0 || (channel is not null && _channels.Contains(Key(channel)));

    /// <summary>Returns the level of a rank: 0 for the lowest defined rank, higher for better ranks.</summary>
    /// <param name="rank">The rank name.</param>
    /// <returns>The level, or −1 when the rank is not defined.</returns>
    public int RankLevel(string? rank) => rank is not null && _ranks.TryGetValue(Key(rank), out var level) ? level : -1;

    private static string Key(string name) => PersianFold.FoldToString(name.Trim());
}
