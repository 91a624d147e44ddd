namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The newest order and behaviour event the analytics store holds, so a page can say how fresh its numbers are.
/// MAX over a column is answered from DuckDB's row-group statistics, so it stays cheap at any size.
/// </summary>
public sealed class AnalyticsFreshnessQuery(AnalyticsStore store, TimeProvider time)
{
    public AnalyticsFreshness Run()
    {
        var asOf = time.GetUtcNow();
        using var connection = store.OpenConnection();
        using var command = AnalyticsCommand.Create(connection, """
            SELECT CAST(epoch_us((SELECT MAX(placed_at) FROM fact_orders)) AS BIGINT),
                   CAST(epoch_us((SELECT MAX(occurred_at) FROM behaviour_events)) AS BIGINT)
            """, new Dictionary<string, object?>());
        using var reader = command.ExecuteReader();
        reader.Read();
        return new AnalyticsFreshness(asOf, At(reader, 0), At(reader, 1));
    }

    private static DateTimeOffset? At(DuckDB.NET.Data.DuckDBDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.UnixEpoch.AddTicks(reader.GetInt64(ordinal) * TimeSpan.TicksPerMicrosecond);
}
