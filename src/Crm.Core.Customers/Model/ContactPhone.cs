namespace Crm.Core.Customers;

/// <summary>A phone number of a customer, in E.164 form, with its use and whether it is the primary one.</summary>
/// <param name="Kind">Mobile, landline or fax.</param>
/// <param name="Number">The number in E.164 form, for example <c>+989121234567</c>.</param>
/// <param name="IsPrimary">Whether this is the customer's primary phone (exactly one is, when any exists).</param>
public sealed record ContactPhone(PhoneKind Kind, string Number, bool IsPrimary)
{
    /// <summary>Creates a mobile phone entry.</summary>
    /// <param name="mobile">A validated Iranian mobile number.</param>
    /// <param name="isPrimary">Whether it is the primary phone.</param>
    /// <returns>The entry.</returns>
    public static ContactPhone Mobile(IranianMobile mobile, bool isPrimary = false) => new(PhoneKind.Mobile, mobile.Value, isPrimary);

    /// <summary>Creates a landline or fax entry.</summary>
    /// <param name="landline">A validated Iranian landline number.</param>
    /// <param name="kind"><see cref="PhoneKind.Landline"/> or <see cref="PhoneKind.Fax"/>.</param>
    /// <param name="isPrimary">Whether it is the primary phone.</param>
    /// <returns>The entry.</returns>
    public static ContactPhone Landline(IranianLandline landline, PhoneKind kind = PhoneKind.Landline, bool isPrimary = false) =>
        new(kind, landline.Value, isPrimary);
}
