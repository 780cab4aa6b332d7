using System.Collections.ObjectModel;
using System.Text;
using Crm.Core.Persian;
using C = Crm.Core.Customers.CustomerRecordColumns;

namespace Crm.Core.Customers.Internal;

/// <summary>The header spellings of <see cref="CustomerRecordColumns"/>, Persian and English, and the key they are
/// compared by (<see cref="Key"/>). Two spellings of different columns never share a key: the type initializer checks.</summary>
internal static class ColumnAliases
{
    private static readonly (string Column, string[] Aliases)[] Table =
    [
        (C.Kind, ["Type", "Customer Type", "نوع", "نوع مشتری"]),
        (C.Code, ["Customer Code", "Customer ID", "customer_id", "ID", "کد", "کد مشتری", "شناسه مشتری"]),
        (C.FirstName, ["First Name", "Given Name", "نام"]),
        (C.LastName, ["Last Name", "Surname", "Family Name", "نام خانوادگی", "فامیلی"]),
        (C.CompanyName, ["Company", "Organization", "Organisation", "نام شرکت", "شرکت", "نام سازمان"]),
        (C.NationalCode, ["National ID", "کد ملی", "شماره ملی"]),
        (C.LegalEntityId, ["Company National ID", "شناسه ملی", "شناسه ملی شرکت"]),
        (C.EconomicCode, ["کد اقتصادی"]),
        (C.PostalCode, ["Postcode", "Zip", "Zip Code", "کد پستی"]),
        (C.Mobile, ["Cell", "Cell Phone", "Mobile Phone", "Mobile Number", "موبایل", "تلفن همراه", "شماره همراه", "شماره موبایل", "همراه"]),
        (C.Phone, ["Telephone", "Tel", "Landline", "Phone Number", "تلفن", "تلفن ثابت", "شماره تلفن"]),
        (C.Email, ["E-mail", "Email Address", "ایمیل", "پست الکترونیک", "پست الکترونیکی", "رایانامه", "نشانی ایمیل"]),
        (C.Sheba, ["IBAN", "Shaba", "شبا", "شماره شبا"]),
        (C.BankCard, ["Card Number", "Bank Card Number", "شماره کارت", "کارت بانکی"]),
        (C.Province, ["State", "استان"]),
        (C.City, ["Town", "شهر"]),
        (C.BirthDate, ["Birthday", "Date of Birth", "DOB", "تاریخ تولد"]),
        (C.Channel, ["Acquisition Channel", "Lead Source", "Source", "کانال جذب", "کانال", "منبع", "نحوه آشنایی"]),
        (C.ChannelDate, ["Acquisition Date", "Acquired", "تاریخ جذب"]),
        (C.Owner, ["Account Manager", "Sales Rep", "Assigned To", "مالک", "کارشناس", "کارشناس فروش", "مسئول"]),
        (C.Rank, ["Level", "Tier", "سطح", "رتبه"]),
        (C.Groups, ["Group", "گروه", "گروه‌ها"]),
        (C.Tags, ["Tag", "برچسب", "برچسب‌ها"]),
        (C.Street, ["Address", "Street Address", "Address Line", "نشانی", "آدرس"]),
        (C.Gender, ["Sex", "جنسیت"]),
        (C.Title, ["Title Prefix", "Prefix", "عنوان", "پیشوند"]),
        (C.MarriageDate, ["Wedding Date", "Date of Marriage", "تاریخ ازدواج"]),
        (C.Education, ["Education Degree", "Degree", "تحصیلات", "مدرک تحصیلی"]),
        (C.FieldOfStudy, ["Major", "رشته تحصیلی", "رشته"]),
        (C.BirthCertificateNumber, ["Birth Certificate No", "شماره شناسنامه"]),
        (C.FieldOfActivity, ["Industry", "زمینه فعالیت", "حوزه فعالیت"]),
        (C.EstablishmentDate, ["Founded", "Founding Date", "Date Established", "تاریخ تأسیس"]),
        (C.PoBox, ["P.O. Box", "صندوق پستی"]),
        (C.Website, ["Web Site", "Web", "URL", "وب‌سایت", "وبسایت", "سایت"]),
        (C.Notes, ["Note", "Comments", "Description", "یادداشت", "یادداشت‌ها", "توضیحات"]),
    ];

    private static readonly Dictionary<string, string> ByKey = Build();

    /// <summary>Gets the aliases of every column, in the order of <see cref="CustomerRecordColumns.All"/>.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> ByColumn { get; } =
        new ReadOnlyDictionary<string, IReadOnlyList<string>>(
            C.All.ToDictionary(c => c, c => (IReadOnlyList<string>)Array.AsReadOnly(Table.Single(t => t.Column == c).Aliases), StringComparer.Ordinal));

    /// <summary>Returns the column a header names, or <see langword="null"/>.</summary>
    internal static string? Canonical(string header) =>
        ByKey.TryGetValue(Key(header), out var column) ? column : null;

    /// <summary>The comparison key of a header: trimmed, <see cref="PersianFold"/>ed, without space, ZWNJ, '_', '-' or '.'.</summary>
    internal static string Key(string header)
    {
        var folded = PersianFold.FoldToString(header.Trim());
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is not (' ' or '\u200C' or '_' or '-' or '.'))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    private static Dictionary<string, string> Build()
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, aliases) in Table)
        {
            foreach (var spelling in aliases.Prepend(column))
            {
                var key = Key(spelling);
                if (byKey.TryGetValue(key, out var other) && other != column)
                {
                    throw new InvalidOperationException($"Header '{spelling}' of column '{column}' folds to the key of column '{other}'.");
                }

                byKey[key] = column;
            }
        }

        return byKey;
    }
}
