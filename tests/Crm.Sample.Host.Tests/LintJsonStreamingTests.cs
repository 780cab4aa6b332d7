using Crm.Core.ToneLint;
using Crm.Sample.Host.Commands;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Sample.Host.Tests;

/// <summary>`lint --format json` and `--jsonl` write each result streamed, finding by finding (issue 18: JSON mode peaked
/// at ~400× the input size); the bytes must stay those of serialising the whole result at once.</summary>
public class LintJsonStreamingTests
{
    private static readonly ToneLinter Linter = new(new ToneLintOptions());

    private static readonly string[] Pieces =
    [
        "Dear customer, ", "سلام {اسم مشتری}، ", "we can't do that. ", "متاسفانه امکان بازگشت وجه نيست. ", "ASAP!!! ", "\"quoted\" ",
        "\n", "Best regards,\nSara\n", "<b>tag</b> ", "emoji 😀 ", "\\ backslash ", "per our policy ", "\t", "Please kindly note ",
    ];

    [Property(MaxTest = 200)]
    public Property WriteJson_AnyReplyAndLimit_EqualsWholeSerialisation()
    {
        var gen = from parts in Gen.Elements(Pieces).ArrayOf()
                  from limit in Gen.Choose(0, 30)
                  from id in Gen.Elements<string?>(null, "r-1", "\"odd\" id\n", "شناسه")
                  select (Text: string.Concat(parts), Limit: limit, Id: id);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            var result = Linter.Lint(p.Text);
            using var streamed = new StringWriter();
            LintCommands.WriteJson(streamed, p.Id, result, p.Limit);
            var expected = LintCommands.ToJsonText(p.Id, result, p.Limit) + Environment.NewLine;
            return (streamed.ToString() == expected).Label($"{p}:\n{streamed}\nvs\n{expected}");
        });
    }
}
