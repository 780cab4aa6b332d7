namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// Discounted expected residual transactions from any closed-form E[Y(t)]: integrating by parts,
/// ∫₀^∞ e^(−δt) dE[Y(t)] = δ ∫₀^∞ e^(−δt) E[Y(t)] dt = ∫₀¹ E[Y(−ln(y)/δ)] dy (substituting e^(−δt) = y). The integrand
/// is bounded except for a logarithmic growth at y → 0, which tanh-sinh quadrature handles; one closed-form evaluation per
/// node (about 480), whatever the horizon.
/// </summary>
internal static class Dert
{
    public static double Integrate(Func<double, double> expectedUpTo, double delta) =>
        TanhSinh.Integrate(y => expectedUpTo(-Math.Log(y) / delta), 0d, 1d);
}
