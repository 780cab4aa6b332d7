using Crm.Core.Persian.Internal;
using System.Text;
using NodaTime;

namespace Crm.Core.Customers;

/// <summary>
/// The link between a contact person and a company: the person's role and organisational unit there, from a start
/// date to an optional end date. A person may hold roles at several companies.
/// </summary>
/// <param name="Person">The individual customer who is the contact person.</param>
/// <param name="Role">The responsibility (سمت), for example «مدیر خرید».</param>
/// <param name="Unit">The organisational unit, if recorded.</param>
/// <param name="From">The first day in the role.</param>
/// <param name="To">The last day in the role; <see langword="null"/> while current.</param>
public sealed record CompanyContact(CustomerCode Person, string Role, string? Unit, LocalDate From, LocalDate? To)
{
    /// <summary>Tells whether the person holds the role on a date.</summary>
    /// <param name="date">The date to test, in any calendar.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> ≤ date ≤ <see cref="To"/> (or no end date).</returns>
    public bool IsActiveOn(LocalDate date)
    {
        var d = date.WithCalendar(From.Calendar);
        return From <= d && (To is null || d <= To.Value.WithCalendar(From.Calendar));
    }

    // Dates print as Persian yyyy/MM/dd, whatever their calendar (a Persian LocalDate's default text names Gregorian months).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("Person", Person, first: true)
            .Value("Role", Role)
            .Value("Unit", Unit)
            .Date("From", From)
            .Date("To", To);
        return true;
    }
}
