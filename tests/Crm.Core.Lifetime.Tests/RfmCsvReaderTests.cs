namespace Crm.Core.Lifetime.Tests;

public class RfmCsvReaderTests
{
    [Fact]
    public void Read_DuplicateCustomerId_ReportsTheSecondRowNamingTheFirstLine()
    {
        var result = RfmCsvReader.Read(new StringReader("customer_id,frequency,recency,T\n1,1,7.77,29.70\n2,0,0,29.7\n1,2,8,29.70\n"));

        Assert.Equal(["1", "2"], result.Customers.Select(c => c.CustomerId.Value));
        var error = Assert.Single(result.Errors);
        Assert.Equal("rfm-csv.duplicate-id", error.Rule);
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("already on line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateHeaderColumn_IsAnErrorNamingBothColumns()
    {
        var result = RfmCsvReader.Read(new StringReader("customer_id,frequency,recency,T,frequency\n1,1,7.77,29.70,3\n"));

        Assert.Empty(result.Customers);
        var error = Assert.Single(result.Errors);
        Assert.Equal("rfm-csv.duplicate-column", error.Rule);
        Assert.Contains("columns 2 and 5", error.Message, StringComparison.Ordinal);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public void Read_RowsRead_EqualAcceptedPlusReported(byte[] ids)
    {
        // Random ids (with repeats) and every fifth row malformed: every data line is either accepted or reported.
        var lines = ids.Select((id, i) => i % 5 == 4 ? $"{id},x,1,2" : $"{id % 16},1,1,2").ToList();
        var result = RfmCsvReader.Read(new StringReader("customer_id,frequency,recency,T\n" + string.Join('\n', lines)));

        Assert.Equal(lines.Count, result.Customers.Count + result.Errors.Count);
        Assert.Equal(result.Customers.Count, result.Customers.Select(c => c.CustomerId).Distinct().Count());
    }
}
