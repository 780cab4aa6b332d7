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
}
