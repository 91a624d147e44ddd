using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CommerceOps.Domain.SupplyChain;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.SupplyChain;
using DuckDB.NET.Data;

namespace CommerceOps.Bench;

/// <summary>
/// ABC + XYZ + replenishment over a generated data set (default 100k SKUs × 10 warehouses, 10M order lines), next to
/// one hand-written DuckDB query computing the same result in the same process. The data is generated in DuckDB from
/// fixed hash salts (deterministic, no RNG state) and exported as CSV for the pandas baseline (bench/supply_pandas.py).
/// </summary>
public static class SupplyChainBench
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);
    private const int WindowDays = 90;
    private const int Rounds = 3;

    public static int Run(Options options)
    {
        var dir = options.Require("dir");
        var skus = options.Int("skus", 100_000, 10, 10_000_000);
        var warehouses = options.Int("warehouses", 10, 1, 100);
        var lines = options.Int("lines", 10_000_000, 1000, 200_000_000);
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "supply.duckdb");
        var fresh = !File.Exists(file);
        using var connection = new DuckDBConnection($"Data Source={file}");
        connection.Open();
        var generation = fresh ? Generate(connection, dir, skus, warehouses, lines) : TimeSpan.Zero;

        var request = ReplenishmentRequest.For(AsOf, WindowDays);
        var product = Measure(() => Product(connection, request));
        var baseline = Measure(() => HandWritten(connection, request));
        if (product.Checksum != baseline.Checksum)
            throw new BenchException($"the hand-written SQL disagrees with the product: {baseline.Checksum} against {product.Checksum}");
        var result = new
        {
            skus, warehouses, lines, generationSeconds = generation.TotalSeconds,
            productSeconds = product.Seconds, productCpuSeconds = product.CpuSeconds, productChecksum = product.Checksum,
            sqlSeconds = baseline.Seconds, sqlCpuSeconds = baseline.CpuSeconds, sqlChecksum = baseline.Checksum,
            ratio = product.Seconds / baseline.Seconds, cpuRatio = product.CpuSeconds / baseline.CpuSeconds,
        };
        var json = JsonSerializer.Serialize(result);
        File.WriteAllText(options.Require("out"), json);
        Console.WriteLine(json);
        return 0;
    }

    private sealed record Checksum(long Classified, long ClassA, long Rows, long SuggestedUnits, long ToOrder);

    /// <summary>
    /// Median wall time and median CPU time of the process (all threads) over the rounds. On a machine shared with
    /// other work the wall time mostly measures the queue for the cores; the CPU time is the work done.
    /// </summary>
    private static (double Seconds, double CpuSeconds, Checksum Checksum) Measure(Func<Checksum> run)
    {
        run(); // warm-up: file pages cached, JIT done
        var times = new List<double>();
        var cpuTimes = new List<double>();
        Checksum? checksum = null;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < Rounds; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            checksum = run();
            times.Add(stopwatch.Elapsed.TotalSeconds);
            process.Refresh();
            cpuTimes.Add((process.TotalProcessorTime - cpu).TotalSeconds);
        }
        times.Sort();
        cpuTimes.Sort();
        return (times[Rounds / 2], cpuTimes[Rounds / 2], checksum!);
    }

    /// <summary>What the product does: the classification list and the replenishment list, every row read.</summary>
    private static Checksum Product(DuckDBConnection connection, ReplenishmentRequest request)
    {
        long classified = 0, classA = 0, rows = 0, units = 0, toOrder = 0;
        foreach (var sku in SkuClassifier.Classify(connection, request.Classification))
        {
            classified++;
            if (sku.Abc == AbcClass.A) classA++;
        }
        foreach (var line in ReplenishmentList.Compute(connection, request))
        {
            rows++;
            units += line.Suggestion.SuggestedQuantity;
            if (line.Suggestion.SuggestedQuantity > 0) toOrder++;
        }
        return new Checksum(classified, classA, rows, units, toOrder);
    }

    /// <summary>The same two results from hand-written SQL: classification, then replenishment with the formulas in SQL.</summary>
    private static Checksum HandWritten(DuckDBConnection connection, ReplenishmentRequest request)
    {
        var c = request.Classification;
        var start = c.Start.ToUnixTimeSeconds();
        var end = c.End.ToUnixTimeSeconds();
        var xyzStart = c.XyzStart.ToUnixTimeSeconds();
        var weeks = c.WholeWeeks;
        var zA = StandardNormal.InverseCdf(0.98).ToString("R", CultureInfo.InvariantCulture);
        var zB = StandardNormal.InverseCdf(0.95).ToString("R", CultureInfo.InvariantCulture);
        var classes = $"""
            lines AS (SELECT sku, quantity, unit_price, placed_at FROM fact_order_lines
                      WHERE placed_at >= to_timestamp({start}) AND placed_at < to_timestamp({end})),
            rev AS (SELECT sku, SUM(quantity * unit_price) AS r FROM lines GROUP BY sku HAVING SUM(quantity * unit_price) > 0),
            cum AS (SELECT sku, r, SUM(r) OVER (ORDER BY r DESC, sku) - r AS before, SUM(r) OVER () AS total FROM rev),
            wk AS (SELECT sku, floor((epoch(placed_at) - {xyzStart}) / 604800) AS w, SUM(quantity) AS u FROM lines
                   WHERE placed_at >= to_timestamp({xyzStart}) GROUP BY ALL),
            cv AS (SELECT sku, SUM(u) / {weeks} AS m, SUM(u * u) / {weeks} AS m2 FROM wk GROUP BY sku),
            cls AS (SELECT cum.sku, r, r / total AS share, (before + r) / total AS cshare,
                           CASE WHEN before < 0.80 * total THEN 'A' WHEN before < 0.95 * total THEN 'B' ELSE 'C' END AS abc,
                           CASE WHEN m > 0 AND sqrt(greatest(m2 - m * m, 0)) / m <= 0.5 THEN 'X'
                                WHEN m > 0 AND sqrt(greatest(m2 - m * m, 0)) / m <= 1.0 THEN 'Y' ELSE 'Z' END AS xyz
                    FROM cum LEFT JOIN cv USING (sku))
            """;
        long classified = 0, classA = 0;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"WITH {classes} SELECT sku, r, share, cshare, abc, xyz FROM cls ORDER BY r DESC, sku";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                classified++;
                if (reader.GetString(4) == "A") classA++;
            }
        }
        long rows = 0, units = 0, toOrder = 0;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                WITH {classes},
                day AS (SELECT sku, floor((epoch(placed_at) - {start}) / 86400) AS d, SUM(quantity) AS u,
                               SUM(quantity) FILTER (WHERE quantity > 0) AS s, SUM(quantity * unit_price) FILTER (WHERE quantity > 0) AS v
                        FROM lines GROUP BY ALL),
                dem AS (SELECT sku, SUM(u) / {WindowDays} AS m, SUM(u * u) / {WindowDays} AS m2, SUM(v) / NULLIF(SUM(s), 0) AS value FROM day GROUP BY sku),
                n AS (SELECT sku, count(*) AS k FROM replenishment_positions GROUP BY sku),
                base AS (
                    SELECT p.*, coalesce(cls.abc, 'C') AS abc,
                           greatest(coalesce(dem.m, 0), 0) / n.k AS d,
                           sqrt(greatest(coalesce(dem.m2 - dem.m * dem.m, 0), 0)) / n.k AS sd,
                           CAST(coalesce(p.unit_cost, CAST(dem.value AS DECIMAL(18,2))) AS DOUBLE) AS value,
                           p.on_hand - p.reserved + p.in_transit AS position
                    FROM replenishment_positions p JOIN n USING (sku) LEFT JOIN cls USING (sku) LEFT JOIN dem USING (sku)),
                ss AS (
                    SELECT *, CASE abc WHEN 'A' THEN {zA} WHEN 'B' THEN {zB} ELSE 0 END
                              * sqrt(lead_time_mean * sd * sd + d * d * lead_time_sd * lead_time_sd) AS safety
                    FROM base),
                plan AS (
                    SELECT *, d * lead_time_mean + safety AS rop, d * (lead_time_mean + 7) + safety AS upto,
                           CASE WHEN value > 0 AND d > 0 THEN sqrt(2 * 50 * d * 365 / (0.25 * value)) END AS eoq
                    FROM ss)
                SELECT sku, warehouse, abc, safety, rop, upto,
                       CASE WHEN d > 0 AND position <= rop
                            THEN CAST(ceil(greatest(ceil(greatest(upto - position, coalesce(eoq, 0))), moq) / pack_size) * pack_size AS BIGINT)
                            ELSE 0 END AS qty
                FROM plan ORDER BY sku, warehouse
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows++;
                var q = reader.GetInt64(6);
                units += q;
                if (q > 0) toOrder++;
            }
        }
        return new Checksum(classified, classA, rows, units, toOrder);
    }

    private static TimeSpan Generate(DuckDBConnection connection, string dir, int skus, int warehouses, int lines)
    {
        var stopwatch = Stopwatch.StartNew();
        Execute(connection, AnalyticsSchema.Ddl);
        // Popularity is skewed (u³ over the SKU range), prices depend on the SKU, 4% of lines are cancellations,
        // placement times spread over the year before AsOf. hash(i, salt) makes every column deterministic.
        var end = new DateTimeOffset(AsOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();
        Execute(connection, $"""
            INSERT INTO fact_order_lines
            SELECT 'B' || i, 1, NULL, sku, NULL, NULL, qty, price, qty * price, 'CNY', 'organic', NULL, to_timestamp({end} - 1 - t)
            FROM (
                SELECT i,
                       'SKU' || lpad(CAST(CAST(floor({skus} * pow((hash(i, 1) % 1000000007) / 1000000007.0, 3)) AS BIGINT) AS VARCHAR), 7, '0') AS sku,
                       CAST((CASE WHEN hash(i, 2) % 25 = 0 THEN -1 ELSE 1 END) * (1 + hash(i, 3) % 3) AS INTEGER) AS qty,
                       CAST(9.90 + (hash(i, 1) % 1000000007) % 500 AS DECIMAL(18,2)) AS price,
                       CAST(hash(i, 5) % (365 * 86400) AS BIGINT) AS t
                FROM range({lines}) r(i))
            """);
        Execute(connection, $"""
            CREATE TABLE replenishment_positions ({ReplenishmentPositions.Columns});
            INSERT INTO replenishment_positions
            SELECT 'SKU' || lpad(CAST(s AS VARCHAR), 7, '0'), 'WH' || lpad(CAST(w AS VARCHAR), 2, '0'),
                   on_hand, CAST(least(on_hand, hash(s, w, 7) % 5) AS INTEGER), CAST(CASE WHEN hash(s, w, 8) % 10 = 0 THEN 24 ELSE 0 END AS INTEGER),
                   'SUP' || (s % 50), 3 + (s % 50) % 12, 1 + (s % 50) % 3, CAST(1 + (s % 7) * 5 AS INTEGER), CAST(CASE WHEN s % 3 = 0 THEN 6 ELSE 1 END AS INTEGER),
                   CASE WHEN s % 4 = 0 THEN NULL ELSE CAST(5 + (s % 400) AS DECIMAL(18,2)) END
            FROM (SELECT s, w, CAST(hash(s, w, 6) % 60 AS INTEGER) AS on_hand FROM range({skus}) a(s), range({warehouses}) b(w))
            """);
        Execute(connection, "CHECKPOINT");
        var elapsed = stopwatch.Elapsed;
        // The pandas baseline reads the same rows (placed_at as epoch seconds: no time-zone parsing in either).
        Execute(connection, $"COPY (SELECT sku, quantity, unit_price, CAST(epoch(placed_at) AS BIGINT) AS placed_at FROM fact_order_lines) TO '{Path.Combine(dir, "lines.csv")}' (HEADER)");
        Execute(connection, $"COPY replenishment_positions TO '{Path.Combine(dir, "positions.csv")}' (HEADER)");
        return elapsed;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
