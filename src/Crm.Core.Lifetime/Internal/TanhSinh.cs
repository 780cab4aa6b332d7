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
    /// Returns the integrals over [<paramref name="from"/>, <paramref name="to"/>] of f and of f times each of
    /// <paramref name="weights"/>' outputs, from one evaluation of f and the weights per node: element 0 of the result is
    /// ∫ f, element k + 1 is ∫ f · weight_k.
    /// </summary>
    public static double[] Moments(Func<double, double> f, Action<double, double[]> weights, int count, double from, double to)
    {
        var mid = (from + to) / 2d;
        var half = (to - from) / 2d;
        var sums = new double[count + 1];
        var values = new double[count];
        var nodes = (int)(Reach / Step);
        for (var k = -nodes; k <= nodes; k++)
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

            var fx = weight * f(x);
            sums[0] += fx;
            weights(x, values);
            for (var j = 0; j < count; j++)
            {
                sums[j + 1] += fx * values[j];
            }
        }

        for (var j = 0; j <= count; j++)
        {
            sums[j] *= half * Step;
        }

        return sums;
    }
}
