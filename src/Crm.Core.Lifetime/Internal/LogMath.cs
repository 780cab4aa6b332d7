namespace Crm.Core.Lifetime.Internal;

/// <summary>Log-space helpers that never overflow.</summary>
internal static class LogMath
{
    /// <summary>Returns ln(e^a + e^b).</summary>
    public static double LogAddExp(double a, double b)
    {
        if (double.IsNegativeInfinity(a))
        {
            return b;
        }

        if (double.IsNegativeInfinity(b))
        {
            return a;
        }

        return a >= b ? a + Math.Log(1d + Math.Exp(b - a)) : b + Math.Log(1d + Math.Exp(a - b));
    }

    /// <summary>Returns ln(1 − e^x) for x ≤ 0 (−∞ when x = 0).</summary>
    public static double Log1MinusExp(double x)
    {
        if (x >= 0d)
        {
            return double.NegativeInfinity;
        }

        return x > -0.6931471805599453 ? Math.Log(-ExpM1(x)) : Math.Log(-Math.Exp(x) + 1d);
    }

    /// <summary>Returns 1 / (1 + e^x) without overflow.</summary>
    public static double LogisticOfNegative(double x) =>
        x >= 0d ? Math.Exp(-x) / (1d + Math.Exp(-x)) : 1d / (1d + Math.Exp(x));

    /// <summary>
    /// Returns e^x − 1 to a few ulps for every x (Kahan's method). .NET's <c>double.ExpM1</c> is computed as
    /// <c>Math.Exp(x) − 1</c>, which loses all relative precision as x → 0.
    /// </summary>
    public static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1d)
        {
            return x;
        }

        var um1 = u - 1d;
        return um1 == -1d ? -1d : double.IsPositiveInfinity(u) ? u : um1 * x / Math.Log(u);
    }

    /// <summary>Returns ln(1 + x) to a few ulps for every x &gt; −1 (Kahan's method), accurate as x → 0.</summary>
    public static double Log1P(double x)
    {
        var u = 1d + x;
        return u == 1d ? x : Math.Log(u) * x / (u - 1d);
    }
}
