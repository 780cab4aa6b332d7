using System.Globalization;
using Crm.Core.Lifetime;
using Crm.Sample.Host.Commands;
using Spectre.Console;

namespace Crm.Sample.Host.Terminal;

/// <summary>The lifetime-value section of <c>demo</c> on a terminal: the fitted models, the top customers by CLV, value tiers.</summary>
internal static class LifetimeView
{
    public static void Render(IAnsiConsole console, LifetimeDemoFit fit)
    {
        var culture = CultureInfo.InvariantCulture;
        console.Heading("Lifetime value (CDNOW-like simulated customers, weeks)");
        var models = TerminalTable.Create("Model", "Parameters (standard error)", ">Log-likelihood", "Converged");
        models.Caption = new TableTitle($"{fit.Customers.Length} customers collapse to {fit.Summary.Rows.Count} likelihood rows; frequency–spend correlation "
            + string.Create(culture, $"{fit.Spend.FrequencySpendCorrelation:F3} (independence assumption {(fit.Spend.IndependenceAssumptionHolds ? "holds" : "doubtful")})"));
        void Model(string name, IReadOnlyList<ParameterEstimate> estimates, double ll, bool converged) =>
            models.Row(name, string.Join(", ", estimates.Select(e => string.Create(culture, $"{e.Name} {e.Value:F3} ({e.StandardError:F3})"))),
                ll.ToString("F3", culture), converged ? "yes" : "no");
        Model("BG/NBD", fit.BgNbd.Estimates, fit.BgNbd.LogLikelihood, fit.BgNbd.Converged);
        Model("Pareto/NBD", fit.ParetoNbd.Estimates, fit.ParetoNbd.LogLikelihood, fit.ParetoNbd.Converged);
        Model("Gamma-Gamma", fit.Spend.Result.Estimates, fit.Spend.Result.LogLikelihood, fit.Spend.Result.Converged);
        console.Write(models);

        var top = TerminalTable.Create("Customer", ">P(alive)", ">Purchases", ">Average value", ">52-week CLV");
        top.Title = new TableTitle("Top 5 customers by 52-week CLV");
        foreach (var row in fit.Predictions.OrderByDescending(p => p.Clv).Take(5))
        {
            top.Row(row.CustomerId.Value, row.ProbabilityAlive.ToString("F3", culture), row.ExpectedPurchases.ToString("F2", culture),
                row.ExpectedAverageValue?.ToString("F2", culture) ?? "-", row.Clv?.ToString("F2", culture) ?? "-");
        }

        console.Write(top);
        var tiers = TerminalTable.Create(">Tier", ">Customers", ">Mean CLV");
        tiers.Title = new TableTitle("Value tiers (1 = top)");
        foreach (var tier in fit.Tiers.GroupBy(t => t.Tier).OrderBy(g => g.Key))
        {
            tiers.Row(tier.Key.ToString(culture), tier.Count().ToString(culture), tier.Average(t => t.Value).ToString("F2", culture));
        }

        console.Write(tiers);
    }
}
