using MathNet.Numerics.Differentiation;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Crm.Core.Lifetime.Internal;

/// <summary>The outcome of <see cref="MaximumLikelihood.Fit"/> in natural parameter space.</summary>
internal sealed record MleOutcome(double[] Values, double?[] StandardErrors, double LogLikelihood, bool Converged, int Iterations, int Starts, string Message);

/// <summary>
/// Multi-start maximum likelihood in log-parameter space: MathNet's Nelder–Mead simplex from each start, polished
/// with damped Newton steps; standard errors from a Richardson-extrapolated central-difference Hessian in log space.
/// Never throws for a fit that does not converge: the outcome says so.
/// </summary>
internal static class MaximumLikelihood
{
    private const double Penalty = 1e100;

    public static MleOutcome Fit(Func<double[], double> logLikelihood, double totalWeight, IReadOnlyList<double[]> starts, FitOptions options)
    {
        var scale = totalWeight > 0d ? 1d / totalWeight : 1d;
        var deadline = options.MaxDuration is { } budget ? System.Diagnostics.Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * System.Diagnostics.Stopwatch.Frequency) : long.MaxValue;
        double Objective(Vector<double> theta)
        {
            var value = -logLikelihood(Exp(theta)) * scale;
            return double.IsFinite(value) ? value : Penalty;
        }

        // What the optimisers call: honours the token and the time budget between likelihood evaluations.
        double Budgeted(Vector<double> theta)
        {
            options.CancellationToken.ThrowIfCancellationRequested();
            if (System.Diagnostics.Stopwatch.GetTimestamp() > deadline)
            {
                throw new BudgetExhaustedException();
            }

            return Objective(theta);
        }

        double[]? best = null;
        var bestValue = double.PositiveInfinity;
        var iterations = 0;
        var messages = new List<string>();
        foreach (var start in starts)
        {
            var theta = Vector<double>.Build.DenseOfEnumerable(start.Select(v => Math.Log(v)));
            var (point, its, note) = Minimize(Budgeted, theta, options);
            iterations += its;
            if (note is not null)
            {
                messages.Add(note);
            }

            var value = Objective(point);
            if (value < bestValue)
            {
                bestValue = value;
                best = point.ToArray();
            }
        }

        if (best is null || bestValue >= Penalty)
        {
            var fallback = starts[0];
            return new MleOutcome(fallback, new double?[fallback.Length], double.NegativeInfinity, false, iterations, starts.Count,
                "The likelihood could not be evaluated at any starting point.");
        }

        var gradient = CentralGradient(Objective, Vector<double>.Build.DenseOfArray(best));
        var smallGradient = gradient.AbsoluteMaximum() < options.GradientTolerance;
        var errors = StandardErrors(logLikelihood, best);
        var identified = errors.All(e => e.HasValue);
        var values = best.Select(v => Math.Exp(v)).ToArray();
        var tolerance = options.GradientTolerance.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var loose = identified
            ? Enumerable.Range(0, values.Length).FirstOrDefault(i => errors[i]!.Value > options.MaxRelativeStandardError * values[i], -1)
            : -1;
        var message = (smallGradient, identified, loose) switch
        {
            (true, true, -1) => $"Converged: gradient ≤ {tolerance} after {iterations} iterations from {starts.Count} start(s).",
            (true, true, _) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Not converged: the standard error of parameter {loose + 1} of {values.Length} is {errors[loose]!.Value / values[loose]:0.#} times its value (more than FitOptions.MaxRelativeStandardError = {options.MaxRelativeStandardError}), so these data do not identify it."),
            (true, false, _) => "Not converged: the gradient is small but the Hessian is not positive definite, so the parameters are not identified by these data (an optimum on the boundary).",
            _ => "Not converged: " + (messages.Count > 0 ? string.Join(" ", messages.Distinct()) : $"the gradient at the best point exceeds {tolerance}."),
        };
        if (options.MaxDuration is not null && messages.Contains(BudgetNote(options)))
        {
            // A fit cut short by its budget is not converged, even when the point it reached looks like an optimum.
            return new MleOutcome(values, errors, -bestValue / scale, false, iterations, starts.Count, "Not converged: " + BudgetNote(options));
        }

        return new MleOutcome(values, errors, -bestValue / scale, smallGradient && identified && loose < 0, iterations, starts.Count, message);
    }

