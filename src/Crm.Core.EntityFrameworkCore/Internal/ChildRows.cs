using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>A row of a list the customer owns, keyed by the customer and its position in the list.</summary>
internal interface IPositioned
{
    int Position { get; set; }
}

internal sealed class PhoneRow : IPositioned
{
    public int Position { get; set; }

    public PhoneKind Kind { get; set; }

    public string Number { get; set; } = string.Empty;

    public bool IsPrimary { get; set; }
}

internal sealed class EmailRow : IPositioned
{
    public int Position { get; set; }

    public EmailAddress Address { get; set; }

    /// <summary>The address in upper case (invariant), so equality in SQL is ordinal ignoring case.</summary>
    public string SearchAddress { get; set; } = string.Empty;
}

internal sealed class AddressRow : IPositioned
{
    public int Position { get; set; }

    public string? Province { get; set; }

    public string? City { get; set; }

    public string? Street { get; set; }

    public PostalCode? PostalCode { get; set; }

    public bool IsPrimary { get; set; }

    public string? SearchProvince { get; set; }

    public string? SearchCity { get; set; }
}

/// <summary>A group membership or a tag.</summary>
internal sealed class LabelRow
{
    public const string Group = "group";
    public const string Tag = "tag";

    public string Kind { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    /// <summary>The folded value, written on save.</summary>
    public string SearchValue { get; set; } = string.Empty;

    /// <summary>The value trimmed and Persian-folded as segments compare it (unlike <see cref="SearchValue"/>, blank is null); <see langword="null"/> when blank.</summary>
    public string? Folded { get; set; }
}

internal sealed class NoteRow : IPositioned
{
    public int Position { get; set; }

    public string Author { get; set; } = string.Empty;

    public Instant At { get; set; }

    public string Text { get; set; } = string.Empty;
}

internal sealed class InteractionRow : IPositioned
{
    public int Position { get; set; }

    /// <summary>The entry's <see cref="Interaction.Id"/>; <see langword="null"/> in rows stored before ids existed, which
    /// then get the id made from the entry itself (the same on every load).</summary>
    public string? EntryId { get; set; }

    public InteractionChannel Channel { get; set; }

    public InteractionDirection Direction { get; set; }

    public Instant At { get; set; }

    public string Author { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public string? Outcome { get; set; }

    public DateOnly? NextContact { get; set; }

    public string? NextContactCalendar { get; set; }
}

internal sealed class ChangeRow : IPositioned
{
    public int Position { get; set; }

    public string By { get; set; } = string.Empty;

    public Instant At { get; set; }

    public string Field { get; set; } = string.Empty;

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }
}

internal sealed class ContactRow : IPositioned
{
    public int Position { get; set; }

    public CustomerCode Person { get; set; }

    public string Role { get; set; } = string.Empty;

    public string? Unit { get; set; }

    public DateOnly From { get; set; }

    public string FromCalendar { get; set; } = string.Empty;

    public DateOnly? To { get; set; }

    public string? ToCalendar { get; set; }
}

/// <summary>One purchase; not owned by the customer aggregate (purchases are loaded in bulk and may name customers
/// the store does not hold).</summary>
internal sealed class PurchaseRow
{
    public long Id { get; set; }

    public CustomerCode CustomerCode { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The amount in ten-thousandths of the currency unit (<see cref="PurchaseAmounts.Scale"/>).</summary>
    public long AmountUnits { get; set; }

    public string Currency { get; set; } = string.Empty;
}
