using Microsoft.Data.Sqlite;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>
/// The demo store's service KPIs computed straight from the tickets table with SQL of its own (not the product's query):
/// the share of answered tickets answered within 60 seconds, and how many tickets there are.
/// </summary>
public sealed record ExpectedServiceKpis(int Tickets, double FirstResponseWithinSla)
{
    public static ExpectedServiceKpis Read(string sqlitePath)
    {
        using var connection = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*), sum(CASE WHEN first_response_seconds <= 60 THEN 1 ELSE 0 END), count(first_response_seconds)
            FROM tickets
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new ExpectedServiceKpis(reader.GetInt32(0), Math.Round((double)reader.GetInt64(1) / reader.GetInt64(2), 4));
    }
}
