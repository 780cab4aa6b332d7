namespace Crm.Sample.Host.DemoData;

/// <summary>One generated individual customer, as text in the shapes the Customers package parses.</summary>
internal sealed record SyntheticCustomer(
    string Code,
    string FirstName,
    string LastName,
    string NationalCode,
    string Mobile,
    string Province,
    string Channel);
