using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// The DuckDB temporary table margin ABC reads unit costs from: one row per SKU that a supplier quotes, with the cost
/// of its preferred supplier (the first one it was listed with, as replenishment uses). Costs are today's quotes; the
/// order lines do not record what a unit cost when it was sold.
/// </summary>
public static class SkuCosts
{
    public const string Table = "sku_costs";

    public static async Task<int> LoadAsync(CommerceDbContext db, DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var costs = await ReadAsync(db, cancellationToken);
        Load(connection, costs);
        return costs.Count;
    }

    /// <summary>The preferred supplier's unit cost of every SKU a supplier quotes.</summary>
    public static async Task<IReadOnlyDictionary<string, decimal>> ReadAsync(CommerceDbContext db, CancellationToken cancellationToken)
    {
        var costs = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var items = db.SupplierItems.AsNoTracking().OrderBy(i => i.SupplierId).Select(i => new { i.SkuCode, i.UnitCost });
        await foreach (var item in items.AsAsyncEnumerable().WithCancellation(cancellationToken))
            costs.TryAdd(item.SkuCode, item.UnitCost);
        return costs;
    }

    /// <summary>Puts costs read with <see cref="ReadAsync"/> into the table on this connection.</summary>
    public static void Load(DuckDBConnection connection, IReadOnlyDictionary<string, decimal> costs)
    {
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"CREATE OR REPLACE TEMPORARY TABLE {Table} (sku VARCHAR NOT NULL PRIMARY KEY, unit_cost DECIMAL(18,2) NOT NULL)";
            command.ExecuteNonQuery();
        }
        using var appender = connection.CreateAppender(Table);
        foreach (var (sku, cost) in costs)
            appender.CreateRow().AppendValue(sku).AppendValue(cost).EndRow();
    }
}
