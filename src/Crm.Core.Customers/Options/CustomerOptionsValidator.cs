using Ardalis.GuardClauses;
using Crm.Core.Persian;

namespace Crm.Core.Customers;

/// <summary>Validates <see cref="CustomerOptions"/>, reporting every problem at once. Used by DI on start and by non-DI callers.</summary>
public static class CustomerOptionsValidator
{
    /// <summary>Returns every problem with the options; empty when they are valid.</summary>
    /// <param name="options">The options.</param>
    /// <returns>One English message per problem, naming the setting, the rule and the value (the <see cref="ValidationError.Message"/>
    /// of <see cref="Errors"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Validate(CustomerOptions options) => [.. Errors(options).Select(e => e.Message)];

    /// <summary>Returns every problem with the options as <see cref="ValidationError"/>s: the setting as field (for example
    /// <c>CustomerOptions.Ranks[1]</c>), the rule (<c>options.currency</c>, <c>options.name-empty</c>,
    /// <c>options.name-duplicate</c>), the value, and the message in English and Persian (<see cref="ValidationError.MessageIn"/>).</summary>
    /// <param name="options">The options.</param>
    /// <returns>The problems; empty when the options are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ValidationError> Errors(CustomerOptions options)
    {
        Guard.Against.Null(options);
        var errors = new List<ValidationError>();
        if (options.DefaultCurrency is not { Length: 3 } c || !c.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new ValidationError("CustomerOptions.DefaultCurrency", "options.currency", options.DefaultCurrency ?? string.Empty,
                $"CustomerOptions.DefaultCurrency: must be a three-letter upper-case ISO 4217 code, got '{options.DefaultCurrency}'."));
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

    private static void CheckNames(List<ValidationError> errors, string setting, IList<string> names)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var field = $"CustomerOptions.{setting}[{i}]";
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(new ValidationError(field, "options.name-empty", name ?? string.Empty, $"{field}: must not be empty."));
                continue;
            }

            var key = Key(name);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(new ValidationError(field, "options.name-duplicate", name,
                    $"{field}: '{name}' duplicates entry {first} ('{names[first]}') after the Persian fold (a ZWNJ reads as a space).")
                {
                    PersianMessage = $"«{name}» در {field} پذیرفته نیست: پس از یکسان‌سازی حروف و فاصله‌ها با ردیف {PersianDigits.ToPersian(first.ToString(System.Globalization.CultureInfo.InvariantCulture))} («{names[first]}») یکی است (قاعدهٔ options.name-duplicate).",
                });
            }
            else
            {
                seen.Add(key, i);
            }
        }
    }
}
