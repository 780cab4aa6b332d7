using Crm.Core.Customers;
using Spectre.Console;

namespace Crm.Sample.Host.Terminal;

/// <summary>The customers section of <c>demo</c> on a terminal: the customers, what is recorded about them, and searches.</summary>
internal static class CustomersView
{
    public static void Render(IAnsiConsole console, IReadOnlyList<Customer> all, IReadOnlyList<(string Query, string Finds)> searches)
    {
        var byCode = all.ToDictionary(c => c.Code);
        console.Heading("Customers");
        var customers = TerminalTable.Create("Code", "Kind", "Name", "Phone", "Found us via", ">Changes");
        var records = TerminalTable.Create("Customer", "Record", "By", "Text");
        foreach (var c in all)
        {
            var phone = c.PrimaryPhone is { } p ? $"{p.Number} ({p.Kind})" : "-";
            var found = c.Acquisition is { } a ? $"{a.Channel} {TerminalTable.Fa(a.Date)}" : "-";
            customers.Row(c.Code.Value, c.Kind.ToString(), c.DisplayName, phone, found, c.History.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var note in c.Notes)
            {
                records.Row(c.Code.Value, "note", note.Author, note.Text);
            }

            foreach (var i in c.Interactions)
            {
                var next = i.NextContact is { } d ? $" (پیگیری بعدی {TerminalTable.Fa(d)})" : string.Empty;
                records.Row(c.Code.Value, i.Channel.ToString(), i.Author, $"{i.Summary} → {i.Outcome ?? "-"}{next}");
            }

            if (c is Company company)
            {
                foreach (var link in company.Contacts)
                {
                    var person = byCode.GetValueOrDefault(link.Person);
                    records.Row(c.Code.Value, link.To is null ? "contact" : "contact (ended)", person?.DisplayName ?? link.Person.Value, $"{link.Role} ({link.Unit})");
                }
            }
        }

        console.Write(customers);
        console.Write(records);
        var search = TerminalTable.Create("Search", "Finds");
        foreach (var (query, finds) in searches)
        {
            search.Row(query, finds);
        }

        console.Write(search);
    }
}
