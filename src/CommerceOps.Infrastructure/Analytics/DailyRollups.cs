using System.Diagnostics;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The daily pre-aggregations, refreshed together from one snapshot through the end of yesterday (China time; today
/// keeps changing). The GMV tree's tables are rebuilt whole: every visitor and buyer key gets a number
/// (<c>rollup_keys</c>); <c>rollup_daily_visitors</c> holds each (day, visitor) once with the visitor's previous visit
/// day, <c>rollup_daily_buyers</c> each (day, buyer) with orders, GMV and the buyer's previous and next order day. Those
/// neighbours make a period's distinct visitors, buyers and repeat buyers filters over one scan instead of distinct
/// counts: a visitor counts once, on their first day in the period (no visit since the period started before it). The
/// funnel's table (<see cref="FunnelRollup"/>) recomputes only the start days it does not hold yet or that marks
/// spoiled. Writers mark the days they change in <c>rollup_dirty_days</c> (<see cref="RollupDirtyDays"/>); queries
/// read such a range from the raw facts until the next refresh. The refresh reads a snapshot outside the store's write
/// lock (writes go on meanwhile and leave marks), and swaps its tables in under the lock.
/// </summary>
public sealed class DailyRollups(AnalyticsStore store, TimeProvider time)
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    private readonly SemaphoreSlim _oneRefresh = new(1, 1);
    private readonly AnalyticsStore _store = store;

    /// <summary>Refreshes when yesterday is not rolled up yet (or the funnel's table never was) or a writer has marked a day; else leaves the rollups as they are.</summary>
    public async Task<DailyRollupsState?> RefreshIfStaleAsync(CancellationToken cancellationToken)
    {
        using (var connection = _store.OpenConnection())
        using (var command = AnalyticsCommand.Create(connection, """
            SELECT count(*) FROM rollup_state
            WHERE last_day >= $yesterday AND EXISTS (SELECT 1 FROM rollup_funnel_state) AND NOT EXISTS (SELECT 1 FROM rollup_dirty_days) AND NOT EXISTS (SELECT 1 FROM rollup_marks_in_refresh)
            """, new Dictionary<string, object?> { ["yesterday"] = ChinaDay.Of(time.GetUtcNow()) - 1 }))
        {
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0) return null;
        }
        return await RefreshAsync(cancellationToken);
    }

    /// <summary>
    /// Rebuilds the rollup through yesterday without holding the write lock while it reads (a minute for the `large`
    /// store): under the lock it only takes its snapshot and, at the end, swaps the new tables in.
    /// </summary>
    public async Task<DailyRollupsState> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var refresh = await BeginRefreshAsync(cancellationToken);
        return await refresh.CompleteAsync(cancellationToken);
    }

    /// <summary>Takes the refresh's snapshot; writes after it go on and leave marks. One refresh at a time.</summary>
    public async Task<Refresh> BeginRefreshAsync(CancellationToken cancellationToken)
    {
        await _oneRefresh.WaitAsync(cancellationToken);
        DuckDBConnection? build = null;
        DuckDBTransaction? snapshot = null;
        try
        {
            var started = Stopwatch.GetTimestamp();
            var refreshedAt = time.GetUtcNow();
            var lastDay = ChinaDay.Of(refreshedAt) - 1;
            build = _store.OpenConnection();
            snapshot = build.BeginTransaction();
            await _store.WriteAsync(writer => TakeSnapshot(writer, build, lastDay), cancellationToken);
            return new Refresh(this, build, snapshot, lastDay, refreshedAt, started);
        }
        catch
        {
            snapshot?.Dispose();
            build?.Dispose();
            _oneRefresh.Release();
            throw;
        }
    }

    /// <summary>A refresh between its snapshot and its swap.</summary>
    public sealed class Refresh : IAsyncDisposable
    {
        private readonly DailyRollups _rollup;
        private readonly DuckDBConnection _build;
        private readonly DuckDBTransaction _snapshot;
        private readonly int _lastDay;
        private readonly DateTimeOffset _refreshedAt;
        private readonly long _started;
        private bool _disposed;

        internal Refresh(DailyRollups rollup, DuckDBConnection build, DuckDBTransaction snapshot, int lastDay, DateTimeOffset refreshedAt, long started) =>
            (_rollup, _build, _snapshot, _lastDay, _refreshedAt, _started) = (rollup, build, snapshot, lastDay, refreshedAt, started);

        /// <summary>Builds the new tables from the snapshot, then swaps them in under the write lock.</summary>
        public async Task<DailyRollupsState> CompleteAsync(CancellationToken cancellationToken)
        {
            Build(_build, _lastDay);
            _snapshot.Commit();
            var state = new DailyRollupsState(_lastDay, _refreshedAt, (long)Stopwatch.GetElapsedTime(_started).TotalMilliseconds);
            return await _rollup._store.WriteAsync(writer => SwapIn(writer, state), cancellationToken);
        }

        public ValueTask DisposeAsync()
        {
            if (_disposed) return ValueTask.CompletedTask;
            _disposed = true;
            _snapshot.Dispose();
            _build.Dispose();
            _rollup._oneRefresh.Release();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// Under the write lock, so no write falls in between: the marks so far move to <c>rollup_marks_in_refresh</c>
    /// (their changes are in the snapshot; queries still treat those days as marked until the swap), the marking
    /// horizon rises to the new last day, and the build's snapshot is pinned. Every later write then either is in the
    /// snapshot or leaves a mark the swap keeps.
    /// </summary>
    private static int TakeSnapshot(DuckDBConnection writer, DuckDBConnection build, int lastDay)
    {
        RollupDirtyDays.ForgetCommitted(writer);
        using (var transaction = writer.BeginTransaction())
        {
            AnalyticsCommand.Execute(writer, "INSERT INTO rollup_marks_in_refresh SELECT china_day FROM rollup_dirty_days", NoParameters);
            AnalyticsCommand.Execute(writer, "DELETE FROM rollup_dirty_days", NoParameters);
            transaction.Commit();
        }
        RollupDirtyDays.SetHorizon(writer, Math.Max(lastDay, RollupDirtyDays.Horizon(writer)));
        // DuckDB starts a transaction's snapshot at its first read.
        AnalyticsCommand.Execute(build, "SELECT count(*) FROM behaviour_events WHERE false", NoParameters);
        return 0;
    }

    private static void Build(DuckDBConnection connection, int lastDay)
    {
        var through = new Dictionary<string, object?> { ["through"] = AnalyticsCommand.Micros(ChinaDay.StartOf(lastDay + 1)) };
        AnalyticsCommand.Execute(connection, """
            CREATE OR REPLACE TABLE rollup_keys_next AS
            SELECT key, row_number() OVER () AS no FROM (
                SELECT COALESCE(customer_id, anonymous_id, session_id) AS key FROM behaviour_events
                WHERE type <> 'ad_impression' AND occurred_at < make_timestamptz($through)
                UNION
                SELECT COALESCE(customer_code, order_number) FROM fact_orders
                WHERE status <> 'cancelled' AND placed_at < make_timestamptz($through)
            )
            """, through);
        AnalyticsCommand.Execute(connection, $"""
            CREATE OR REPLACE TABLE rollup_daily_visitors_next AS
            WITH d AS (
                SELECT DISTINCT {ChinaDay.Of("occurred_at")} AS china_day, COALESCE(customer_id, anonymous_id, session_id) AS key
                FROM behaviour_events WHERE type <> 'ad_impression' AND occurred_at < make_timestamptz($through)
            )
            SELECT d.china_day, k.no AS visitor_no, CAST(lag(d.china_day) OVER (PARTITION BY k.no ORDER BY d.china_day) AS INTEGER) AS previous_day
            FROM d JOIN rollup_keys_next k ON k.key = d.key
            ORDER BY d.china_day
            """, through);
        AnalyticsCommand.Execute(connection, $"""
            CREATE OR REPLACE TABLE rollup_daily_buyers_next AS
            WITH d AS (
                SELECT {ChinaDay.Of("placed_at")} AS china_day, COALESCE(customer_code, order_number) AS key, count(*) AS orders, sum(total) AS gmv
                FROM fact_orders WHERE status <> 'cancelled' AND placed_at < make_timestamptz($through)
                GROUP BY ALL
            )
            SELECT d.china_day, k.no AS buyer_no, d.orders, CAST(d.gmv AS DECIMAL(18,2)) AS gmv,
                   CAST(lag(d.china_day) OVER w AS INTEGER) AS previous_day, CAST(lead(d.china_day) OVER w AS INTEGER) AS next_day
            FROM d JOIN rollup_keys_next k ON k.key = d.key
            WINDOW w AS (PARTITION BY k.no ORDER BY d.china_day)
            ORDER BY d.china_day
            """, through);
        FunnelRollup.Build(connection, lastDay);
    }

    /// <summary>Under the write lock: the new tables replace the old in one transaction; marks made since the snapshot stay.</summary>
    private static DailyRollupsState SwapIn(DuckDBConnection writer, DailyRollupsState state)
    {
        using (var transaction = writer.BeginTransaction())
        {
            foreach (var table in new[] { "rollup_keys", "rollup_daily_visitors", "rollup_daily_buyers" })
            {
                AnalyticsCommand.Execute(writer, $"DROP TABLE {table}", NoParameters);
                AnalyticsCommand.Execute(writer, $"ALTER TABLE {table}_next RENAME TO {table}", NoParameters);
            }
            FunnelRollup.SwapIn(writer, state.LastDay);
            AnalyticsCommand.Execute(writer, "DELETE FROM rollup_marks_in_refresh", NoParameters);
            AnalyticsCommand.Execute(writer, "DELETE FROM rollup_state", NoParameters);
            AnalyticsCommand.Execute(writer, "INSERT INTO rollup_state VALUES ($last, make_timestamptz($at), $took)", new Dictionary<string, object?>
            {
                ["last"] = state.LastDay, ["at"] = AnalyticsCommand.Micros(state.RefreshedAt), ["took"] = state.TookMs,
            });
            transaction.Commit();
        }
        RollupDirtyDays.SetHorizon(writer, state.LastDay);
        return state;
    }
}

/// <param name="LastDay">The last China day the rollup holds (<see cref="ChinaDay"/> number).</param>
/// <param name="RefreshedAt">When the rebuild started: it holds every day up to <paramref name="LastDay"/> as the facts were then.</param>
public sealed record DailyRollupsState(int LastDay, DateTimeOffset RefreshedAt, long TookMs);
