using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;

namespace CommerceOps.Bench;

/// <summary>
/// <c>analytics --dir DIR --from D --to D [--runs 3] [--computations funnel,gmv] [--export DIR] --out FILE</c>: the 30-day funnel and the GMV tree
/// through the query classes beside hand-written DuckDB SQL of the same result, on the same open database, each
/// timed as the median of the runs after one warm-up; the answers are compared. The daily rollups (GMV tree, funnel) are built
/// (and timed) first, as their refresher would have done; the hand-written SQL reads the raw facts. With --export, writes the events
/// and orders those computations read as CSV for bench/analytics_pandas.py (user ids hashed to integers so pandas can hold them).
/// </summary>
public static class AnalyticsBench
{
    public static int Run(Options options)
    {
        var dir = options.Require("dir");
        var period = AnalyticsPeriod.FromDays(DateOnly.Parse(options.Require("from"), CultureInfo.InvariantCulture), DateOnly.Parse(options.Require("to"), CultureInfo.InvariantCulture));
        var runs = options.Int("runs", 3, 1, 20);
        using var store = new AnalyticsStore(StorageOptions.Resolve(dir, null));
        using var connection = store.OpenConnection();
        var results = new Dictionary<string, object>
        {
            ["events"] = Scalar(connection, "SELECT count(*) FROM behaviour_events"),
            ["orders"] = Scalar(connection, "SELECT count(*) FROM fact_orders"),
            ["order_lines"] = Scalar(connection, "SELECT count(*) FROM fact_order_lines"),
            ["threads"] = Scalar(connection, "SELECT current_setting('threads')"),
        };

        // The tree and the funnel read the daily rollups; building them is a cost of its own, reported apart (the GMV
        // tables are rebuilt whole; the funnel's start days are computed only where not held yet: here, all of them).
        var rollupStarted = Stopwatch.GetTimestamp();
        new DailyRollups(store, TimeProvider.System).RefreshAsync(CancellationToken.None).GetAwaiter().GetResult();
        results["gmv_rollup_refresh_ms"] = Math.Round(Stopwatch.GetElapsedTime(rollupStarted).TotalMilliseconds, 1);
        results["gmv_rollup_rows"] = Scalar(connection, "SELECT (SELECT count(*) FROM rollup_daily_visitors) + (SELECT count(*) FROM rollup_daily_buyers)");
        results["funnel_rollup_rows"] = Scalar(connection, "SELECT count(*) FROM rollup_funnel_starts");

        // --computations gmv measures the tree alone.
        if ((options.Get("computations") ?? "funnel,gmv").Split(',').Contains("funnel"))
            MeasureFunnel(connection, store, period, runs, results);

        var tree = new GmvTreeQuery(store);
        var treeRequest = new GmvTreeRequest(period);
        GmvTree? treeAnswer = null;
        results["gmv_tree_query_ms"] = Median(runs, () => treeAnswer = tree.Run(treeRequest));
        Dictionary<int, (long, long, long, long, decimal)>? handTree = null;
        var periods = new List<AnalyticsPeriod> { period };
        periods.AddRange(GmvComparisons.All.SelectMany(c => c.BaselinePeriods(period)).Distinct());
        results["gmv_tree_hand_sql_ms"] = Median(runs, () => handTree = HandGmv(connection, periods));
        // The tree's factors per period: the current one and each comparison's baseline periods, in the order of `periods`.
        var byPeriod = new Dictionary<AnalyticsPeriod, GmvFactors> { [period] = treeAnswer!.Total.Current };
        foreach (var comparison in treeAnswer.Total.Comparisons)
            if (comparison.Periods.Count == 1) byPeriod[comparison.Periods[0]] = comparison.Baseline;
        var productPeriods = periods.Where(byPeriod.ContainsKey).ToList();
        var productTree = productPeriods.Select(p => Factors(byPeriod[p])).ToList();
        results["gmv_periods_checked"] = productPeriods.Count;
        results["gmv_factors"] = periods.Select((_, i) => handTree![i]).Select(h => new object[] { h.Item1, h.Item2, h.Item3, h.Item4, h.Item5 }).ToList();
        results["gmv_current"] = new object[] { productTree[0].Item1, productTree[0].Item2, productTree[0].Item3, productTree[0].Item4, productTree[0].Item5 };
        Agree("GMV tree factors (visitors, buyers, orders, repeat buyers, GMV) per period", productTree,
            productPeriods.Select(p => handTree![periods.IndexOf(p)]));
        GmvFactors Hand(AnalyticsPeriod p)
        {
            var (visitors, buyers, orders, repeat, gmv) = handTree![periods.IndexOf(p)];
            return new GmvFactors(visitors, buyers, orders, repeat, gmv);
        }
        Agree("GMV tree baselines (means over several periods)",
            treeAnswer.Total.Comparisons.Select(c => c.Baseline),
            treeAnswer.Total.Comparisons.Select(c => GmvFactors.Mean([.. c.Periods.Select(Hand)])));
        results["gmv_periods"] = periods.Select(p => new[] { AnalyticsCommandMicros(p.From), AnalyticsCommandMicros(p.To) }).ToList();
        results["funnel_period"] = new[] { AnalyticsCommandMicros(period.From), AnalyticsCommandMicros(period.To) };

        if (options.Get("export") is { } export) Export(connection, export, periods);
        File.WriteAllText(options.Require("out"), JsonSerializer.Serialize(results));
        Console.WriteLine(JsonSerializer.Serialize(results));
        return 0;
    }

