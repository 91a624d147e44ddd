using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// The sales side of the replenishment list as a DuckDB temporary table: <see cref="Compute"/> derives it from the
/// order lines (the heavy part, a scan of the whole window); <see cref="Read"/> and <see cref="Load"/> carry it to
/// another connection, so a page can keep it and join it to stock positions read at request time.
/// </summary>
public static class SkuDemandTable
{
    public const string Table = "sku_demand";

    private const string Columns = """
        sku VARCHAR NOT NULL,
        abc VARCHAR,
        xyz VARCHAR,
        mean DOUBLE NOT NULL,
        mean_square DOUBLE NOT NULL,
        sold BIGINT,
        unit_value DOUBLE
        """;

    /// <summary>Fills the table with every SKU sold in the request's window (days without sales count as zero).</summary>
    public static void Compute(DuckDBConnection connection, ReplenishmentRequest request)
    {
        var classification = request.Classification;
        Create(connection);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO {Table}
            WITH {ClassificationSql.Ctes(Domain.SupplyChain.AbcBasis.Revenue)},
            daily AS (
                SELECT sku, CAST(floor((epoch(placed_at) - $period_start) / 86400) AS BIGINT) AS day,
                       SUM(quantity) AS units,
                       SUM(quantity) FILTER (WHERE quantity > 0) AS sold,
                       SUM(quantity * unit_price) FILTER (WHERE quantity > 0) AS sold_value
                FROM period_lines
                GROUP BY ALL
            ),
            demand AS (
                SELECT sku,
                       SUM(units)::DOUBLE / $days AS mean,
                       SUM(units::DOUBLE * units) / $days AS mean_square,
                       SUM(sold) AS sold,
                       SUM(sold_value) / NULLIF(SUM(sold), 0) AS unit_value
                FROM daily
                GROUP BY sku
            )
            SELECT d.sku, c.abc, c.xyz, d.mean, d.mean_square, d.sold, d.unit_value
            FROM demand d LEFT JOIN classes c USING (sku)
            """;
        ClassificationSql.Bind(command, classification);
        command.Parameters.Add(new DuckDBParameter("days", (double)request.WindowDays));
        command.ExecuteNonQuery();
    }

    public static IReadOnlyList<SkuDemand> Read(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT sku, abc, xyz, mean, mean_square, sold, unit_value FROM {Table}";
        using var reader = command.ExecuteReader();
        var rows = new List<SkuDemand>();
        while (reader.Read())
            rows.Add(new SkuDemand(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetDouble(3), reader.GetDouble(4), reader.IsDBNull(5) ? null : reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetDouble(6)));
        return rows;
    }

    /// <summary>Puts rows read with <see cref="Read"/> back into the table on this connection.</summary>
    public static void Load(DuckDBConnection connection, IReadOnlyList<SkuDemand> rows)
    {
        Create(connection);
        using var appender = connection.CreateAppender(Table);
        foreach (var row in rows)
            appender.CreateRow().AppendValue(row.Sku).AppendValue(row.Abc).AppendValue(row.Xyz).AppendValue(row.Mean)
                .AppendValue(row.MeanSquare).AppendValue(row.Sold).AppendValue(row.UnitValue).EndRow();
    }

    private static void Create(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE OR REPLACE TEMPORARY TABLE {Table} ({Columns})";
        command.ExecuteNonQuery();
    }
}
