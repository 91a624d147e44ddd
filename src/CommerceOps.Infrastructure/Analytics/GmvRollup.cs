using System.Diagnostics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The GMV tree's daily pre-aggregation, rebuilt whole from the raw facts up to the end of yesterday (China time;
/// today keeps changing). Every visitor and buyer key gets a number (<c>rollup_keys</c>); <c>rollup_daily_visitors</c>
/// holds each (day, visitor) once with the visitor's previous visit day, <c>rollup_daily_buyers</c> each (day, buyer)
/// with orders, GMV and the buyer's previous and next order day. Those neighbours make a period's distinct visitors,
/// buyers and repeat buyers filters over one scan instead of distinct counts: a visitor counts once, on their first
/// day in the period (no visit since the period started before it). Writers mark the days they change in
/// <c>rollup_dirty_days</c> (<see cref="RollupDirtyDays"/>); queries read such a range from the raw facts until the
/// next refresh. The rebuild runs under the store's write lock, so no write can fall between reading the facts and
/// clearing the marks.
/// </summary>
public sealed class GmvRollup(AnalyticsStore store, TimeProvider time)
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    /// <summary>Rebuilds when yesterday is not rolled up yet or a writer has marked a day; else leaves the rollup as it is.</summary>
    public async Task<GmvRollupState?> RefreshIfStaleAsync(CancellationToken cancellationToken)
    {
        using (var connection = store.OpenConnection())
        using (var command = AnalyticsCommand.Create(connection, """
            SELECT count(*) FROM rollup_state
            WHERE last_day >= $yesterday AND NOT EXISTS (SELECT 1 FROM rollup_dirty_days)
            """, new Dictionary<string, object?> { ["yesterday"] = ChinaDay.Of(time.GetUtcNow()) - 1 }))
        {
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0) return null;
        }
        return await RefreshAsync(cancellationToken);
    }

    public Task<GmvRollupState> RefreshAsync(CancellationToken cancellationToken) =>
        store.WriteAsync(connection =>
        {
            var started = Stopwatch.GetTimestamp();
            var refreshedAt = time.GetUtcNow();
            var lastDay = ChinaDay.Of(refreshedAt) - 1;
            var through = new Dictionary<string, object?> { ["through"] = AnalyticsCommand.Micros(ChinaDay.StartOf(lastDay + 1)) };
            using var transaction = connection.BeginTransaction();
            Execute(connection, "DELETE FROM rollup_dirty_days", NoParameters);
            Execute(connection, """
                CREATE OR REPLACE TABLE rollup_keys AS
                SELECT key, row_number() OVER () AS no FROM (
                    SELECT COALESCE(customer_id, anonymous_id, session_id) AS key FROM behaviour_events
                    WHERE type <> 'ad_impression' AND occurred_at < make_timestamptz($through)
                    UNION
                    SELECT COALESCE(customer_code, order_number) FROM fact_orders
                    WHERE status <> 'cancelled' AND placed_at < make_timestamptz($through)
                )
                """, through);
            Execute(connection, $"""
                CREATE OR REPLACE TABLE rollup_daily_visitors AS
                WITH d AS (
                    SELECT DISTINCT {ChinaDay.Of("occurred_at")} AS china_day, COALESCE(customer_id, anonymous_id, session_id) AS key
                    FROM behaviour_events WHERE type <> 'ad_impression' AND occurred_at < make_timestamptz($through)
                )
                SELECT d.china_day, k.no AS visitor_no, CAST(lag(d.china_day) OVER (PARTITION BY k.no ORDER BY d.china_day) AS INTEGER) AS previous_day
                FROM d JOIN rollup_keys k ON k.key = d.key
                ORDER BY d.china_day
                """, through);
            Execute(connection, $"""
                CREATE OR REPLACE TABLE rollup_daily_buyers AS
                WITH d AS (
                    SELECT {ChinaDay.Of("placed_at")} AS china_day, COALESCE(customer_code, order_number) AS key, count(*) AS orders, sum(total) AS gmv
                    FROM fact_orders WHERE status <> 'cancelled' AND placed_at < make_timestamptz($through)
                    GROUP BY ALL
                )
                SELECT d.china_day, k.no AS buyer_no, d.orders, CAST(d.gmv AS DECIMAL(18,2)) AS gmv,
                       CAST(lag(d.china_day) OVER w AS INTEGER) AS previous_day, CAST(lead(d.china_day) OVER w AS INTEGER) AS next_day
                FROM d JOIN rollup_keys k ON k.key = d.key
                WINDOW w AS (PARTITION BY k.no ORDER BY d.china_day)
                ORDER BY d.china_day
                """, through);
            var state = new GmvRollupState(lastDay, refreshedAt, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Execute(connection, "DELETE FROM rollup_state", NoParameters);
            Execute(connection, "INSERT INTO rollup_state VALUES ($last, make_timestamptz($at), $took)", new Dictionary<string, object?>
            {
                ["last"] = state.LastDay, ["at"] = AnalyticsCommand.Micros(refreshedAt), ["took"] = state.TookMs,
            });
            transaction.Commit();
            RollupDirtyDays.RolledUpThrough(connection, state.LastDay);
            return state;
        }, cancellationToken);

    private static void Execute(DuckDB.NET.Data.DuckDBConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        using var command = AnalyticsCommand.Create(connection, sql, parameters);
        command.ExecuteNonQuery();
    }
}

/// <param name="LastDay">The last China day the rollup holds (<see cref="ChinaDay"/> number).</param>
/// <param name="RefreshedAt">When the rebuild started: it holds every day up to <paramref name="LastDay"/> as the facts were then.</param>
public sealed record GmvRollupState(int LastDay, DateTimeOffset RefreshedAt, long TookMs);
