using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// The DuckDB table replenishment reads stock positions from: one row per SKU per warehouse with what the supplier
/// of that SKU promises. <see cref="StockPositionLoader"/> fills it as a temporary table from the commerce store.
/// </summary>
public static class ReplenishmentPositions
{
    public const string Table = "replenishment_positions";

    public const string Columns = """
        sku VARCHAR NOT NULL,
        warehouse VARCHAR NOT NULL,
        on_hand INTEGER NOT NULL,
        reserved INTEGER NOT NULL,
        in_transit INTEGER NOT NULL,
        supplier VARCHAR,
        lead_time_mean DOUBLE NOT NULL,
        lead_time_sd DOUBLE NOT NULL,
        moq INTEGER NOT NULL,
        pack_size INTEGER NOT NULL,
        unit_cost DECIMAL(18,2)
        """;

    public static void CreateTemporary(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE OR REPLACE TEMPORARY TABLE {Table} ({Columns})";
        command.ExecuteNonQuery();
    }
}
