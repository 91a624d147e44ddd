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
internal static class ClassificationSql
{
    /// <summary>Defines <c>classified(sku, value, share, cumulative_share, abc, weekly_mean, weekly_cv, xyz)</c>.</summary>
    public static string Ctes(AbcBasis basis) => $"""
        period_lines AS (
            SELECT sku, quantity, unit_price, placed_at
            FROM fact_order_lines
            WHERE placed_at >= to_timestamp($period_start) AND placed_at < to_timestamp($period_end)
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
            SELECT sku, CAST(floor((epoch(placed_at) - $xyz_start) / 604800) AS BIGINT) AS week, SUM(quantity) AS units
            FROM period_lines
            WHERE placed_at >= to_timestamp($xyz_start)
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
    // SKU's unit cost (SkuCosts, loaded by the caller); a SKU without one has no known margin and is left out.
    private static string PerSku(AbcBasis basis) => basis switch
    {
        AbcBasis.Units => "SELECT sku, CAST(SUM(quantity) AS DECIMAL(38,2)) AS value FROM period_lines GROUP BY sku",
        AbcBasis.Margin => $"SELECT sku, SUM(quantity * (unit_price - c.unit_cost)) AS value FROM period_lines JOIN {SkuCosts.Table} c USING (sku) GROUP BY sku",
        _ => "SELECT sku, SUM(quantity * unit_price) AS value FROM period_lines GROUP BY sku",
    };

    public static void Bind(DuckDBCommand command, ClassificationRequest request)
    {
        command.Parameters.Add(new DuckDBParameter("period_start", (double)request.Start.ToUnixTimeSeconds()));
        command.Parameters.Add(new DuckDBParameter("period_end", (double)request.End.ToUnixTimeSeconds()));
        command.Parameters.Add(new DuckDBParameter("xyz_start", (double)request.XyzStart.ToUnixTimeSeconds()));
        // With no whole week there is no weekly series; every SKU then lands in Z (mean 0 over "one" empty week).
        command.Parameters.Add(new DuckDBParameter("weeks", (double)Math.Max(1, request.WholeWeeks)));
        command.Parameters.Add(new DuckDBParameter("abc_a", request.Abc.A));
        command.Parameters.Add(new DuckDBParameter("abc_b", request.Abc.B));
        command.Parameters.Add(new DuckDBParameter("xyz_x", request.Xyz.X));
        command.Parameters.Add(new DuckDBParameter("xyz_y", request.Xyz.Y));
    }
}
