using Crm.Core.TestKit;
using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Tests;

public class CultureInvarianceTests
{
    public static TheoryData<string> Cultures => ["fa-IR", "ar-SA", "de-DE", "tr-TR"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task CalendarCommands_NonInvariantCulture_OutputUnchanged(string culture)
    {
        string[][] commands =
        [
            ["calendar", "convert", "--gregorian", "2025-03-21", "--format", "json"],
            ["calendar", "convert", "--persian", "1405/01/01"],
            ["calendar", "holidays", "--year", "1405", "--format", "json"],
            ["calendar", "holidays", "--year", "1405"],
            ["calendar", "workdays", "--from", "1405/01/01", "--to", "1405/01/31", "--format", "json"],
            ["calendar", "holidays", "--year", "1406", "--format", "json"],
            ["calendar", "lunar-months", "--from", "1447", "--to", "1449"],
            ["calendar", "lunar-months", "--from", "1447", "--to", "1449", "--predicted", "--format", "json"],
        ];
        var expected = new List<string>();
        using (new CultureScope(""))
        {
            foreach (var args in commands)
            {
                expected.Add((await SampleHost.RunAsync(args)).Stdout);
            }
        }

        using (new CultureScope(culture))
        {
            for (var i = 0; i < commands.Length; i++)
            {
                var run = await SampleHost.RunAsync(commands[i]);
                HostAssert.Ok(run);
                Assert.Equal(expected[i], run.Stdout);
            }

            // And against fixed values, not only against another run.
            var convert = await SampleHost.RunAsync("calendar", "convert", "--gregorian", "2025-03-21", "--format", "json");
            Assert.Equal("""{"persian":"1404/01/01","gregorian":"2025-03-21","weekday":"Friday","weekdayFa":"جمعه"}""", convert.OutLines[0]);
            var workdays = await SampleHost.RunAsync("calendar", "workdays", "--from", "1405/01/01", "--to", "1405/01/31");
            Assert.Equal(CalendarCommandsTests.ExpectedFarvardin1405Workdays(DayOfWeek.Friday), workdays.OutLines);
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    [InlineData("th-TH")]
    public async Task LtvPredict_DecimalNumbersOnTheCommandLine_AreReadInvariantly(string culture)
    {
        // Issue 18: '--horizon 52.5 --discount-rate 0.01' was read as 525 and 1 under de-DE and tr-TR (exit 0, other CLV),
        // and rejected under fa-IR and ar-SA.
        string[] args = ["ltv", "predict", "--summary", SharedData.PathOf("cdnow/cdnow_cbs_39wk_calibration.csv"),
            "--horizon", "52.5", "--discount-rate", "0.01", "--margin", "0.25", "--format", "json"];
        string expected;
        using (new CultureScope(""))
        {
            var invariant = await SampleHost.RunAsync(args);
            HostAssert.Ok(invariant);
            expected = invariant.Stdout;
        }

        using var scope = new CultureScope(culture);
        var run = await SampleHost.RunAsync(args);

        HostAssert.Ok(run);
        Assert.Equal(expected, run.Stdout);
        Assert.Equal(culture, CultureInfo.CurrentCulture.Name); // the host restores the caller's culture
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task LtvFit_NonInvariantCulture_TextUsesDecimalPoints(string culture)
    {
        using var scope = new CultureScope(culture);

        var run = await SampleHost.RunAsync("ltv", "fit", "--summary", Crm.Core.TestKit.SharedData.PathOf("cdnow/cdnow_cbs_39wk_calibration.csv"));

        HostAssert.Ok(run);
        // Published fit (issue 5): r 0.242595, alpha 4.413602, a 0.792922, b 2.425906; printed with '.' whatever the culture.
        var match = Regex.Match(run.OutLines[0], @"^bgnbd: r = ([0-9]+\.[0-9]{6}), alpha = ([0-9]+\.[0-9]{6}), a = ([0-9]+\.[0-9]{6}), b = ([0-9]+\.[0-9]{6})$");
        Assert.True(match.Success, run.OutLines[0]);
        double[] published = [0.242595, 4.413602, 0.792922, 2.425906];
        for (var i = 0; i < published.Length; i++)
        {
            var value = double.Parse(match.Groups[i + 1].Value, CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(value - published[i]) <= 1e-3 * published[i], $"{value} vs {published[i]}");
        }

        Assert.StartsWith("log-likelihood -9582.429,", run.OutLines[1], StringComparison.Ordinal);
    }
}
