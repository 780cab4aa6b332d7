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

        return x > -0.6931471805599453 ? Math.Log(-double.ExpM1(x)) : Math.Log(-Math.Exp(x) + 1d);
    }

    /// <summary>Returns 1 / (1 + e^x) without overflow.</summary>
    public static double LogisticOfNegative(double x) =>
        x >= 0d ? Math.Exp(-x) / (1d + Math.Exp(-x)) : 1d / (1d + Math.Exp(x));
}
