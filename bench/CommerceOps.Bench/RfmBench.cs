using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CommerceOps.Domain.Marketing;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;

namespace CommerceOps.Bench;

/// <summary>
/// RFM on a copy of an analytics store: the product's <see cref="RfmQuery"/> (all rows read into records) against a
/// hand-written DuckDB query of the same result read the same way, alternating, median of the runs. With --lines-csv it
/// first exports the order lines for the pandas baseline (bench/rfm_pandas.py) and checks nothing else.
///   rfm --data DIR --as-of yyyy-MM-dd [--runs 5] --out FILE.json [--lines-csv FILE] [--product-csv FILE]
/// </summary>
public static class RfmBench
{
    // The definition written out by hand for DuckDB, over the same order-level facts.
    private const string HandWritten = """
        WITH per_customer AS (
            SELECT customer_code AS id,
                   max(placed_at) FILTER (WHERE status <> 'cancelled') AS last_at,
                   count(*) FILTER (WHERE status <> 'cancelled') AS frequency,
                   coalesce(sum(total) FILTER (WHERE status <> 'cancelled' OR total < 0), 0) AS monetary
            FROM fact_orders
            WHERE customer_code IS NOT NULL AND placed_at < to_timestamp($1)
            GROUP BY customer_code
            HAVING count(*) FILTER (WHERE status <> 'cancelled') > 0
        ), measured AS (
            SELECT id, ($1 * 1000000 - epoch_us(last_at)) // 86400000000 AS recency_days, frequency, monetary FROM per_customer
        ), scored AS (
            SELECT *, count(*) OVER () AS n,
                   row_number() OVER (ORDER BY recency_days DESC, id) AS rr,
                   row_number() OVER (ORDER BY frequency, id) AS fr,
                   row_number() OVER (ORDER BY monetary, id) AS mr
            FROM measured
        )
        SELECT id, recency_days, frequency, round(monetary, 2), 1 + 5 * (rr - 1) // n AS r, 1 + 5 * (fr - 1) // n AS f, 1 + 5 * (mr - 1) // n AS m,
               CASE WHEN r = 5 AND f >= 4 THEN 'champions' WHEN r IN (3, 4) AND f >= 4 THEN 'loyal'
                    WHEN r >= 4 AND f IN (2, 3) THEN 'potential_loyalists' WHEN r = 5 AND f = 1 THEN 'new_customers'
                    WHEN r = 4 AND f = 1 THEN 'promising' WHEN r = 3 AND f = 3 THEN 'need_attention'
                    WHEN r = 3 AND f <= 2 THEN 'about_to_sleep' WHEN r <= 2 AND f IN (3, 4) THEN 'at_risk'
                    WHEN r <= 2 AND f = 5 THEN 'cannot_lose' ELSE 'hibernating' END AS segment
        FROM scored
        ORDER BY id
        """;

    public static int Run(Options options)
    {
        var storage = StorageOptions.Resolve(options.Require("data"), null);
        var date = DateOnly.ParseExact(options.Require("as-of"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var asOf = RfmAsOf.Utc(date);
        var runs = options.Int("runs", 5, 1, 50);
        using var store = new AnalyticsStore(storage);
        if (options.Get("lines-csv") is { } linesCsv) ExportLines(store, asOf, linesCsv);

        var query = new RfmQuery(store);
        var productTimes = new List<double>();
        var baselineTimes = new List<double>();
        long productRows = 0, baselineRows = 0, productChecksum = 0, baselineChecksum = 0;
        for (var i = 0; i <= runs; i++) // run 0 warms the caches and the JIT and is not counted
        {
            var watch = Stopwatch.StartNew();
            var rows = query.Customers(asOf, LifecycleThresholds.Default).ToList();
            var product = watch.Elapsed.TotalSeconds;
            watch.Restart();
            var baseline = ReadHandWritten(store, asOf);
            var hand = watch.Elapsed.TotalSeconds;
            if (i == 0) continue;
            productTimes.Add(product);
            baselineTimes.Add(hand);
            (productRows, productChecksum) = (rows.Count, rows.Sum(r => (long)(r.R * 100 + r.F * 10 + r.M) + r.Segment.Length));
            (baselineRows, baselineChecksum) = (baseline.Count, baseline.Sum(b => (long)(b.R * 100 + b.F * 10 + b.M) + b.Segment.Length));
            if (i == 1 && options.Get("product-csv") is { } productCsv) WriteProduct(rows, productCsv);
        }
        if (productRows != baselineRows || productChecksum != baselineChecksum)
            throw new BenchException($"the hand-written query disagrees: {baselineRows} rows / checksum {baselineChecksum} against {productRows} / {productChecksum}");

        var result = new
        {
            benchmark = "rfm",
            asOf = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            customers = productRows,
            orders = Scalar(store, "SELECT count(*) FROM fact_orders"),
            orderLines = Scalar(store, "SELECT count(*) FROM fact_order_lines"),
            runs,
            productSeconds = Median(productTimes),
            handWrittenSeconds = Median(baselineTimes),
            productRuns = productTimes,
            handWrittenRuns = baselineTimes,
        };
        File.WriteAllText(options.Require("out"), JsonSerializer.Serialize(result));
        Console.Error.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    private sealed record Row(string Id, long Recency, long Frequency, decimal Monetary, int R, int F, int M, string Segment);

    private static List<Row> ReadHandWritten(AnalyticsStore store, RfmAsOf asOf)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = HandWritten;
        command.Parameters.Add(new DuckDBParameter(asOf.CutoffUnixSeconds));
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
            rows.Add(new Row(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetDecimal(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetString(7)));
        return rows;
    }

    /// <summary>
    /// Lines with their order's status for pandas, which gets them in memory before its clock starts. Times in
    /// microseconds and prices in cents, both integers: whole days are counted from the exact instant, and monetary
    /// is ranked on exact sums (float sums break ties between equal amounts differently).
    /// </summary>
    private static void ExportLines(AnalyticsStore store, RfmAsOf asOf, string path)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            COPY (
                SELECT l.order_number, l.customer_code, o.status, epoch_us(l.placed_at) AS placed_at_us, l.quantity,
                       CAST(l.unit_price * 100 AS BIGINT) AS unit_price_cents
                FROM fact_order_lines l JOIN fact_orders o USING (order_number)
                WHERE l.placed_at < to_timestamp({asOf.CutoffUnixSeconds})
            ) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (HEADER)
            """;
        command.ExecuteNonQuery();
    }

    private static void WriteProduct(List<RfmCustomer> rows, string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("customer_id,recency_days,frequency,monetary,r,f,m,segment");
        foreach (var r in rows)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.CustomerId},{r.RecencyDays},{r.Frequency},{r.Monetary:0.00},{r.R},{r.F},{r.M},{r.Segment}"));
    }

    private static long Scalar(AnalyticsStore store, string sql)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 3);
    }
}
