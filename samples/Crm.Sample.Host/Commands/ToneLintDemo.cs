using Crm.Core.ToneLint;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

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

    /// <summary>Writes the section: plain lines on <paramref name="output"/>, or panels and tables on <paramref name="console"/>
    /// when the output is a terminal.</summary>
    public static void Run(IServiceProvider services, TextWriter output, IAnsiConsole? console = null)
    {
        var linter = services.GetRequiredService<ToneLinter>();
        if (console is not null)
        {
            console.Heading("Tone lint: drafts checked against the customer-service language guide");
        }
        else
        {
            output.WriteLine();
            output.WriteLine("== Tone lint: drafts checked against the customer-service language guide ==");
        }

        var number = 0;
        foreach (var draft in Drafts)
        {
            var result = linter.Lint(draft);
            var fixedText = result.ApplyFixes();
            var changed = fixedText != draft.Text;
            int? fixedScore = changed ? linter.Lint(new ToneLintRequest(fixedText) { CustomerName = draft.CustomerName, CustomerMessage = draft.CustomerMessage }).Score : null;
            if (console is not null)
            {
                ToneLintView.Draft(console, ++number, draft.Text, result, changed ? fixedText : null, fixedScore);
                continue;
            }

            output.WriteLine();
            output.WriteLine("Draft:");
            output.WriteLine(draft.Text);
            LintCommands.WriteReport(output, result);
            if (changed)
            {
                output.WriteLine("After mechanical fixes (score " + fixedScore + "):");
                output.WriteLine(fixedText);
            }
        }
    }
}
