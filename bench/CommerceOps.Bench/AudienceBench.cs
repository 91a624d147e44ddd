using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CommerceOps.Domain.Marketing;
using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Marketing.Campaigns;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;

namespace CommerceOps.Bench;

/// <summary>
/// Campaign audience evaluation (issue #4: ≤ 2 s for 1M customers). Generates order facts for N customers (1 to 6
/// orders each over two years, deterministic) in a fresh analytics store in DIR, then times the product's
/// <see cref="CampaignAudienceQuery"/> for a stage, a segment and a rule audience, each against a hand-written DuckDB
/// query of the same audience (stage and rule: one grouped scan; segment: the definition as written, ROW_NUMBER for R
/// and F). Median of the runs; run 0 warms up and is not counted. Each audience's members must equal its hand-written
/// query's. The facts are kept in DIR and reused by the next run with the same number of customers.
///   audience --dir DIR [--customers 1000000] [--runs 5] --out FILE
/// </summary>
public static class AudienceBench
{
    private const string HandWrittenDormant = """
        SELECT customer_code FROM fact_orders
        WHERE customer_code IS NOT NULL AND placed_at < to_timestamp($1) AND status <> 'cancelled'
        GROUP BY customer_code
        HAVING ($1 * 1000000 - epoch_us(min(placed_at))) // 86400000000 >= 30
           AND ($1 * 1000000 - epoch_us(max(placed_at))) // 86400000000 BETWEEN 90 AND 179
        """;

    private const string HandWrittenRule = """
        SELECT customer_code FROM fact_orders
        WHERE customer_code IS NOT NULL AND placed_at < to_timestamp($1)
        GROUP BY customer_code
        HAVING count(*) FILTER (WHERE status <> 'cancelled') >= 2
           AND ($1 * 1000000 - epoch_us(max(placed_at) FILTER (WHERE status <> 'cancelled'))) // 86400000000 BETWEEN 60 AND 365
           AND sum(total) FILTER (WHERE status <> 'cancelled' OR total < 0) >= 500
        """;

    private const string HandWrittenAtRisk = """
        WITH m AS (
            SELECT customer_code AS id, ($1 * 1000000 - epoch_us(max(placed_at))) // 86400000000 AS recency, count(*) AS frequency
            FROM fact_orders
            WHERE customer_code IS NOT NULL AND placed_at < to_timestamp($1) AND status <> 'cancelled'
            GROUP BY customer_code
        ),
        s AS (
            SELECT id, 1 + 5 * (row_number() OVER (ORDER BY recency DESC, id) - 1) // count(*) OVER () AS r,
                       1 + 5 * (row_number() OVER (ORDER BY frequency, id) - 1) // count(*) OVER () AS f
            FROM m
        )
        SELECT id FROM s WHERE r <= 2 AND f BETWEEN 3 AND 4
        """;

