namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// Tanh-sinh (double-exponential) quadrature on a finite interval with a fixed step: accurate to about 1e-14 for
/// integrands analytic inside the interval and bounded, or algebraically singular, at its ends.
/// </summary>
internal static class TanhSinh
{
    private const double Step = 1d / 64d;
    private const double Reach = 3.75;

    /// <summary>Returns ∫ f over [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static double Integrate(Func<double, double> f, double from, double to)
    {
        var mid = (from + to) / 2d;
        var half = (to - from) / 2d;
        var sum = 0d;
        var count = (int)(Reach / Step);
        for (var k = -count; k <= count; k++)
        {
            var t = k * Step;
            var u = Math.PI / 2d * Math.Sinh(t);
            var cosh = Math.Cosh(u);
            var weight = Math.PI / 2d * Math.Cosh(t) / (cosh * cosh);
            var x = mid + (half * Math.Tanh(u));
            if (x <= from || x >= to)
            {
                continue;
            }

            sum += weight * f(x);
        }

        return sum * half * Step;
    }

    /// <summary>
    /// Returns ∫ f over [<paramref name="from"/>, <paramref name="to"/>], halving the step from 1/2 until two successive
    /// estimates agree to <paramref name="relativeTolerance"/> (each level reuses the nodes of the previous one; at most the
    /// 481 nodes of <see cref="Integrate"/>). For an analytic integrand the error of the last estimate is far below the
    /// difference of the last two, since each halving roughly squares it.
    /// </summary>
    public static double IntegrateAdaptive(Func<double, double> f, double from, double to, double relativeTolerance)
    {
        var mid = (from + to) / 2d;
        var half = (to - from) / 2d;
        double Node(double t)
        {
            var u = Math.PI / 2d * Math.Sinh(t);
            var cosh = Math.Cosh(u);
            var x = mid + (half * Math.Tanh(u));
            return x <= from || x >= to ? 0d : Math.PI / 2d * Math.Cosh(t) / (cosh * cosh) * f(x);
        }

        var h = 0.5;
        var sum = Node(0d);
        for (var k = 1; k * h <= Reach; k++)
        {
            sum += Node(k * h) + Node(-k * h);
        }

        var estimate = sum * h * half;
        for (var level = 1; h > Step; level++)
        {
            h /= 2d;
            for (var k = 1; k * h <= Reach; k += 2)
            {
                sum += Node(k * h) + Node(-k * h);
            }

            var next = sum * h * half;
            if (level >= 2 && Math.Abs(next - estimate) <= relativeTolerance * Math.Abs(next))
            {
                return next;
            }

            estimate = next;
        }

        return estimate;
    }

    /// <summary>
    /// Returns the integrals over [<paramref name="from"/>, <paramref name="to"/>] of f and of f times each of
    /// <paramref name="weights"/>' outputs, from one evaluation of f and the weights per node: element 0 of the result is
    /// ∫ f, element k + 1 is ∫ f · weight_k. The step is halved from 1/2, reusing the nodes, until every integral changes
    /// by at most <paramref name="relativeTolerance"/> of its magnitude (at most the 481 nodes of <see cref="Integrate"/>).
    /// </summary>
    public static double[] Moments(Func<double, double> f, Action<double, double[]> weights, int count, double from, double to, double relativeTolerance)
    {
        var mid = (from + to) / 2d;
        var half = (to - from) / 2d;
        var sums = new double[count + 1];
        var values = new double[count];
        void Node(double t)
        {
            var u = Math.PI / 2d * Math.Sinh(t);
            var cosh = Math.Cosh(u);
            var x = mid + (half * Math.Tanh(u));
            if (x <= from || x >= to)
            {
                return;
            }

            var fx = Math.PI / 2d * Math.Cosh(t) / (cosh * cosh) * f(x);
            sums[0] += fx;
            weights(x, values);
            for (var j = 0; j < count; j++)
            {
                sums[j + 1] += fx * values[j];
            }
        }

        var h = 0.5;
        Node(0d);
        for (var k = 1; k * h <= Reach; k++)
        {
            Node(k * h);
            Node(-k * h);
        }

        var previous = new double[count + 1];
        for (var j = 0; j <= count; j++)
        {
            previous[j] = sums[j] * h * half;
        }

        for (var level = 1; h > Step; level++)
        {
            h /= 2d;
            for (var k = 1; k * h <= Reach; k += 2)
            {
                Node(k * h);
                Node(-k * h);
            }

            var converged = level >= 2;
            for (var j = 0; j <= count; j++)
            {
                var next = sums[j] * h * half;
                converged &= Math.Abs(next - previous[j]) <= relativeTolerance * Math.Abs(next);
                previous[j] = next;
            }

            if (converged)
            {
                break;
            }
        }

        return previous;
    }
}
