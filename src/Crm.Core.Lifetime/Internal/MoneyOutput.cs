using System.Globalization;
using Crm.Core.Customers;

namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// Turns a money figure of the double model math into the <see cref="decimal"/> the API returns, once, at the boundary:
/// .NET's double → decimal conversion, which rounds to the nearest value of 15 significant digits (no rounding to a
/// currency unit). A value that decimal cannot hold (beyond ±7.9 × 10²⁸, infinite or NaN) is an
/// <see cref="OverflowException"/> naming the figure, the customer and the value, never a wrong number.
/// </summary>
internal static class MoneyOutput
{
    /// <summary>The largest magnitude a decimal holds, as a double (rounded up, so the test below is exact).</summary>
    private const double Limit = 79_228_162_514_264_337_593_543_950_335d;

    public static decimal ToDecimal(double value, string figure, CustomerCode customer)
    {
        if (!double.IsFinite(value) || Math.Abs(value) >= Limit)
        {
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture,
                $"The {figure} of customer {customer} is {value:R}, which decimal cannot hold (at most ±7.9E+28): check the monetary values, the margin and the horizon, whose product it is."));
        }

        return (decimal)value;
    }
}
