using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>A fitted buy-till-you-die transaction model (BG/NBD or Pareto/NBD) that predicts per customer.</summary>
/// <remarks>Every time argument is in <see cref="Unit"/>.</remarks>
public interface ITransactionModel
{
    /// <summary>Gets the unit of every time argument and of the rate parameters.</summary>
    TimeUnit Unit { get; }

    /// <summary>Returns the probability that a customer with the given history is still alive (active).</summary>
    /// <param name="frequency">The number of repeat purchase days <c>x</c>.</param>
    /// <param name="recency">The recency <c>t_x</c> in <see cref="Unit"/>.</param>
    /// <param name="age">The age <c>T</c> in <see cref="Unit"/>.</param>
    /// <returns>A probability in [0, 1].</returns>
    double ProbabilityAlive(int frequency, double recency, double age);

    /// <summary>Returns the expected number of purchases in the next <paramref name="horizon"/> for a customer with the given history.</summary>
    /// <param name="horizon">The length of the future period in <see cref="Unit"/>.</param>
    /// <param name="frequency">The number of repeat purchase days <c>x</c>.</param>
    /// <param name="recency">The recency <c>t_x</c>.</param>
    /// <param name="age">The age <c>T</c>.</param>
    /// <returns>The expected number of purchases (0 or more).</returns>
    double ExpectedPurchases(double horizon, int frequency, double recency, double age);

    /// <summary>Returns the expected number of repeat purchases in (0, <paramref name="time"/>] of a newly acquired customer.</summary>
    /// <param name="time">The time since the first purchase in <see cref="Unit"/>.</param>
    /// <returns>The expected number of repeat purchases.</returns>
    double ExpectedPurchasesNewCustomer(double time);

    /// <summary>Returns the probability that a newly acquired customer makes exactly <paramref name="purchases"/> repeat purchases in (0, <paramref name="time"/>].</summary>
    /// <param name="purchases">The number of purchases n (0 or more).</param>
    /// <param name="time">The length of the period in <see cref="Unit"/>.</param>
    /// <returns>P(X(t) = n).</returns>
    double ProbabilityOfPurchases(int purchases, double time);

    /// <summary>Returns the probability that a customer with the given history makes exactly <paramref name="purchases"/> purchases in the next <paramref name="horizon"/>.</summary>
    /// <param name="purchases">The number of purchases n (0 or more).</param>
    /// <param name="horizon">The length of the future period in <see cref="Unit"/>.</param>
    /// <param name="frequency">The number of repeat purchase days <c>x</c>.</param>
    /// <param name="recency">The recency <c>t_x</c>.</param>
    /// <param name="age">The age <c>T</c>.</param>
    /// <returns>P(X(T, T + t) = n | x, t_x, T).</returns>
    double ProbabilityOfPurchases(int purchases, double horizon, int frequency, double recency, double age);
}
