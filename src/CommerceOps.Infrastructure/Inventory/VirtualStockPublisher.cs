using CommerceOps.Domain.Common;
using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Inventory;

/// <summary>
/// Takes the stock suppliers publish for their cloud warehouses (virtual inventory). A published quantity replaces
/// the warehouse's on-hand for the SKU through an adjustment movement (reference <see cref="Reference"/>), so the
/// ledger shows every change; it may not fall below what this platform's orders have reserved there.
/// Joins the caller's unit of work.
/// </summary>
public sealed class VirtualStockPublisher(CommerceDbContext db, StockLedger ledger, TimeProvider time)
{
    public const string Reference = "supplier-stock";

    /// <summary>Why a line cannot be published (null: it can); the field names the offending column.</summary>
    public sealed record Refusal(string Field, string Message);

    public async Task<IReadOnlyDictionary<int, Refusal>> CheckAsync(IReadOnlyList<SupplierStockLine> lines, CancellationToken ct)
    {
        var (warehouses, skus, items) = await LoadAsync(lines, ct);
        var refusals = new Dictionary<int, Refusal>();
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!warehouses.TryGetValue(line.WarehouseCode, out var warehouse))
                refusals[i] = new("warehouse", $"no warehouse has code '{line.WarehouseCode}'");
            else if (warehouse.Kind != WarehouseKind.SupplierCloud)
                refusals[i] = new("warehouse", $"'{line.WarehouseCode}' is not a supplier cloud warehouse");
            else if (!skus.ContainsKey(line.Sku))
                refusals[i] = new("sku", $"no SKU has code '{line.Sku}'");
            else if (line.Quantity < 0)
                refusals[i] = new("quantity", "is negative");
            else if (!seen.Add((line.WarehouseCode, line.Sku)))
                refusals[i] = new("sku", $"'{line.Sku}' appears twice for {line.WarehouseCode}");
            else if (items.TryGetValue((warehouse.Id, skus[line.Sku]), out var item) && line.Quantity < item.Reserved)
                refusals[i] = new("quantity", $"{line.Quantity} is below the {item.Reserved} units this platform's orders hold there");
        }
        return refusals;
    }

    /// <summary>Publishes lines already checked by <see cref="CheckAsync"/>; returns how many changed the on-hand.</summary>
    public async Task<int> PublishAsync(IReadOnlyList<SupplierStockLine> lines, CancellationToken ct)
    {
        var refusals = await CheckAsync(lines, ct);
        if (refusals.Count > 0)
        {
            var (index, refusal) = refusals.First();
            throw new DomainException($"Line {index + 1}: {refusal.Message}.", $"items[{index}].{refusal.Field}");
        }
        var (warehouses, skus, _) = await LoadAsync(lines, ct);
        var now = time.GetUtcNow();
        var changed = 0;
        foreach (var line in lines)
        {
            var item = await ledger.GetOrCreateAsync(skus[line.Sku], line.Sku, warehouses[line.WarehouseCode], ct);
            var delta = line.Quantity - item.OnHand;
            if (delta == 0) continue;
            item.Adjust(delta, Reference, now);
            ledger.AddNewMovements(item);
            changed++;
        }
        return changed;
    }

    private async Task<(Dictionary<string, Warehouse>, Dictionary<string, long>, Dictionary<(long, long), StockItem>)> LoadAsync(
        IReadOnlyList<SupplierStockLine> lines, CancellationToken ct)
    {
        var codes = lines.Select(l => l.WarehouseCode).Distinct().ToList();
        var skuCodes = lines.Select(l => l.Sku).Distinct().ToList();
        var warehouses = await db.Warehouses.Where(w => codes.Contains(w.Code)).ToDictionaryAsync(w => w.Code, StringComparer.Ordinal, ct);
        var skus = await db.Skus.AsNoTracking().Where(s => skuCodes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, ct);
        var ids = warehouses.Values.Select(w => w.Id).ToList();
        var skuIds = skus.Values.ToList();
        var items = await db.StockItems.AsNoTracking().Where(s => ids.Contains(s.WarehouseId) && skuIds.Contains(s.SkuId))
            .ToDictionaryAsync(s => (s.WarehouseId, s.SkuId), ct);
        return (warehouses, skus, items);
    }
}