    public static int Run(Options options)
    {
        var dir = options.Require("dir");
        var customers = options.Int("customers", 1_000_000, 1000, 10_000_000);
        var runs = options.Int("runs", 5, 1, 50);
        Directory.CreateDirectory(dir);
        var storage = StorageOptions.Resolve(dir, null);
        var generatedMarker = Path.Combine(dir, $"audience-{customers}");
        if (!File.Exists(generatedMarker) && File.Exists(storage.AnalyticsPath)) File.Delete(storage.AnalyticsPath);
        using var store = new AnalyticsStore(storage);
        var asOf = RfmAsOf.Utc(new DateOnly(2030, 1, 1));
        var generated = 0.0;
        if (!File.Exists(generatedMarker))
        {
            var generate = Stopwatch.StartNew();
            Generate(store, customers, asOf);
            generated = generate.Elapsed.TotalSeconds;
            File.WriteAllText(generatedMarker, generated.ToString(CultureInfo.InvariantCulture));
        }

        var query = new CampaignAudienceQuery(store);
        (CampaignAudience Audience, string HandWritten)[] audiences =
        [
            (CampaignAudience.OfStage(LifecycleStages.Dormant), HandWrittenDormant),
            (CampaignAudience.OfSegment("at_risk"), HandWrittenAtRisk),
            (CampaignAudience.OfRule(60, 365, 2, 500m), HandWrittenRule),
        ];
        var times = audiences.Select(_ => new List<double>()).ToArray();
        var baselineTimes = audiences.Select(_ => new List<double>()).ToArray();
        var members = new List<string>[audiences.Length];
        var baselineMembers = new List<string>[audiences.Length];
        for (var i = 0; i <= runs; i++)
        {
            for (var a = 0; a < audiences.Length; a++)
            {
                var watch = Stopwatch.StartNew();
                members[a] = query.Members(audiences[a].Audience, asOf, new AudienceCandidates.Everyone(), LifecycleThresholds.Default);
                if (i > 0) times[a].Add(watch.Elapsed.TotalSeconds);
                var baseline = Stopwatch.StartNew();
                baselineMembers[a] = HandWritten(store, audiences[a].HandWritten, asOf);
                if (i > 0) baselineTimes[a].Add(baseline.Elapsed.TotalSeconds);
            }
        }
        for (var a = 0; a < audiences.Length; a++)
        {
            if (!members[a].Order(StringComparer.Ordinal).SequenceEqual(baselineMembers[a].Order(StringComparer.Ordinal)))
                throw new BenchException($"{audiences[a].Audience}: the hand-written query finds {baselineMembers[a].Count} members, the product {members[a].Count}, not the same customers");
        }
        object Measured(int a) => new { members = members[a].Count, seconds = Median(times[a]), handWrittenSeconds = Median(baselineTimes[a]), ratio = Median(times[a]) / Median(baselineTimes[a]) };

        var result = new
        {
            benchmark = "audience",
            customers,
            orders = Scalar(store, "SELECT count(*) FROM fact_orders"),
            generateSeconds = generated,
            runs,
            loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "",
            stageDormant = Measured(0),
            segmentAtRisk = Measured(1),
            rule = Measured(2),
        };
        File.WriteAllText(options.Require("out"), JsonSerializer.Serialize(result));
        Console.Error.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Customer k has 1 + hash(k) % 6 orders spread over the two years before the as-of date; every 20th order is cancelled.</summary>
    private static void Generate(AnalyticsStore store, int customers, RfmAsOf asOf) =>
        store.WriteAsync(connection =>
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO fact_orders (order_number, customer_code, channel, payment_method, currency, total, line_count, status, source, placed_at)
                SELECT 'B' || c || '-' || o, 'C' || lpad(CAST(c AS VARCHAR), 8, '0'), 'organic', 'quick_pay', 'CNY',
                       CAST(20 + CAST(hash(c * 31 + o) % 200000 AS BIGINT) / 100.0 AS DECIMAL(18,2)), 1,
                       CASE WHEN (c + o) % 20 = 0 THEN 'cancelled' ELSE 'completed' END, 'bench',
                       to_timestamp($2 - CAST(hash(c * 7 + o) % (730 * 86400) AS BIGINT))
                FROM range($1) AS customers(c), LATERAL (SELECT * FROM range(1 + CAST(hash(c) % 6 AS BIGINT))) AS orders(o)
                """;
            insert.Parameters.Add(new DuckDBParameter((long)customers));
            insert.Parameters.Add(new DuckDBParameter(asOf.CutoffUnixSeconds - 1));
            insert.ExecuteNonQuery();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "CHECKPOINT";
            checkpoint.ExecuteNonQuery();
            return true;
        }, CancellationToken.None).GetAwaiter().GetResult();

    private static List<string> HandWritten(AnalyticsStore store, string sql, RfmAsOf asOf)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter(asOf.CutoffUnixSeconds));
        var members = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) members.Add(reader.GetString(0));
        return members;
    }

    private static long Scalar(AnalyticsStore store, string sql)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static double Median(List<double> xs)
    {
        var sorted = xs.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
