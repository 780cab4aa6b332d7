using System.ComponentModel;
using System.Globalization;

namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>Converts between an identifier and its text, for ASP.NET Core model binding, configuration binding and
/// property grids.</summary>
/// <typeparam name="T">The identifier type.</typeparam>
/// <remarks>Invalid text throws a <see cref="FormatException"/> with the <see cref="ValidationError.Message"/>; the
/// culture is ignored.</remarks>
internal sealed class IdentifierTypeConverter<T> : TypeConverter
    where T : struct, IIdentifier<T>
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
        destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text
            ? T.TryParse(text, out var result, out var error) ? result : throw new FormatException(error.Message)
            : base.ConvertFrom(context, culture, value);

    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is T identifier
            ? identifier.Value
            : base.ConvertTo(context, culture, value, destinationType);

    public override bool IsValid(ITypeDescriptorContext? context, object? value) =>
        value is string text ? T.TryParse(text, out _, out _) : value is T identifier && identifier.Value.Length > 0;
}