    private static void MeasureFunnel(DuckDBConnection connection, AnalyticsStore store, AnalyticsPeriod period, int runs, Dictionary<string, object> results)
    {
        var funnel = new FunnelQuery(store);
        var funnelRequest = new FunnelRequest(FunnelDefinition.Default, period);
        FunnelResult? funnelAnswer = null;
        results["funnel_query_ms"] = Median(runs, () => funnelAnswer = funnel.Run(funnelRequest));
        List<(long Users, double? Median)>? handFunnel = null;
        results["funnel_hand_sql_ms"] = Median(runs, () => handFunnel = HandFunnel(connection, period));
        var funnelUsers = funnelAnswer!.Steps.Select(s => s.Units).ToList();
        var funnelMedians = funnelAnswer.Steps.Select(s => Round(s.MedianSecondsFromFirst)).ToList();
        results["funnel_users"] = funnelUsers;
        results["funnel_median_seconds"] = funnelMedians;
        Agree("funnel users per step", funnelUsers, handFunnel!.Select(h => h.Users));
        Agree("funnel median seconds to convert per step", funnelMedians, handFunnel!.Select(h => Round(h.Median)));
    }

    private static (long, long, long, long, decimal) Factors(GmvFactors f) =>
        ((long)f.Visitors, (long)f.Buyers, (long)f.Orders, (long)f.RepeatBuyers, f.Gmv);

    private static double? Round(double? seconds) => seconds is null ? null : Math.Round(seconds.Value, 3);

    /// <summary>The benchmark only means something if both computed the same thing: anything else stops the run.</summary>
    private static void Agree<T>(string what, IEnumerable<T> product, IEnumerable<T> handWritten)
    {
        var (a, b) = (product.ToList(), handWritten.ToList());
        if (!a.SequenceEqual(b))
            throw new BenchException($"{what}: the product says [{string.Join(", ", a)}], the hand-written SQL [{string.Join(", ", b)}]");
    }

    private static long AnalyticsCommandMicros(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    private static double Median(int runs, Action action)
    {
        action(); // warm-up: file pages cached, plans built
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        times.Sort();
        return Math.Round(times[times.Count / 2], 1);
    }

    private static object Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.Add(new DuckDBParameter(name, value));
        return command;
    }

