using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Marketing.Content;
using CommerceOps.Infrastructure.Analytics;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Marketing.Content;

/// <summary>Content attribution over the analytics store, computed by DuckDB (definition: <see cref="ContentAttributionSql"/>).</summary>
public sealed class ContentAttributionQuery(AnalyticsStore store)
{
    public IReadOnlyList<ContentPerformance> Performance(AnalyticsPeriod period, AttributionWindow window)
    {
        var rows = new List<ContentPerformance>();
        using var connection = store.OpenConnection();
        using var command = Command(connection, ContentAttributionSql.Performance, period, window);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new ContentPerformance(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3),
                reader.GetInt64(4), reader.GetInt64(5), reader.GetDecimal(6)));
        }
        return rows;
    }

    /// <summary>Every attributed order of the period, by placement time. Streams rows.</summary>
    public IEnumerable<AttributedOrder> Orders(AnalyticsPeriod period, AttributionWindow window)
    {
        using var connection = store.OpenConnection();
        using var command = Command(connection, ContentAttributionSql.Orders, period, window);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new AttributedOrder(reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
                reader.GetDecimal(3), reader.GetInt64(4), reader.GetString(5), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)));
        }
    }

    public AttributionTotals Totals(AnalyticsPeriod period, AttributionWindow window)
    {
        using var connection = store.OpenConnection();
        using var command = Command(connection, ContentAttributionSql.Totals, period, window);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new AttributionTotals(reader.GetInt64(0), reader.GetDecimal(1), reader.GetInt64(2), reader.GetDecimal(3));
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, AnalyticsPeriod period, AttributionWindow window)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        // Unix seconds: the instants do not depend on DuckDB's session time zone.
        command.Parameters.Add(new DuckDBParameter("from", (double)period.From.ToUnixTimeSeconds()));
        command.Parameters.Add(new DuckDBParameter("to", (double)period.To.ToUnixTimeSeconds()));
        command.Parameters.Add(new DuckDBParameter("window_days", window.Days));
        return command;
    }
}
