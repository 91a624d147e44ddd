using CommerceOps.Domain.SupplyChain;
using CommerceOps.Infrastructure.SupplyChain;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Tests.SupplyChain;

/// <summary>
/// The classification and the replenishment list against their definitions computed straight from the order lines
/// (per SKU, per week from the XYZ start, per day), so a restructured query (say, one pass over the lines as sums per
/// SKU and day) must give the same classes, values, demand and plan. Generated lines with cancellations, revenue ties
/// and lines on the first and last instants of the period, of the XYZ weeks and of the days around them; the period
/// is 30 days, so the XYZ weeks start on its third day.
/// </summary>
public sealed class LineByLineDefinitionTests
{
    private static readonly DateOnly From = new(2026, 3, 2);
    private static readonly DateOnly To = new(2026, 3, 31);
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private static void Seed(DuckDBConnection connection)
    {
        var start = Start.ToUnixTimeSeconds();
        // 4000 lines over the period and two days either side; every 9th a cancellation; SKU s7..s9 and S7 each sell
        // the same single line (revenue tie, ordinal order); boundary lines at the period's, XYZ start's and each
        // week's first instant and the microsecond before it.
        Execute(connection, $"""
            INSERT INTO fact_order_lines (order_number, line_no, sku, quantity, unit_price, amount, currency, channel, placed_at)
            SELECT 'G' || i, 1, 's' || (hash(i, 1) % 60), q, p, q * p, 'CNY', 'organic',
                   to_timestamp({start - 2 * 86400} + hash(i, 3) % (34 * 86400))
            FROM (SELECT i, CAST(CASE WHEN i % 9 = 0 THEN -1 ELSE 1 + hash(i, 4) % 4 END AS INTEGER) AS q,
                         CAST(1 + hash(i, 2) % 7 + (hash(i, 5) % 100) / 100.0 AS DECIMAL(18,2)) AS p
                  FROM range(4000) r(i));
            DELETE FROM fact_order_lines WHERE sku IN ('s7', 's8', 's9');
            INSERT INTO fact_order_lines (order_number, line_no, sku, quantity, unit_price, amount, currency, channel, placed_at)
            SELECT 'T' || sku, 1, sku, 3, 4.50, 13.50, 'CNY', 'organic', to_timestamp({start + 10 * 86400})
            FROM (VALUES ('s7'), ('s8'), ('s9'), ('S7')) v(sku);
            INSERT INTO fact_order_lines (order_number, line_no, sku, quantity, unit_price, amount, currency, channel, placed_at)
            SELECT 'E' || n || '-' || k, 1, 's' || (n % 60), 2 + k, 3.25, (2 + k) * 3.25, 'CNY', 'organic',
                   to_timestamp({start} + n * 86400 - k / 1000000.0)
            FROM range(0, 31) d(n), range(0, 2) e(k);
            """);
        Execute(connection, $"""
            CREATE OR REPLACE TEMPORARY TABLE {SkuCosts.Table} (sku VARCHAR NOT NULL PRIMARY KEY, unit_cost DECIMAL(18,2) NOT NULL);
            INSERT INTO {SkuCosts.Table} SELECT 's' || s, CAST(1 + (s % 5) / 2 AS DECIMAL(18,2)) FROM range(60) r(s) WHERE s % 3 <> 0;
            """);
        ReplenishmentPositions.CreateTemporary(connection);
        Execute(connection, $"""
            INSERT INTO {ReplenishmentPositions.Table}
            SELECT sku, 'W' || w, CAST(hash(sku, w) % 40 AS INTEGER), 1, CAST(w AS INTEGER), 'SUP', 4, 1, 5, 3,
                   CASE WHEN w = 1 THEN 2.00 END
            FROM (SELECT DISTINCT sku FROM fact_order_lines UNION ALL SELECT 'UNSOLD') s, range(1, 3) r(w)
            """);
    }

