using MathNet.Numerics.Differentiation;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Crm.Core.Lifetime.Internal;

/// <summary>Returns ln L at the natural parameters and writes its partial derivatives with respect to them.</summary>
internal delegate double GradientLikelihood(double[] parameters, Span<double> gradient);

/// <summary>The outcome of <see cref="MaximumLikelihood.Fit(Func{double[], double}, double, IReadOnlyList{double[]}, FitOptions, CancellationToken)"/> in natural parameter space.</summary>
internal sealed record MleOutcome(double[] Values, double?[] StandardErrors, double LogLikelihood, bool Converged, int Iterations, int Starts, string Message);

/// <summary>
/// Multi-start maximum likelihood in log-parameter space. Without a gradient: MathNet's Nelder–Mead simplex from each
/// start, polished with damped Newton steps, standard errors from a Richardson-extrapolated second-difference Hessian.
/// With an analytic gradient: BFGS (optionally warm-started on coarser data), standard errors from a
/// Richardson-extrapolated Hessian of gradient differences. Never throws for a fit that does not converge: the outcome
/// says so; throws <see cref="OperationCanceledException"/> when cancelled.
/// </summary>
internal static class MaximumLikelihood
{
    private const double Penalty = 1e100;

    public static MleOutcome Fit(Func<double[], double> logLikelihood, double totalWeight, IReadOnlyList<double[]> starts, FitOptions options,
        CancellationToken cancellationToken = default)
    {
        var scale = totalWeight > 0d ? 1d / totalWeight : 1d;
        var deadline = options.MaxDuration is { } budget ? System.Diagnostics.Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * System.Diagnostics.Stopwatch.Frequency) : long.MaxValue;
        var penalizer = options.Penalizer;
        double Objective(Vector<double> theta)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var p = Exp(theta);
            var value = (-logLikelihood(p) * scale) + L2(p, penalizer);
            return double.IsFinite(value) ? value : Penalty;
        }

        // What the optimisers call: honours the token and the time budget between likelihood evaluations.
        double Budgeted(Vector<double> theta)
        {
            cancellationToken.ThrowIfCancellationRequested();
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
        // Standard errors from the curvature of what was minimised: with a penalizer, the penalized likelihood.
        var errors = StandardErrors(p => logLikelihood(p) - (L2(p, penalizer) / scale), best);
        var values = best.Select(v => Math.Exp(v)).ToArray();
        var (converged, message) = Verdict(smallGradient, errors, values, iterations, starts.Count, messages, options);
        if (options.MaxDuration is not null && messages.Contains(BudgetNote(options)))
        {
            // A fit cut short by its budget is not converged, even when the point it reached looks like an optimum.
            (converged, message) = (false, "Not converged: " + BudgetNote(options));
        }

        // The reported log-likelihood never includes the penalty.
        var logL = penalizer == 0d ? -bestValue / scale : logLikelihood(values);
        return new MleOutcome(values, errors, logL, converged, iterations, starts.Count, message);
    }

    /// <summary>The largest step of one quasi-Newton iteration in log-parameter space (a factor of e² per parameter).</summary>
    private const double MaxStep = 2d;

    /// <summary>
    /// Multi-start maximum likelihood with an analytic gradient: BFGS in log-parameter space from each start (backtracking
    /// line search), polished by Newton steps on the Hessian from differences of the gradient; standard errors from a
    /// Richardson-extrapolated Hessian of gradient differences. The reported log-likelihood is <paramref name="logLikelihood"/>
    /// at the optimum, the same function the parameters' <c>LogLikelihood</c> evaluates.
    /// </summary>
    public static MleOutcome Fit(Func<double[], double> logLikelihood, GradientLikelihood withGradient, double totalWeight,
        IReadOnlyList<double[]> starts, FitOptions options, CancellationToken cancellationToken = default, GradientLikelihood? warmStart = null)
    {
        var scale = totalWeight > 0d ? 1d / totalWeight : 1d;
        var n = starts[0].Length;
        var deadline = options.MaxDuration is { } budget ? System.Diagnostics.Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * System.Diagnostics.Stopwatch.Frequency) : long.MaxValue;
        var budgetHit = false;
        var penalizer = options.Penalizer;

        // f(θ) = −ln L(e^θ) / N + λ Σ pᵢ² and its gradient −p ∘ ∇ln L / N + 2λ p²; +∞ where the likelihood or its gradient
        // is not finite.
        // The searches are budgeted: past FitOptions.MaxDuration every point is +∞, so they stop where they are.
        Func<double[], double[], double> Scaled(GradientLikelihood likelihood, bool budgeted = true) => (theta, gradient) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (budgeted && System.Diagnostics.Stopwatch.GetTimestamp() > deadline)
            {
                budgetHit = true;
                return double.PositiveInfinity;
            }

            var p = new double[n];
            for (var i = 0; i < n; i++)
            {
                p[i] = Math.Exp(theta[i]);
            }

            var value = (-likelihood(p, gradient) * scale) + L2(p, penalizer);
            for (var i = 0; i < n; i++)
            {
                gradient[i] = (gradient[i] * -p[i] * scale) + (2d * penalizer * p[i] * p[i]);
                if (!double.IsFinite(gradient[i]))
                {
                    return double.PositiveInfinity;
                }
            }

            return double.IsFinite(value) ? value : double.PositiveInfinity;
        };
        var objective = Scaled(withGradient);

        double[]? best = null;
        var bestValue = double.PositiveInfinity;
        var iterations = 0;
        var messages = new List<string>();
        var search = warmStart is null ? objective : Scaled(warmStart);
        foreach (var start in starts)
        {
            var (point, value, its, note) = Quasi(search, start.Select(v => Math.Log(v)).ToArray(), options, null);
            iterations += its;
            if (note is not null)
            {
                messages.Add(note);
            }

            if (value < bestValue)
            {
                bestValue = value;
                best = point;
            }
        }

        if (warmStart is not null && best is not null && double.IsFinite(bestValue))
        {
            // Polish on the full data from the coarse optimum, with the coarse Hessian's inverse as the first BFGS matrix:
            // a few Newton-like steps instead of a search from scratch.
            var hessian = Matrix<double>.Build.DenseOfArray(GradientDifferences((t, g) => search(t, g), best, 1e-4));
            var cholesky = hessian.Enumerate().All(double.IsFinite) ? TryCholesky(hessian) : null;
            var inverse = cholesky?.Solve(Matrix<double>.Build.DenseIdentity(n));
            var (point, value, its, note) = Quasi(objective, best, options, inverse);
            iterations += its;
            if (note is not null)
            {
                messages.Add(note);
            }

            best = point;
            bestValue = value;
        }

        var final = Scaled(withGradient, budgeted: false);
        if (budgetHit && (best is null || !double.IsFinite(bestValue)))
        {
            // The budget ran out before any step: report the first starting point.
            best = [.. starts[0].Select(v => Math.Log(v))];
            bestValue = final(best, new double[n]);
        }

        if (best is null || !double.IsFinite(bestValue))
        {
            var fallback = starts[0];
            return new MleOutcome(fallback, new double?[fallback.Length], double.NegativeInfinity, false, iterations, starts.Count,
                "The likelihood could not be evaluated at any starting point.");
        }

        var gradientAtBest = new double[n];
        final(best, gradientAtBest);
        var largest = gradientAtBest.Max(Math.Abs);
        var smallGradient = largest < options.GradientTolerance;
        var errors = StandardErrors((theta, g) =>
        {
            final(theta, g);
            for (var i = 0; i < n; i++)
            {
                g[i] /= scale;
            }
        }, best);
        var identified = errors.All(e => e.HasValue);
        var values = best.Select(v => Math.Exp(v)).ToArray();
        var logL = logLikelihood(values);
        var (converged, message) = Verdict(smallGradient, errors, values, iterations, starts.Count, messages, options);
        if (budgetHit)
        {
            (converged, message) = (false, "Not converged: " + BudgetNote(options));
        }

        return new MleOutcome(values, errors, double.IsFinite(logL) ? logL : -bestValue / scale, converged, iterations, starts.Count, message);
    }

    /// <summary>
    /// BFGS with a backtracking (Armijo) line search and steps capped at <see cref="MaxStep"/>, then Newton steps on the
    /// Hessian of gradient differences until the gradient is 1,000 times below the tolerance. Returns the best point,
    /// its value, the iterations used and a note when the iteration limit was reached.
    /// </summary>
    private static (double[] Point, double Value, int Iterations, string? Note) Quasi(Func<double[], double[], double> f, double[] start, FitOptions options,
        Matrix<double>? initialInverseHessian)
    {
        var n = start.Length;
        var x = (double[])start.Clone();
        var g = new double[n];
        var value = f(x, g);
        if (!double.IsFinite(value))
        {
            return (x, value, 0, "The likelihood is not finite at a starting point.");
        }

        var target = options.GradientTolerance * 1e-3;
        var h = initialInverseHessian ?? Matrix<double>.Build.DenseIdentity(n);
        var iterations = 0;
        var stalled = false;
        var candidate = new double[n];
        var candidateGradient = new double[n];
        while (iterations < options.MaxIterations)
        {
            if (g.Max(Math.Abs) < target)
            {
                break;
            }

            iterations++;
            var gv = Vector<double>.Build.DenseOfArray(g);
            var d = -(h * gv);
            var slope = d.DotProduct(gv);
            if (!(slope < 0d))
            {
                h = Matrix<double>.Build.DenseIdentity(n);
                d = -gv;
                slope = d.DotProduct(gv);
            }

            var longest = d.AbsoluteMaximum();
            if (longest > MaxStep)
            {
                d *= MaxStep / longest;
                slope *= MaxStep / longest;
            }

            var step = 1d;
            var accepted = false;
            for (var halving = 0; halving < 60; halving++, step *= 0.5)
            {
                for (var i = 0; i < n; i++)
                {
                    candidate[i] = x[i] + (step * d[i]);
                }

                var candidateValue = f(candidate, candidateGradient);
                if (double.IsFinite(candidateValue) && candidateValue <= value + (1e-4 * step * slope))
                {
                    accepted = candidateValue < value || candidateGradient.Max(Math.Abs) < g.Max(Math.Abs);
                    if (accepted)
                    {
                        var s = Vector<double>.Build.Dense(n, i => candidate[i] - x[i]);
                        var y = Vector<double>.Build.Dense(n, i => candidateGradient[i] - g[i]);
                        var sy = s.DotProduct(y);
                        if (sy > 1e-12 * s.L2Norm() * y.L2Norm())
                        {
                            if (iterations == 1 && initialInverseHessian is null)
                            {
                                h = Matrix<double>.Build.DenseIdentity(n) * (sy / y.DotProduct(y));
                            }

                            var rho = 1d / sy;
                            var left = Matrix<double>.Build.DenseIdentity(n) - (rho * s.OuterProduct(y));
                            h = (left * h * left.Transpose()) + (rho * s.OuterProduct(s));
                        }

                        Array.Copy(candidate, x, n);
                        Array.Copy(candidateGradient, g, n);
                        value = candidateValue;
                    }

                    break;
                }
            }

            if (!accepted)
            {
                stalled = true;
                break;
            }
        }

        var note = !stalled && iterations >= options.MaxIterations ? "The quasi-Newton search reached the iteration limit." : null;
        if (g.Max(Math.Abs) >= target)
        {
            iterations += NewtonOnGradient(f, x, g, ref value, target);
        }

        return (x, value, iterations, note);
    }

    /// <summary>Newton steps on the Hessian of central gradient differences, with step halving; updates the point in place.</summary>
    private static int NewtonOnGradient(Func<double[], double[], double> f, double[] x, double[] g, ref double value, double target)
    {
        var n = x.Length;
        var candidate = new double[n];
        var candidateGradient = new double[n];
        for (var iteration = 1; iteration <= 10; iteration++)
        {
            if (g.Max(Math.Abs) < target)
            {
                return iteration;
            }

            var hessian = Matrix<double>.Build.DenseOfArray(GradientDifferences((t, gg) => f(t, gg), x, 1e-4));
            var gv = Vector<double>.Build.DenseOfArray(g);
            var cholesky = hessian.Enumerate().All(double.IsFinite) ? TryCholesky(hessian) : null;
            if (cholesky is null)
            {
                return iteration;
            }

            var d = -cholesky.Solve(gv);
            var improved = false;
            for (var halving = 0; halving < 30 && !improved; halving++, d *= 0.5)
            {
                for (var i = 0; i < n; i++)
                {
                    candidate[i] = x[i] + d[i];
                }

                var candidateValue = f(candidate, candidateGradient);
                if (double.IsFinite(candidateValue) && (candidateValue < value || (candidateValue <= value && candidateGradient.Max(Math.Abs) < g.Max(Math.Abs))))
                {
                    Array.Copy(candidate, x, n);
                    Array.Copy(candidateGradient, g, n);
                    value = candidateValue;
                    improved = true;
                }
            }

            if (!improved)
            {
                return iteration;
            }
        }

        return 10;
    }

    /// <summary>Returns the symmetrised matrix of central differences of the gradient, (∇f(θ + h eⱼ) − ∇f(θ − h eⱼ)) / 2h.</summary>
    private static double[,] GradientDifferences(Action<double[], double[]> gradient, double[] theta, double h)
    {
        var n = theta.Length;
        var result = new double[n, n];
        var up = new double[n];
        var down = new double[n];
        for (var j = 0; j < n; j++)
        {
            var point = (double[])theta.Clone();
            point[j] += h;
            gradient(point, up);
            point[j] = theta[j] - h;
            gradient(point, down);
            for (var i = 0; i < n; i++)
            {
                result[i, j] = (up[i] - down[i]) / (2d * h);
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var mean = (result[i, j] + result[j, i]) / 2d;
                result[i, j] = mean;
                result[j, i] = mean;
            }
        }

        return result;
    }

    /// <summary>
    /// Returns standard errors from the Hessian of the negative log-likelihood (gradient in <paramref name="gradient"/>) by
    /// central gradient differences with Richardson extrapolation (steps 0.02 and 0.01 in log space, error O(h⁴)).
    /// </summary>
    private static double?[] StandardErrors(Action<double[], double[]> gradient, double[] theta)
    {
        var n = theta.Length;
        var coarse = GradientDifferences(gradient, theta, RichardsonHessian.Step);
        var fine = GradientDifferences(gradient, theta, RichardsonHessian.Step / 2d);
        var hessian = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                hessian[i, j] = ((4d * fine[i, j]) - coarse[i, j]) / 3d;
            }
        }

        return Errors(hessian, theta);
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

    /// <summary>Converged only with a small gradient, a positive definite Hessian and every standard error at most
    /// <see cref="FitOptions.MaxRelativeStandardError"/> times its parameter; the message says which test failed.</summary>
    private static (bool Converged, string Message) Verdict(bool smallGradient, double?[] errors, double[] values, int iterations, int starts,
        List<string> messages, FitOptions options)
    {
        var identified = errors.All(e => e.HasValue);
        var tolerance = options.GradientTolerance.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var loose = identified
            ? Enumerable.Range(0, values.Length).FirstOrDefault(i => errors[i]!.Value > options.MaxRelativeStandardError * values[i], -1)
            : -1;
        var message = (smallGradient, identified, loose) switch
        {
            (true, true, -1) => $"Converged: gradient ≤ {tolerance} after {iterations} iterations from {starts} start(s).",
            (true, true, _) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Not converged: the standard error of parameter {loose + 1} of {values.Length} is {errors[loose]!.Value / values[loose]:0.#} times its value (more than FitOptions.MaxRelativeStandardError = {options.MaxRelativeStandardError}), so these data do not identify it."),
            (true, false, _) => "Not converged: the gradient is small but the Hessian is not positive definite, so the parameters are not identified by these data (an optimum on the boundary).",
            _ => "Not converged: " + (messages.Count > 0 ? string.Join(" ", messages.Distinct()) : $"the gradient at the best point exceeds {tolerance}."),
        };
        return (smallGradient && identified && loose < 0, message);
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

    private static double?[] StandardErrors(Func<double[], double> logLikelihood, double[] theta) =>
        Errors(RichardsonHessian.Evaluate(t => -logLikelihood(t.Select(v => Math.Exp(v)).ToArray()), theta), theta);

    /// <summary>Returns the delta-method standard errors e^θᵢ √(H⁻¹)ᵢᵢ, or none when the Hessian is not positive definite.</summary>
    private static double?[] Errors(double[,] hessian, double[] theta)
    {
        var n = theta.Length;
        var result = new double?[n];
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

    /// <summary>The L2 penalty λ Σ pᵢ² of <see cref="FitOptions.Penalizer"/> on the natural parameters (0 when λ is 0).</summary>
    private static double L2(double[] parameters, double penalizer)
    {
        if (penalizer == 0d)
        {
            return 0d;
        }

        var sum = 0d;
        foreach (var p in parameters)
        {
            sum += p * p;
        }

        return penalizer * sum;
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
