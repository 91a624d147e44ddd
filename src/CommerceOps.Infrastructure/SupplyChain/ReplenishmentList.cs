using CommerceOps.Domain.SupplyChain;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// The replenishment list. DuckDB computes each SKU's class and its daily demand mean and deviation over the window
/// (days without sales count as zero) and joins them to the stock positions; <see cref="ReplenishmentPlanner"/> then
/// turns each row into a suggestion. Order lines do not record the warehouse that will fulfil future demand, so a
/// SKU's demand is shared equally among the warehouses that stock it (mean and deviation divided by their number).
/// </summary>
public static class ReplenishmentList
{
    // The classes come back as their letter's offset from A (or X), so a million rows don't each allocate and parse two strings.
    private static readonly AbcClass[] AbcClasses = [AbcClass.A, AbcClass.B, AbcClass.C];
    private static readonly XyzClass[] XyzClasses = [XyzClass.X, XyzClass.Y, XyzClass.Z];

    public static IEnumerable<ReplenishmentLine> Compute(DuckDBConnection connection, ReplenishmentRequest request)
    {
        SkuDemandTable.Compute(connection, request);
        return Plan(connection, request);
    }

    /// <summary>The list from the <see cref="SkuDemandTable"/> and <see cref="ReplenishmentPositions"/> already on the connection.</summary>
    public static IEnumerable<ReplenishmentLine> Plan(DuckDBConnection connection, ReplenishmentRequest request)
    {
        var planner = new ReplenishmentPlanner(request.Policies);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH spread AS (
                SELECT sku, count(*) AS warehouses FROM {ReplenishmentPositions.Table} GROUP BY sku
            )
            SELECT p.sku, p.warehouse, ascii(coalesce(d.abc, 'C')) - ascii('A'), ascii(coalesce(d.xyz, 'Z')) - ascii('X'),
                   p.on_hand, p.reserved, p.in_transit, p.supplier, p.lead_time_mean, p.lead_time_sd, p.moq, p.pack_size,
                   greatest(coalesce(d.mean, 0), 0) / s.warehouses,
                   sqrt(greatest(coalesce(d.mean_square - d.mean * d.mean, 0), 0)) / s.warehouses,
                   coalesce(d.sold, 0)::DOUBLE / s.warehouses,
                   coalesce(p.unit_cost, CAST(d.unit_value AS DECIMAL(18,2)))
            FROM {ReplenishmentPositions.Table} p
            JOIN spread s USING (sku)
            LEFT JOIN {SkuDemandTable.Table} d USING (sku)
            ORDER BY p.sku, p.warehouse
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var abc = AbcClasses[reader.GetInt32(2)];
            var stock = new StockPosition(reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6));
            var demand = new DemandRate(reader.GetDouble(12), reader.GetDouble(13));
            var leadTime = new LeadTime(reader.GetDouble(8), reader.GetDouble(9));
            var input = new ReplenishmentInput(abc, stock, demand, leadTime, new SupplyTerms(reader.GetInt32(10), reader.GetInt32(11)),
                reader.GetDouble(14), reader.IsDBNull(15) ? null : reader.GetDecimal(15));
            yield return new ReplenishmentLine(reader.GetString(0), reader.GetString(1), abc, XyzClasses[reader.GetInt32(3)],
                stock, demand, reader.IsDBNull(7) ? null : reader.GetString(7), leadTime, planner.Plan(input));
        }
    }
}
