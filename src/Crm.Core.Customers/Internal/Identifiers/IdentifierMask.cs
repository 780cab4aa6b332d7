using Crm.Core.Persian;

namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>Hides the middle digits of personal identifiers (national code, card number, Sheba, mobile) for logs.</summary>
internal static class IdentifierMask
{
    /// <summary>Replaces every digit (any script) with '*' except the first <paramref name="keepStart"/> and the last
    /// <paramref name="keepEnd"/> digits; other characters are kept, so the shape of the text stays readable.</summary>
    /// <param name="text">The text, for example a display form such as <c>6037-9912-3456-7893</c>.</param>
    /// <param name="keepStart">How many leading digits stay visible.</param>
    /// <param name="keepEnd">How many trailing digits stay visible.</param>
    /// <returns>The masked text; at most <paramref name="keepStart"/> + <paramref name="keepEnd"/> digits remain.</returns>
    public static string Mask(string text, int keepStart, int keepEnd)
    {
        var total = 0;
        foreach (var c in text)
        {
            total += PersianDigits.DigitValue(c) >= 0 ? 1 : 0;
        }

        var lastHidden = Math.Max(keepStart, total - keepEnd);
        return string.Create(text.Length, (text, keepStart, lastHidden), static (span, state) =>
        {
            var index = 0;
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                if (PersianDigits.DigitValue(c) >= 0)
                {
                    span[i] = index >= state.keepStart && index < state.lastHidden ? '*' : c;
                    index++;
                }
                else
                {
                    span[i] = c;
                }
            }
        });
    }
}
