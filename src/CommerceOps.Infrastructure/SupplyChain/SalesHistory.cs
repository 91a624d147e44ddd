using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.SupplyChain;

public static class SalesHistory
{
    /// <summary>The UTC day of the latest order line, so imported history is analysed where it ends; null when there is none.</summary>
    public static DateOnly? LastDay(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CAST(epoch(max(placed_at)) AS BIGINT) FROM fact_order_lines";
        return command.ExecuteScalar() is long seconds
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime)
            : null;
    }
}
