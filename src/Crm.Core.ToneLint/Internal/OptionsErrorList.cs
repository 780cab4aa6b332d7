namespace Crm.Core.ToneLint.Internal;

/// <summary>Collects <see cref="ToneLintOptionsError"/>s for the options validator and the team-file reader; the Persian
/// sentence is «تنظیم setting با مقدار «value» پذیرفته نیست: reason (قاعدهٔ rule).», or without the value when it is
/// empty (a value longer than 64 characters is cut with '…').</summary>
internal sealed class OptionsErrorList
{
    public List<ToneLintOptionsError> List { get; } = [];

    public int Count => List.Count;

    public void Add(string setting, string rule, string value, string message, string persianReason)
    {
        var shown = value.Length > 64 ? value[..64] + "…" : value;
        var persian = shown.Length == 0
            ? $"تنظیم {setting} پذیرفته نیست: {persianReason} (قاعدهٔ {rule})."
            : $"تنظیم {setting} با مقدار «{shown}» پذیرفته نیست: {persianReason} (قاعدهٔ {rule}).";
        List.Add(new ToneLintOptionsError(setting, rule, value, message, persian));
    }

    public void AddRange(IEnumerable<ToneLintOptionsError> errors) => List.AddRange(errors);
}
