using Microsoft.Extensions.Options;

namespace Crm.Core.Internal;

/// <summary>Adapts a feature package's DI-free validator (all errors at once) to <see cref="IValidateOptions{TOptions}"/>.</summary>
internal sealed class DelegateOptionsValidator<TOptions>(Func<TOptions, IReadOnlyList<string>> validate) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var errors = validate(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
