using DuckDB.NET.Data;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>The refunds of the generated store as the analytics store received them (fact_refunds, from the outbox): count and total, summed here.</summary>
public sealed record DemoRefunds(int Count, decimal Total)
{
    public static DemoRefunds Read(string analyticsPath)
    {
        using var connection = new DuckDBConnection($"Data Source={analyticsPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT amount FROM fact_refunds";
        using var reader = command.ExecuteReader();
        var amounts = new List<decimal>();
        while (reader.Read()) amounts.Add(reader.GetDecimal(0));
        return new(amounts.Count, amounts.Sum());
    }
}
