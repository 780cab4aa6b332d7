using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers.Internal;
using Crm.Core.Persian;

namespace Crm.Core.Customers;

/// <summary>A natural-person customer (حقیقی).</summary>
public sealed class Individual : Customer
{
    private Individual(CustomerCode code, IndividualProfile profile, ChangeStamp created)
        : base(code, created) => Profile = profile;

    /// <inheritdoc/>
    public override CustomerKind Kind => CustomerKind.Individual;

    /// <summary>Gets the personal fields.</summary>
    public IndividualProfile Profile { get; private set; }

    /// <inheritdoc/>
    public override string DisplayName =>
        string.Join(' ', new[] { Profile.TitlePrefix, Profile.FirstName, Profile.LastName }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>Creates an individual customer.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="profile">The personal fields; names are display-normalised.</param>
    /// <param name="created">Who creates the record and when.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="ArgumentException">The code is default, the last name is empty or an enum is undefined.</exception>
    public static Individual Create(CustomerCode code, IndividualProfile profile, ChangeStamp created)
    {
        Guard.Against.Default(created);
        var clean = Clean(profile);
        var individual = new Individual(code, clean, created);
        individual.Record(created, "created", null, individual.DisplayName);
        return individual;
    }

    /// <summary>
    /// Rebuilds an individual customer from stored state without recording a history entry: the history is taken as
    /// stored and <see cref="Customer.PendingChanges"/> is empty. Use <see cref="Create"/> for a new customer.
    /// </summary>
    /// <param name="profile">The stored personal fields (display-normalised again, which leaves stored values as they are).</param>
    /// <param name="state">The rest of the stored state.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="state"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant the change methods keep (two primary phones, a
    /// duplicate e-mail, an empty last name, …); the message names the customer, the field, the rule and the value.</exception>
    public static Individual Rehydrate(IndividualProfile profile, CustomerState state)
    {
        CheckState(state);
        var individual = new Individual(state.Code, Clean(profile), state.Created);
        individual.Restore(state);
        return individual;
    }

    /// <summary>Replaces the personal fields, recording one history entry per changed field.</summary>
    /// <param name="profile">The new fields (use <c>with</c> on <see cref="Profile"/>).</param>
    /// <param name="stamp">Who changes it and when.</param>
    /// <returns>The number of fields that changed.</returns>
    /// <exception cref="ArgumentException">The last name is empty or an enum is undefined.</exception>
    public int UpdateProfile(IndividualProfile profile, ChangeStamp stamp)
    {
        Guard.Against.Default(stamp);
        var clean = Clean(profile);
        var changed = RecordChanges(Profile, clean, Fields, stamp);
        Profile = clean;
        return changed;
    }

    private static readonly (string Field, Func<IndividualProfile, string?> Format)[] Fields =
    [
        ("firstName", p => p.FirstName),
        ("lastName", p => p.LastName),
        ("gender", p => p.Gender.ToString()),
        ("titlePrefix", p => p.TitlePrefix),
        ("birthCertificateNumber", p => p.BirthCertificateNumber),
        ("nationalCode", p => p.NationalCode?.Value),
        ("birthDate", p => DateText.Format(p.BirthDate)),
        ("marriageDate", p => DateText.Format(p.MarriageDate)),
        ("fieldOfStudy", p => p.FieldOfStudy),
        ("educationDegree", p => p.EducationDegree.ToString()),
        ("sheba", p => p.Sheba?.Value),
        ("bankCard", p => p.BankCard?.ToMaskedString()),
    ];

    private static IndividualProfile Clean(IndividualProfile profile)
    {
        Guard.Against.Null(profile);
        Guard.Against.NullOrWhiteSpace(profile.LastName, nameof(profile), "An individual's last name must not be empty.");
        Guard.Against.EnumOutOfRange(profile.Gender, nameof(profile));
        Guard.Against.EnumOutOfRange(profile.EducationDegree, nameof(profile));
        return profile with
        {
            FirstName = Name(profile.FirstName),
            LastName = Name(profile.LastName)!,
            TitlePrefix = Name(profile.TitlePrefix),
            BirthCertificateNumber = Digits(profile.BirthCertificateNumber),
            FieldOfStudy = Name(profile.FieldOfStudy),
        };
    }

    internal static string? Name(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : PersianNormalizer.NormalizeName(value);

    internal static string? Digits(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : PersianDigits.ToAscii(value.Trim()).ToUpper(CultureInfo.InvariantCulture);
}
