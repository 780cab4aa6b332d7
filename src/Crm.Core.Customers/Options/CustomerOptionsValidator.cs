using Ardalis.GuardClauses;
using Crm.Core.Persian;

namespace Crm.Core.Customers;

/// <summary>Validates <see cref="CustomerOptions"/>, reporting every problem at once. Used by DI on start and by non-DI callers.</summary>
public static class CustomerOptionsValidator
{
    /// <summary>Returns every problem with the options; empty when they are valid.</summary>
    /// <param name="options">The options.</param>
    /// <returns>One message per problem, naming the setting, the rule and the value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Validate(CustomerOptions options)
    {
        Guard.Against.Null(options);
        var errors = new List<string>();
        if (options.DefaultCurrency is not { Length: 3 } c || !c.All(char.IsAsciiLetterUpper))
        {
            errors.Add($"CustomerOptions.DefaultCurrency: must be a three-letter upper-case ISO 4217 code, got '{options.DefaultCurrency}'.");
        }

        CheckNames(errors, "Groups", options.Groups);
        CheckNames(errors, "Ranks", options.Ranks);
        CheckNames(errors, "AcquisitionChannels", options.AcquisitionChannels);
        return errors;
    }

    /// <summary>The comparison key of a group, rank or channel name: the Persian fold (Arabic ي/ك, digits, case,
    /// spacing) with a ZWNJ read as a space, so «نقره‌ای» and «نقره ای» are one name.</summary>
    internal static string Key(string name) =>
        string.Join(' ', PersianFold.FoldToString(name.Trim()).Split([' ', '\u200C'], StringSplitOptions.RemoveEmptyEntries));

    private static void CheckNames(List<string> errors, string setting, IList<string> names)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add($"CustomerOptions.{setting}[{i}]: must not be empty.");
                continue;
            }

            var key = Key(name);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add($"CustomerOptions.{setting}[{i}]: '{name}' duplicates entry {first} ('{names[first]}') after the Persian fold (a ZWNJ reads as a space).");
            }
            else
            {
                seen.Add(key, i);
            }
        }
    }
}
