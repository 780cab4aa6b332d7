using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>One customer's predictions: a probability and a count as <see cref="double"/>, the money figures as
/// <see cref="decimal"/> in the currency unit of the monetary values the model was given (as <see cref="Money"/> and
/// segmentation's <c>lifetimeValue</c> are).</summary>
/// <remarks>The money figures are computed in double, as the models are, and converted once with .NET's double → decimal
/// conversion (rounded to the nearest value of 15 significant digits; not rounded to a currency unit — round with
/// <see cref="Math.Round(decimal, int)"/> where a whole rial or toman is wanted). A figure decimal cannot hold is an
/// <see cref="OverflowException"/> of <see cref="ClvCalculator.Predict(ITransactionModel, GammaGammaParameters?, IEnumerable{CustomerRfm}, double, double, Discounting, bool)"/>.</remarks>
/// <param name="CustomerId">The customer.</param>
/// <param name="ProbabilityAlive">The probability that the customer is still active.</param>
/// <param name="ExpectedPurchases">The expected number of purchases over the horizon.</param>
/// <param name="ExpectedAverageValue">The Gamma-Gamma expected value per purchase, when a spend model was given.</param>
/// <param name="Clv">The discounted, margin-adjusted value over the horizon, when a spend model was given.</param>
public sealed record ClvRow(CustomerCode CustomerId, double ProbabilityAlive, double ExpectedPurchases, decimal? ExpectedAverageValue, decimal? Clv);
