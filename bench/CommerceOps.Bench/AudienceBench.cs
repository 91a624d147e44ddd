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
/// <see cref="CampaignAudienceQuery"/> for a stage, a segment and a rule audience against a hand-written DuckDB
/// query of the same stage audience (the least a stage audience can cost: one grouped scan). Median of the runs;
/// run 0 warms up and is not counted. The member counts must agree.
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

    public static int Run(Options options)
    {
        var dir = options.Require("dir");
        var customers = options.Int("customers", 1_000_000, 1000, 10_000_000);
        var runs = options.Int("runs", 5, 1, 50);
        Directory.CreateDirectory(dir);
        var storage = StorageOptions.Resolve(dir, null);
        if (File.Exists(storage.AnalyticsPath)) File.Delete(storage.AnalyticsPath);
        using var store = new AnalyticsStore(storage);
        var asOf = RfmAsOf.Utc(new DateOnly(2030, 1, 1));
        var generate = Stopwatch.StartNew();
        Generate(store, customers, asOf);
        var generated = generate.Elapsed.TotalSeconds;

        var query = new CampaignAudienceQuery(store);
        CampaignAudience[] audiences = [CampaignAudience.OfStage(LifecycleStages.Dormant), CampaignAudience.OfSegment("at_risk"), CampaignAudience.OfRule(60, 365, 2, 500m)];
        var times = audiences.ToDictionary(a => a, _ => new List<double>());
        var members = audiences.ToDictionary(a => a, _ => 0);
        var baselineTimes = new List<double>();
        var baselineMembers = 0;
        for (var i = 0; i <= runs; i++)
        {
            foreach (var audience in audiences)
            {
                var watch = Stopwatch.StartNew();
                members[audience] = query.Members(audience, asOf, new AudienceCandidates.Everyone(), LifecycleThresholds.Default).Count;
                if (i > 0) times[audience].Add(watch.Elapsed.TotalSeconds);
            }
            var baseline = Stopwatch.StartNew();
            baselineMembers = HandWritten(store, asOf);
            if (i > 0) baselineTimes.Add(baseline.Elapsed.TotalSeconds);
        }
        if (baselineMembers != members[audiences[0]])
            throw new BenchException($"the hand-written stage query finds {baselineMembers} members, the product {members[audiences[0]]}");

        var result = new
        {
            benchmark = "audience",
            customers,
            orders = Scalar(store, "SELECT count(*) FROM fact_orders"),
            generateSeconds = generated,
            runs,
            stageDormant = new { members = members[audiences[0]], seconds = Median(times[audiences[0]]) },
            segmentAtRisk = new { members = members[audiences[1]], seconds = Median(times[audiences[1]]) },
            rule = new { members = members[audiences[2]], seconds = Median(times[audiences[2]]) },
            handWrittenStageSeconds = Median(baselineTimes),
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

    private static int HandWritten(AnalyticsStore store, RfmAsOf asOf)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = HandWrittenDormant;
        command.Parameters.Add(new DuckDBParameter(asOf.CutoffUnixSeconds));
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read()) { _ = reader.GetString(0); count++; }
        return count;
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
