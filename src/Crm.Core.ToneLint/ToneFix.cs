namespace Crm.Core.ToneLint;

/// <summary>
/// Describes a mechanical rewrite: replace <see cref="Length"/> units at <see cref="Start"/> of the original text
/// with <see cref="Replacement"/>. A fix always lies inside the span of its diagnostic.
/// </summary>
/// <param name="Start">The index of the first replaced UTF-16 unit in the original text.</param>
/// <param name="Length">The number of replaced units.</param>
/// <param name="Replacement">The new text.</param>
public readonly record struct ToneFix(int Start, int Length, string Replacement);