    private static (Vector<double> Point, int Iterations, string? Note) Minimize(Func<Vector<double>, double> f, Vector<double> start, FitOptions options)
    {
        var tracker = new BestTracker(f, start);
        var point = start;
        var iterations = 0;
        string? note = null;
        try
        {
            var simplex = NelderMeadSimplex.Minimum(
                ObjectiveFunction.Value(tracker.Evaluate), start, Vector<double>.Build.Dense(start.Count, 0.5),
                options.Tolerance, options.MaxIterations);
            point = simplex.MinimizingPoint;
            iterations += simplex.Iterations;
        }
        catch (Exception ex) when (Cause(ex) is BudgetExhaustedException)
        {
            return (tracker.Best, iterations, BudgetNote(options));
        }
        catch (Exception ex) when (Cause(ex) is OperationCanceledException cancelled)
        {
            throw cancelled;
        }
        catch (Exception ex) when (ex is MaximumIterationsException or EvaluationException)
        {
            point = tracker.Best;
            iterations += options.MaxIterations;
            note = "Nelder–Mead reached the iteration limit.";
        }

        try
        {
            iterations += Newton(tracker, tracker.Best, options);
        }
        catch (BudgetExhaustedException)
        {
            return (tracker.Best, iterations, BudgetNote(options));
        }

        return (tracker.Best, iterations, note);
    }

    /// <summary>Polishes a point with damped Newton steps on MathNet's numerical Hessian; returns the iterations used.</summary>
    private static int Newton(BestTracker tracker, Vector<double> point, FitOptions options)
    {
        var hessian = new NumericalHessian(3, 1);
        var value = tracker.Evaluate(point);
        for (var iteration = 1; iteration <= 50; iteration++)
        {
            var gradient = CentralGradient(tracker.Evaluate, point);
            if (gradient.AbsoluteMaximum() < options.GradientTolerance * 1e-3)
            {
                return iteration;
            }

            var h = Matrix<double>.Build.DenseOfArray(hessian.Evaluate(t => tracker.Evaluate(Vector<double>.Build.DenseOfArray(t)), point.ToArray()));
            var cholesky = h.Enumerate().All(double.IsFinite) ? TryCholesky(h) : null;
            var step = cholesky is null ? -gradient : -cholesky.Solve(gradient);
            var improved = false;
            for (var halving = 0; halving < 30 && !improved; halving++, step *= 0.5)
            {
                var candidate = point + step;
                var candidateValue = tracker.Evaluate(candidate);
                if (candidateValue < value)
                {
                    point = candidate;
                    value = candidateValue;
                    improved = true;
                }
            }

            if (!improved)
            {
                return iteration;
            }
        }

        return 50;
    }

    private static string BudgetNote(FitOptions options) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"The time budget FitOptions.MaxDuration ({options.MaxDuration!.Value.TotalSeconds:0.###} s) ran out; the best point so far is reported.");

    // MathNet may wrap what the objective throws; the cause decides.
    private static Exception Cause(Exception ex) => ex is EvaluationException { InnerException: { } inner } ? inner : ex;

    /// <summary>Thrown by the budgeted objective once <see cref="FitOptions.MaxDuration"/> has passed.</summary>
    private sealed class BudgetExhaustedException : Exception;

    private static MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double>? TryCholesky(Matrix<double> matrix)
    {
        try
        {
            var cholesky = matrix.Cholesky();
            return cholesky.Factor.Diagonal().All(d => d > 0d && double.IsFinite(d)) ? cholesky : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Vector<double> CentralGradient(Func<Vector<double>, double> f, Vector<double> point)
    {
        var gradient = Vector<double>.Build.Dense(point.Count);
        for (var i = 0; i < point.Count; i++)
        {
            var h = 1e-6 * Math.Max(1d, Math.Abs(point[i]));
            var up = point.Clone();
            var down = point.Clone();
            up[i] += h;
            down[i] -= h;
            gradient[i] = (f(up) - f(down)) / (2d * h);
        }

        return gradient;
    }

    private static double?[] StandardErrors(Func<double[], double> logLikelihood, double[] theta)
    {
        var n = theta.Length;
        var result = new double?[n];
        var hessian = RichardsonHessian.Evaluate(t => -logLikelihood(t.Select(v => Math.Exp(v)).ToArray()), theta);
        var matrix = Matrix<double>.Build.DenseOfArray(hessian);
        if (!matrix.Enumerate().All(double.IsFinite))
        {
            return result;
        }

        var cholesky = TryCholesky(matrix);
        if (cholesky is null)
        {
            return result;
        }

        var covariance = cholesky.Solve(Matrix<double>.Build.DenseIdentity(n));
        for (var i = 0; i < n; i++)
        {
            var variance = covariance[i, i];
            result[i] = variance > 0d && double.IsFinite(variance) ? Math.Exp(theta[i]) * Math.Sqrt(variance) : null;
        }

        return result;
    }

    private static double[] Exp(Vector<double> theta)
    {
        var values = new double[theta.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Exp(theta[i]);
        }

        return values;
    }

    private sealed class BestTracker(Func<Vector<double>, double> f, Vector<double> start)
    {
        private double _bestValue = double.PositiveInfinity;

        public Vector<double> Best { get; private set; } = start;

        public double Evaluate(Vector<double> point)
        {
            var value = f(point);
            if (value < _bestValue)
            {
                _bestValue = value;
                Best = point.Clone();
            }

            return value;
        }
    }
}
