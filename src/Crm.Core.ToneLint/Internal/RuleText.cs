using System.Globalization;

namespace Crm.Core.ToneLint.Internal;

/// <summary>The Persian and English wording of a rule: message ({0} = the offending text), explanation, advice.</summary>
internal sealed record RuleText(string MessageFa, string MessageEn, string ExplanationFa, string ExplanationEn, string AdviceFa, string AdviceEn)
{
    private Template? _fa;
    private Template? _en;

    public string Message(ToneLanguage language, string arg) => Message(language, arg.AsSpan());

    /// <summary>Fills the message template; a template that is text around one {0} is split once and concatenated.</summary>
    public string Message(ToneLanguage language, ReadOnlySpan<char> arg)
    {
        var template = language == ToneLanguage.English ? _en ??= Template.Of(MessageEn) : _fa ??= Template.Of(MessageFa);
        return template.Prefix is null ? string.Format(CultureInfo.InvariantCulture, template.Format, arg.ToString())
            : template.Suffix is null ? template.Prefix
            : string.Concat(template.Prefix, arg, template.Suffix);
    }

    public string Explanation(ToneLanguage language) => language == ToneLanguage.English ? ExplanationEn : ExplanationFa;

    public string Advice(ToneLanguage language) => language == ToneLanguage.English ? AdviceEn : AdviceFa;

    /// <summary>
    /// A message template: a constant (<see cref="Suffix"/> null), text around one {0} (<see cref="Prefix"/> and
    /// <see cref="Suffix"/>), or anything else for <see cref="string.Format(IFormatProvider, string, object)"/> (<see cref="Prefix"/> null).
    /// </summary>
    private sealed record Template(string Format, string? Prefix, string? Suffix)
    {
        public static Template Of(string format)
        {
            var braces = format.AsSpan().Count('{') + format.AsSpan().Count('}');
            if (braces == 0)
            {
                return new Template(format, format, null);
            }

            var at = format.IndexOf("{0}", StringComparison.Ordinal);
            return braces == 2 && at >= 0 ? new Template(format, format[..at], format[(at + 3)..]) : new Template(format, null, null);
        }
    }
}
