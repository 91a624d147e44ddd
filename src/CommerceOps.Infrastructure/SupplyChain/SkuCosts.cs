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
        var costs = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var items = db.SupplierItems.AsNoTracking().OrderBy(i => i.SupplierId).Select(i => new { i.SkuCode, i.UnitCost });
        await foreach (var item in items.AsAsyncEnumerable().WithCancellation(cancellationToken))
            costs.TryAdd(item.SkuCode, item.UnitCost);

        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"CREATE OR REPLACE TEMPORARY TABLE {Table} (sku VARCHAR NOT NULL PRIMARY KEY, unit_cost DECIMAL(18,2) NOT NULL)";
            command.ExecuteNonQuery();
        }
        using var appender = connection.CreateAppender(Table);
        foreach (var (sku, cost) in costs)
            appender.CreateRow().AppendValue(sku).AppendValue(cost).EndRow();
        return costs.Count;
    }
}