    /// <summary>The default funnel as someone would write it by hand: step codes inline, one ASOF join per step, the same time-to-convert.</summary>
    private static List<(long Users, double? Median)> HandFunnel(DuckDBConnection connection, AnalyticsPeriod period)
    {
        using var command = Command(connection, """
            WITH ev AS (
                SELECT COALESCE(customer_id, anonymous_id, session_id) AS u, occurred_at AS t,
                       CASE type WHEN 'page_view' THEN CASE page_type WHEN 'home' THEN 1 WHEN 'list' THEN 2 WHEN 'product' THEN 3 WHEN 'cart' THEN 4 WHEN 'payment' THEN 5 END
                                 WHEN 'search' THEN 2 WHEN 'product_view' THEN 3 WHEN 'add_to_cart' THEN 4
                                 WHEN 'checkout_start' THEN 5 WHEN 'payment_submit' THEN 5 WHEN 'purchase' THEN 6 END AS s
                FROM behaviour_events
                WHERE occurred_at >= make_timestamptz($from) AND occurred_at < make_timestamptz($to)
                  AND type IN ('page_view', 'search', 'product_view', 'add_to_cart', 'checkout_start', 'payment_submit', 'purchase')
            ),
            c1 AS (SELECT u, t AS t1, t AS tk FROM ev WHERE s = 1),
            c2 AS (SELECT c.u, c.t1, x.t AS tk FROM c1 c ASOF JOIN (SELECT u, t FROM ev WHERE s = 2) x ON c.u = x.u AND c.tk <= x.t WHERE x.t <= c.t1 + INTERVAL 24 HOUR),
            c3 AS (SELECT c.u, c.t1, x.t AS tk FROM c2 c ASOF JOIN (SELECT u, t FROM ev WHERE s = 3) x ON c.u = x.u AND c.tk <= x.t WHERE x.t <= c.t1 + INTERVAL 24 HOUR),
            c4 AS (SELECT c.u, c.t1, x.t AS tk FROM c3 c ASOF JOIN (SELECT u, t FROM ev WHERE s = 4) x ON c.u = x.u AND c.tk <= x.t WHERE x.t <= c.t1 + INTERVAL 24 HOUR),
            c5 AS (SELECT c.u, c.t1, x.t AS tk FROM c4 c ASOF JOIN (SELECT u, t FROM ev WHERE s = 5) x ON c.u = x.u AND c.tk <= x.t WHERE x.t <= c.t1 + INTERVAL 24 HOUR),
            c6 AS (SELECT c.u, c.t1, x.t AS tk FROM c5 c ASOF JOIN (SELECT u, t FROM ev WHERE s = 6) x ON c.u = x.u AND c.tk <= x.t WHERE x.t <= c.t1 + INTERVAL 24 HOUR),
            r AS (
                SELECT 1 AS s, u, min(epoch(tk) - epoch(t1)) AS d FROM c1 GROUP BY u UNION ALL
                SELECT 2, u, min(epoch(tk) - epoch(t1)) FROM c2 GROUP BY u UNION ALL
                SELECT 3, u, min(epoch(tk) - epoch(t1)) FROM c3 GROUP BY u UNION ALL
                SELECT 4, u, min(epoch(tk) - epoch(t1)) FROM c4 GROUP BY u UNION ALL
                SELECT 5, u, min(epoch(tk) - epoch(t1)) FROM c5 GROUP BY u UNION ALL
                SELECT 6, u, min(epoch(tk) - epoch(t1)) FROM c6 GROUP BY u
            )
            SELECT s, count(*), median(d), avg(d) FROM r GROUP BY s ORDER BY s
            """, ("from", AnalyticsCommandMicros(period.From)), ("to", AnalyticsCommandMicros(period.To)));
        using var reader = command.ExecuteReader();
        var users = new List<(long, double?)>();
        while (reader.Read()) users.Add((reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetDouble(2)));
        return users;
    }

