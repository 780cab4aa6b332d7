using Crm.Core.ToneLint;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Sample.Host.Commands;

/// <summary>The tone-lint section of <c>demo</c>: realistic drafts, their findings, and the text after mechanical fixes.</summary>
internal static class ToneLintDemo
{
    internal static readonly ToneLintRequest[] Drafts =
    [
        new("مشتری گرامی\nما از صبر شما سپاسگزاریم. درخواست شما را دریافت داشته‌ایم و در اسرع وقت بررسی خواهد شد. متاسفانه طبق قوانین شرکت امکان بازگشت وجه نيست.") { CustomerName = "سارا احمدی" },
        new("سلام {اسم مشتری}، متاسفیم که با این مشکل مواجه شدید!!! شما باید رسید را نگه میداشتید, باید شما رو به واحد فنی ارجاع بدم.") { CustomerMessage = "این افتضاحه!!! سه بار سفارشم اشتباه اومده." },
        new("Dear customer, we apologize for any inconvenience. Kindly note your request has been received and will be processed ASAP. Per our policy we can't refund opened items.") { CustomerName = "John Smith" },
        new("سلام سارا جان، سفارشتان امروز ساعت ۱۴ ارسال شد و فردا تا ظهر می‌رسد. اگر سؤال دیگری داشتید، خوشحال می‌شوم کمک کنم.") { CustomerName = "سارا احمدی" },
    ];

    public static void Run(IServiceProvider services, TextWriter output)
    {
        var linter = services.GetRequiredService<ToneLinter>();
        output.WriteLine();
        output.WriteLine("== Tone lint: drafts checked against the customer-service language guide ==");
        foreach (var draft in Drafts)
        {
            output.WriteLine();
            output.WriteLine("Draft:");
            output.WriteLine(draft.Text);
            var result = linter.Lint(draft);
            LintCommands.WriteReport(output, result);
            var fixedText = result.ApplyFixes();
            if (fixedText != draft.Text)
            {
                output.WriteLine("After mechanical fixes (score " + linter.Lint(new ToneLintRequest(fixedText) { CustomerName = draft.CustomerName, CustomerMessage = draft.CustomerMessage }).Score + "):");
                output.WriteLine(fixedText);
            }
        }
    }
}
