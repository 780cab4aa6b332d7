using NodaTime;

namespace Crm.Core.Customers;

/// <summary>A psychological or behavioural note (نکته روانشناختی) any employee can add; notes are never edited or removed.</summary>
/// <param name="Author">Who wrote the note.</param>
/// <param name="At">When it was written.</param>
/// <param name="Text">The note, display-normalised.</param>
public sealed record BehaviouralNote(string Author, Instant At, string Text);
