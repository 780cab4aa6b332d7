using Crm.Core.Customers;

namespace Crm.Core.EntityFrameworkCore.Tests.Support;

/// <summary>Compares two customers field by field, lists and history included (dates compare with their calendar).</summary>
public static class CustomerAssert
{
    public static void Same(Customer expected, Customer actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.DisplayName, actual.DisplayName);
        Assert.Equal(expected.Created, actual.Created);
        Assert.Equal(expected.Website, actual.Website);
        Assert.Equal(expected.Acquisition, actual.Acquisition);
        Assert.Equal(expected.Acquisition?.Date.Calendar, actual.Acquisition?.Date.Calendar);
        Assert.Equal(expected.Rank, actual.Rank);
        Assert.Equal(expected.Owner, actual.Owner);
        Assert.Equal(expected.Phones, actual.Phones);
        Assert.Equal(expected.Emails, actual.Emails);
        Assert.Equal(expected.Addresses, actual.Addresses);
        Assert.Equal(expected.Groups, actual.Groups);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Notes, actual.Notes);
        Assert.Equal(expected.Interactions, actual.Interactions);
        Assert.Equal(expected.History, actual.History);
        switch (expected)
        {
            case Individual person:
                Assert.Equal(person.Profile, ((Individual)actual).Profile);
                Assert.Equal(person.Profile.BirthDate?.Calendar, ((Individual)actual).Profile.BirthDate?.Calendar);
                break;
            case Company company:
                Assert.Equal(company.Profile, ((Company)actual).Profile);
                Assert.Equal(company.Contacts, ((Company)actual).Contacts);
                break;
        }
    }
}