    /// <summary>(sku, value, abc, weekly mean, weekly cv) straight from the lines, in rank order.</summary>
    private static List<(string Sku, decimal Value, AbcClass Abc, double WeeklyMean, double? WeeklyCv)> FromLines(DuckDBConnection connection, ClassificationRequest request)
    {
        var value = request.Basis switch
        {
            AbcBasis.Units => "CAST(SUM(quantity) AS DECIMAL(38,2))",
            AbcBasis.Margin => "SUM(quantity * (unit_price - unit_cost))",
            _ => "SUM(quantity * unit_price)",
        };
        var costed = request.Basis == AbcBasis.Margin ? $"JOIN {SkuCosts.Table} USING (sku)" : "";
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH lines AS (SELECT * FROM fact_order_lines WHERE placed_at >= to_timestamp($start) AND placed_at < to_timestamp($end)),
            per_sku AS (SELECT sku, {value} AS value FROM lines {costed} GROUP BY sku HAVING {value} > 0),
            ranked AS (SELECT sku, value, SUM(value) OVER () AS total, SUM(value) OVER (ORDER BY value DESC, sku) - value AS before FROM per_sku),
            weekly AS (SELECT sku, floor((epoch(placed_at) - $xyz) / 604800) AS week, SUM(quantity) AS units
                       FROM lines WHERE placed_at >= to_timestamp($xyz) GROUP BY ALL),
            variation AS (SELECT sku, SUM(units) / $weeks AS mean, SUM(units * units) / $weeks AS mean_square FROM weekly GROUP BY sku)
            SELECT sku, value, CASE WHEN before < 0.8 * total THEN 'A' WHEN before < 0.95 * total THEN 'B' ELSE 'C' END,
                   coalesce(mean, 0), CASE WHEN mean > 0 THEN sqrt(greatest(mean_square - mean * mean, 0)) / mean END
            FROM ranked LEFT JOIN variation USING (sku)
            ORDER BY value DESC, sku
            """;
        command.Parameters.Add(new DuckDBParameter("start", (double)request.Start.ToUnixTimeSeconds()));
        command.Parameters.Add(new DuckDBParameter("end", (double)request.End.ToUnixTimeSeconds()));
        command.Parameters.Add(new DuckDBParameter("xyz", (double)request.XyzStart.ToUnixTimeSeconds()));
        command.Parameters.Add(new DuckDBParameter("weeks", (double)request.WholeWeeks));
        using var reader = command.ExecuteReader();
        var rows = new List<(string, decimal, AbcClass, double, double?)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetDecimal(1), Enum.Parse<AbcClass>(reader.GetString(2)), reader.GetDouble(3),
                reader.IsDBNull(4) ? null : reader.GetDouble(4)));
        return rows;
    }

    [Theory]
    [InlineData(AbcBasis.Revenue)]
    [InlineData(AbcBasis.Units)]
    [InlineData(AbcBasis.Margin)]
    public async Task The_classes_equal_those_computed_line_by_line(AbcBasis basis)
    {
        await using var store = await TestStore.CreateAsync();
        using var connection = store.Analytics.OpenConnection();
        Seed(connection);
        var request = ClassificationRequest.For(From, To) with { Basis = basis };

        var expected = FromLines(connection, request);
        var actual = SkuClassifier.Classify(connection, request).ToList();

        Assert.True(expected.Count > 20, "the fixture classifies many SKUs");
        Assert.Contains(expected, e => e.Abc == AbcClass.C);
        Assert.Equal(expected, actual.Select(a => (a.Sku, a.Value, a.Abc, a.WeeklyMean, a.WeeklyVariation)));
        Assert.Equal(actual.Select(a => a.WeeklyVariation switch { <= 0.5 => XyzClass.X, <= 1.0 => XyzClass.Y, _ => XyzClass.Z }),
            actual.Select(a => a.Xyz));
    }

    [Fact]
    public async Task The_replenishment_list_equals_the_plan_from_demand_computed_line_by_line()
    {
        await using var store = await TestStore.CreateAsync();
        using var connection = store.Analytics.OpenConnection();
        Seed(connection);
        var request = ReplenishmentRequest.For(To, 30);
        var classes = FromLines(connection, request.Classification).ToDictionary(c => c.Sku);
        var xyz = SkuClassifier.Classify(connection, request.Classification).ToDictionary(c => c.Sku, c => c.Xyz);
        var demand = DailyDemandFromLines(connection, request.Classification);
        var planner = new ReplenishmentPlanner(request.Policies);

        var actual = ReplenishmentList.Compute(connection, request).ToList();

        Assert.Equal(2 * (demand.Count + 1), actual.Count); // every SKU sold in the window and UNSOLD, in two warehouses
        Assert.Contains(actual, l => l.Suggestion.SuggestedQuantity > 0);
        foreach (var line in actual)
        {
            var abc = classes.TryGetValue(line.Sku, out var c) ? c.Abc : AbcClass.C;
            var (mean, meanSquare, sold, unitValue) = demand.GetValueOrDefault(line.Sku);
            var rate = new DemandRate(Math.Max(mean, 0) / 2, Math.Sqrt(Math.Max(meanSquare - mean * mean, 0)) / 2);
            var input = new ReplenishmentInput(abc, line.Stock, rate, new LeadTime(4, 1), new SupplyTerms(5, 3), sold / 2.0,
                line.Warehouse == "W1" ? 2.00m : unitValue);
            Assert.Equal((abc, xyz.GetValueOrDefault(line.Sku, XyzClass.Z), rate, planner.Plan(input)),
                (line.Abc, line.Xyz, line.Demand, line.Suggestion));
        }
    }

    [Fact]
    public async Task The_list_planned_from_demand_computed_on_another_connection_equals_the_list_computed_in_place()
    {
        // The inventory page keeps the demand (the scan of the lines) and plans it against stock read per request.
        await using var store = await TestStore.CreateAsync();
        using var connection = store.Analytics.OpenConnection();
        Seed(connection);
        var request = ReplenishmentRequest.For(To, 30);
        var inPlace = ReplenishmentList.Compute(connection, request).ToList();

        IReadOnlyList<SkuDemand> demand;
        using (var other = store.Analytics.OpenConnection())
        {
            SkuDemandTable.Compute(other, request);
            demand = SkuDemandTable.Read(other);
        }
        SkuDemandTable.Load(connection, demand);
        var planned = ReplenishmentList.Plan(connection, request).ToList();

        Assert.True(demand.Count > 20, "the fixture sells many SKUs");
        Assert.Contains(planned, l => l.Suggestion.SuggestedQuantity > 0);
        Assert.Equal(inPlace, planned);
    }

    /// <summary>Per SKU: mean and mean square of its units per day of the window (days without sales count as 0), units sold, value of a unit sold.</summary>
    private static Dictionary<string, (double Mean, double MeanSquare, long Sold, decimal? UnitValue)> DailyDemandFromLines(DuckDBConnection connection, ClassificationRequest request)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            WITH lines AS (SELECT * FROM fact_order_lines WHERE placed_at >= to_timestamp($start) AND placed_at < to_timestamp($end)),
            daily AS (SELECT sku, floor((epoch(placed_at) - $start) / 86400) AS day, SUM(quantity) AS units FROM lines GROUP BY ALL)
            SELECT sku, SUM(units) / $days, SUM(units * units) / $days,
                   (SELECT CAST(coalesce(SUM(quantity), 0) AS BIGINT) FROM lines s WHERE s.sku = d.sku AND quantity > 0),
                   (SELECT CAST(SUM(quantity * unit_price) / SUM(quantity) AS DECIMAL(18,2)) FROM lines s WHERE s.sku = d.sku AND quantity > 0)
            FROM daily d GROUP BY sku
            """;
        command.Parameters.Add(new DuckDBParameter("start", (double)request.Start.ToUnixTimeSeconds()));
        command.Parameters.Add(new DuckDBParameter("end", (double)request.End.ToUnixTimeSeconds()));
        command.Parameters.Add(new DuckDBParameter("days", (double)(request.To.DayNumber - request.From.DayNumber + 1)));
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, (double, double, long, decimal?)>();
        while (reader.Read())
            rows[reader.GetString(0)] = (reader.GetDouble(1), reader.GetDouble(2), reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetDecimal(4));
        return rows;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
