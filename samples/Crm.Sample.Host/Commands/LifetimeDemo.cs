using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.Lifetime;
using Crm.Sample.Host.Terminal;
using MathNet.Numerics.Distributions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Sample.Host.Commands;

/// <summary>The lifetime-value section of <c>demo</c>: models fitted on CDNOW-like simulated data, top customers by CLV, value tiers.</summary>
internal static class LifetimeDemo
{
    /// <summary>Writes the section: plain lines on <paramref name="output"/>, or, when the output is a terminal, a progress bar
    /// while the models are fitted and then tables.</summary>
    public static void Run(IServiceProvider services, TextWriter output, HostTerminal? terminal = null)
    {
        var options = services.GetRequiredService<IOptions<LifetimeOptions>>().Value;
        var culture = CultureInfo.InvariantCulture;
        var console = terminal?.Output;
        if (console is null)
        {
            output.WriteLine("== Lifetime value (CDNOW-like simulated customers, weeks) ==");
        }

        var fit = terminal is null || console is null ? Fit(options) : TerminalProgress.Run(terminal, console, "fitting BG/NBD, Pareto/NBD and Gamma-Gamma", 0, _ => Fit(options));
        var tiers = fit.Tiers;
        if (console is not null)
        {
            LifetimeView.Render(console, fit);
            return;
        }

        var (customers, summary, bg, pareto, spend, predictions) = (fit.Customers, fit.Summary, fit.BgNbd, fit.ParetoNbd, fit.Spend, fit.Predictions);
        output.WriteLine($"{customers.Length} customers collapse to {summary.Rows.Count} likelihood rows.");
        Print(output, "BG/NBD", bg.Estimates, bg.LogLikelihood, bg.Converged);
        Print(output, "Pareto/NBD", pareto.Estimates, pareto.LogLikelihood, pareto.Converged);
        Print(output, "Gamma-Gamma", spend.Result.Estimates, spend.Result.LogLikelihood, spend.Result.Converged);
        output.WriteLine(string.Create(culture, $"frequency–spend correlation {spend.FrequencySpendCorrelation:F3} (independence assumption {(spend.IndependenceAssumptionHolds ? "holds" : "doubtful")})"));

        output.WriteLine("Top 5 customers by 52-week CLV:");
        foreach (var row in predictions.OrderByDescending(p => p.Clv).Take(5))
        {
            output.WriteLine(string.Create(culture, $"  {row.CustomerId}  P(alive) {row.ProbabilityAlive:F3}  purchases {row.ExpectedPurchases:F2}  value {row.ExpectedAverageValue:F2}  CLV {row.Clv:F2}"));
        }

        output.WriteLine("Value tiers (1 = top):  tier  customers  mean CLV");
        foreach (var tier in tiers.GroupBy(t => t.Tier).OrderBy(g => g.Key))
        {
            output.WriteLine(string.Create(culture, $"  {tier.Key,4}  {tier.Count(),9}  {tier.Average(t => t.Value),8:F2}"));
        }

        output.WriteLine();
    }

    private static LifetimeDemoFit Fit(LifetimeOptions options)
    {
        var culture = CultureInfo.InvariantCulture;
        var truth = new BgNbdParameters(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);
        var random = new Random(1997);
        var ages = Enumerable.Range(0, 2000).Select(i => 27d + (i % 12)).ToArray();
        var rows = LifetimeSimulation.SimulateBgNbd(truth, ages, random);
        var customers = rows.Select((r, i) => new CustomerRfm(CustomerCode.Parse("D" + (i + 1).ToString("0000", culture)), r.Frequency, r.Recency, r.Age,
            r.Frequency == 0 ? 0d : Gamma.Sample(random, 6.25 * r.Frequency, Gamma.Sample(random, 3.74, 15.44) * r.Frequency))).ToArray();

        var summary = LifetimeData.ToRfmSummary(customers, TimeUnit.Weeks);
        var bg = BgNbdModel.Fit(summary);
        var pareto = ParetoNbdModel.Fit(summary);
        var spend = GammaGammaModel.Fit(LifetimeData.ToSpendRows(customers));
        var predictions = ClvCalculator.Predict(bg.Parameters, spend.Result.Parameters, customers, 52, options.Margin, options.ToDiscounting());
        var tiers = ValueTiers.Assign(predictions.Select(p => (p.CustomerId, p.Clv ?? 0m)), options.ValueTiers);
        return new LifetimeDemoFit(customers, summary, bg, pareto, spend, predictions, tiers);
    }

    private static void Print(TextWriter output, string name, IReadOnlyList<ParameterEstimate> estimates, double ll, bool converged) =>
        output.WriteLine($"{name}: " + string.Join(", ", estimates.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Name} {e.Value:F3} (se {e.StandardError:F3})")))
            + string.Create(CultureInfo.InvariantCulture, $"; LL {ll:F3}; converged {converged}"));
}
