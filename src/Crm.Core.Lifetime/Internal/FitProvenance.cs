using System.Runtime.CompilerServices;

namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// Remembers which parameter objects a fit produced without converging (and why), so that the prediction entries of
/// <see cref="ClvCalculator"/> refuse them even when they are passed as plain parameters (<c>fit.Parameters</c>).
/// Parameters built by the caller are not known here: the caller vouches for them. Weak keys: remembering costs the
/// parameters no lifetime.
/// </summary>
internal static class FitProvenance
{
    private static readonly ConditionalWeakTable<object, string> NotConverged = [];

    /// <summary>Records the verdict of a fit on its parameters.</summary>
    public static void Record(object parameters, bool converged, string message)
    {
        if (!converged)
        {
            NotConverged.AddOrUpdate(parameters, message);
        }
    }

    /// <summary>Carries the verdict of <paramref name="from"/> to parameters derived from it (another time unit).</summary>
    public static T Carry<T>(object from, T to)
        where T : class
    {
        if (!ReferenceEquals(from, to) && NotConverged.TryGetValue(from, out var message))
        {
            NotConverged.AddOrUpdate(to, message);
        }

        return to;
    }

    /// <summary>Throws when <paramref name="parameters"/> come from a fit that did not converge, unless allowed.</summary>
    /// <exception cref="InvalidOperationException">The parameters come from a fit that did not converge.</exception>
    public static void Require(object? parameters, string model, bool allowNotConverged)
    {
        if (parameters is not null && !allowNotConverged && NotConverged.TryGetValue(parameters, out var message))
        {
            throw NotConvergedError(model, message);
        }
    }

    /// <summary>The error of a prediction refused for a fit that did not converge.</summary>
    public static InvalidOperationException NotConvergedError(string model, string message) =>
        new($"The {model} parameters come from a fit that did not converge, so predictions from them are not trustworthy. The fit says: {message} "
            + "Refit on more data or with FitOptions.Penalizer, or pass allowNotConverged: true to predict with these parameters anyway.");
}
