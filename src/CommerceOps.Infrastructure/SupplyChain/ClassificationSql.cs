using CommerceOps.Domain.SupplyChain;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// The ABC/XYZ query as common table expressions, shared by the classification and the replenishment list. Revenue is
/// quantity × unit price of every line placed in the period (cancellation lines carry negative quantities), units the
/// net quantity, margin quantity × (unit price − unit cost); SKUs whose total is not positive are left out. Ranking
/// and class boundaries are computed on exact decimals: a SKU's class depends on the cumulative total before it
/// compared with threshold × total.
/// </summary>
/// <remarks>
/// The order lines are read once: <c>daily</c> sums them per SKU and UTC day of the period, and the per-SKU values,
/// the weekly series and the replenishment's daily demand are all sums of those sums (exact: integers and decimals).
/// The period starts at midnight and the XYZ weeks start a whole number of days later, so every week is seven whole
/// days of <c>daily</c>.
/// </remarks>
internal static class ClassificationSql
{
    /// <summary>
    /// Defines <c>daily(sku, day, units, revenue, sold, sold_value)</c> (day 0 is the period's first; sold counts
    /// only the sale lines, not the cancellations) and <c>classes(sku, value, share, cumulative_share, abc,
    /// weekly_mean, weekly_cv, xyz)</c>.
    /// </summary>
    public static string Ctes(AbcBasis basis) => $"""
        daily AS MATERIALIZED (
            SELECT sku, CAST(floor((epoch(placed_at) - $period_start) / 86400) AS BIGINT) AS day,
                   SUM(quantity) AS units,
                   SUM(quantity * unit_price) AS revenue,
                   SUM(quantity) FILTER (WHERE quantity > 0) AS sold,
                   SUM(quantity * unit_price) FILTER (WHERE quantity > 0) AS sold_value
            FROM fact_order_lines
            WHERE placed_at >= to_timestamp($period_start) AND placed_at < to_timestamp($period_end)
            GROUP BY ALL
        ),
        per_sku AS (
            {PerSku(basis)}
        ),
        ranked AS (
            SELECT sku, value,
                   SUM(value) OVER () AS total,
                   SUM(value) OVER (ORDER BY value DESC, sku ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative
            FROM per_sku
            WHERE value > 0
        ),
        weekly AS (
            SELECT sku, (day - $xyz_first_day) // 7 AS week, SUM(units) AS units
            FROM daily
            WHERE day >= $xyz_first_day
            GROUP BY ALL
        ),
        variation AS (
            SELECT sku,
                   SUM(units)::DOUBLE / $weeks AS mean,
                   SUM(units::DOUBLE * units) / $weeks AS mean_square
            FROM weekly
            GROUP BY sku
        ),
        classified AS (
            SELECT r.sku, r.value,
                   r.value::DOUBLE / r.total::DOUBLE AS share,
                   r.cumulative::DOUBLE / r.total::DOUBLE AS cumulative_share,
                   CASE WHEN r.cumulative - r.value < $abc_a * r.total THEN 'A'
                        WHEN r.cumulative - r.value < $abc_b * r.total THEN 'B'
                        ELSE 'C' END AS abc,
                   coalesce(v.mean, 0) AS weekly_mean,
                   CASE WHEN v.mean > 0 THEN sqrt(greatest(v.mean_square - v.mean * v.mean, 0)) / v.mean END AS weekly_cv
            FROM ranked r LEFT JOIN variation v USING (sku)
        ),
        classes AS (
            SELECT *, CASE WHEN weekly_cv <= $xyz_x THEN 'X' WHEN weekly_cv <= $xyz_y THEN 'Y' ELSE 'Z' END AS xyz
            FROM classified
        )
        """;

    // Units are summed as integers and widened so every basis compares and divides the same way. Margin needs the
    // SKU's unit cost (SkuCosts, loaded by the caller); a SKU without one has no known margin and is left out. With
    // one cost per SKU, Σ quantity × (price − cost) = Σ quantity × price − cost × Σ quantity, exactly.
    private static string PerSku(AbcBasis basis) => basis switch
    {
        AbcBasis.Units => "SELECT sku, CAST(SUM(units) AS DECIMAL(38,2)) AS value FROM daily GROUP BY sku",
        AbcBasis.Margin => $"SELECT sku, SUM(revenue) - c.unit_cost * SUM(units) AS value FROM daily JOIN {SkuCosts.Table} c USING (sku) GROUP BY sku, c.unit_cost",
        _ => "SELECT sku, SUM(revenue) AS value FROM daily GROUP BY sku",
    };

    public static void Bind(DuckDBCommand command, ClassificationRequest request)
    {
        command.Parameters.Add(new DuckDBParameter("period_start", (double)request.Start.ToUnixTimeSeconds()));
        command.Parameters.Add(new DuckDBParameter("period_end", (double)request.End.ToUnixTimeSeconds()));
        command.Parameters.Add(new DuckDBParameter("xyz_first_day", (long)(request.XyzStart - request.Start).TotalDays));
        // With no whole week there is no weekly series; every SKU then lands in Z (mean 0 over "one" empty week).
        command.Parameters.Add(new DuckDBParameter("weeks", (double)Math.Max(1, request.WholeWeeks)));
        command.Parameters.Add(new DuckDBParameter("abc_a", request.Abc.A));
        command.Parameters.Add(new DuckDBParameter("abc_b", request.Abc.B));
        command.Parameters.Add(new DuckDBParameter("xyz_x", request.Xyz.X));
        command.Parameters.Add(new DuckDBParameter("xyz_y", request.Xyz.Y));
    }
}
