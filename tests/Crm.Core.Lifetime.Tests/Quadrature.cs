namespace Crm.Core.Lifetime.Tests;

/// <summary>Reference quadrature for the tests, written independently of the library's.</summary>
internal static class Quadrature
{
    /// <summary>Tanh-sinh quadrature with step 1/128 over t ∈ [−4, 4]: about 1e-15 for bounded, smooth-inside integrands.</summary>
    public static double TanhSinh(Func<double, double> f, double from, double to)
    {
        var sum = 0d;
        for (var k = -512; k <= 512; k++)
        {
            var t = k / 128d;
            var u = Math.PI / 2 * Math.Sinh(t);
            var x = from + ((to - from) * (1 + Math.Tanh(u)) / 2);
            if (x > from && x < to)
            {
                sum += f(x) * Math.PI / 2 * Math.Cosh(t) / Math.Pow(Math.Cosh(u), 2);
            }
        }

        return sum * (to - from) / 2 / 128;
    }
}