    /// <summary>The GMV tree's numbers per period, by hand: one aggregate of events and one of orders per period, joined.</summary>
    private static Dictionary<int, (long, long, long, long, decimal)> HandGmv(DuckDBConnection connection, IReadOnlyList<AnalyticsPeriod> periods)
    {
        var result = new Dictionary<int, (long, long, long, long, decimal)>();
        for (var i = 0; i < periods.Count; i++)
        {
            using var command = Command(connection, """
                WITH v AS (
                    SELECT count(DISTINCT COALESCE(customer_id, anonymous_id, session_id)) AS visitors FROM behaviour_events
                    WHERE occurred_at >= make_timestamptz($from) AND occurred_at < make_timestamptz($to) AND type <> 'ad_impression'
                ),
                b AS (
                    SELECT COALESCE(customer_code, order_number) AS buyer, count(*) AS orders, sum(total) AS gmv FROM fact_orders
                    WHERE placed_at >= make_timestamptz($from) AND placed_at < make_timestamptz($to) AND status <> 'cancelled'
                    GROUP BY buyer
                )
                SELECT v.visitors, (SELECT count(*) FROM b), (SELECT COALESCE(sum(orders), 0) FROM b)::BIGINT,
                       (SELECT count(*) FROM b WHERE orders >= 2), (SELECT COALESCE(sum(gmv), 0) FROM b)::DECIMAL(18,2)
                FROM v
                """, ("from", AnalyticsCommandMicros(periods[i].From)), ("to", AnalyticsCommandMicros(periods[i].To)));
            using var reader = command.ExecuteReader();
            reader.Read();
            result[i] = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDecimal(4));
        }
        return result;
    }

    private static void Export(DuckDBConnection connection, string directory, IReadOnlyList<AnalyticsPeriod> periods)
    {
        Directory.CreateDirectory(directory);
        var from = AnalyticsCommandMicros(periods.Min(p => p.From));
        var to = AnalyticsCommandMicros(periods.Max(p => p.To));
        // COPY takes its file name as a literal; the path is the benchmark's own option, quoted.
        string Path(string name) => "'" + System.IO.Path.Combine(directory, name).Replace("'", "''", StringComparison.Ordinal) + "'";
        using (var events = Command(connection, $"""
            COPY (
                SELECT hash(COALESCE(customer_id, anonymous_id, session_id)) >> 1 AS u, epoch_us(occurred_at) AS ts,
                       CASE type WHEN 'page_view' THEN CASE page_type WHEN 'home' THEN 1 WHEN 'list' THEN 2 WHEN 'product' THEN 3 WHEN 'cart' THEN 4 WHEN 'payment' THEN 5 ELSE 0 END
                                 WHEN 'search' THEN 2 WHEN 'product_view' THEN 3 WHEN 'add_to_cart' THEN 4
                                 WHEN 'checkout_start' THEN 5 WHEN 'payment_submit' THEN 5 WHEN 'purchase' THEN 6 WHEN 'ad_impression' THEN -1 ELSE 0 END AS s
                FROM behaviour_events WHERE occurred_at >= make_timestamptz({from}) AND occurred_at < make_timestamptz({to})
            ) TO {Path("events.csv")} (HEADER)
            """))
            events.ExecuteNonQuery();
        using var orders = Command(connection, $"""
            COPY (
                SELECT hash(COALESCE(customer_code, order_number)) >> 1 AS buyer, epoch_us(placed_at) AS ts, CAST(total * 100 AS BIGINT) AS total_cents, status = 'cancelled' AS cancelled
                FROM fact_orders WHERE placed_at >= make_timestamptz({from}) AND placed_at < make_timestamptz({to})
            ) TO {Path("orders.csv")} (HEADER)
            """);
        orders.ExecuteNonQuery();
    }
}
