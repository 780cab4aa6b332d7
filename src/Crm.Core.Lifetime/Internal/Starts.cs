namespace Crm.Core.Lifetime.Internal;

/// <summary>Starting points and result assembly shared by the model fits.</summary>
internal static class Starts
{
    /// <summary>Returns a time scale for rate-parameter starts: the weighted mean age, so starts are unit-invariant.</summary>
    public static double TimeScale(RfmSummary summary)
    {
        double sum = 0d, weight = 0d;
        foreach (var row in summary.Rows)
        {
            sum += row.Age * row.Weight;
            weight += row.Weight;
        }

        var mean = weight > 0d ? sum / weight : 1d;
        return mean > 0d ? mean : 1d;
    }

    public static double[][] Take(FitOptions options, int defaultCount, params double[][] candidates)
    {
        var count = Math.Clamp(options.StartingPoints ?? defaultCount, 1, candidates.Length);
        return candidates[..count];
    }

    public static FitResult<T> Result<T>(T parameters, string[] names, MleOutcome outcome, RowIndex data)
        where T : class =>
        Result(parameters, names, outcome, data.TotalWeight, data.Count);

    public static FitResult<T> Result<T>(T parameters, string[] names, MleOutcome outcome, double customers, int rows)
        where T : class
    {
        var estimates = new ParameterEstimate[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            estimates[i] = new ParameterEstimate(names[i], outcome.Values[i], outcome.StandardErrors[i]);
        }

        return new FitResult<T>(parameters, estimates, outcome.LogLikelihood, outcome.Converged, outcome.Iterations,
            outcome.Starts, customers, rows, outcome.Message);
    }
}
