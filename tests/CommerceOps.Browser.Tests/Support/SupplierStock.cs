using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>The suppliers page's known number, read from the store before the server takes it.</summary>
public static class SupplierStock
{
    public static async Task<int> ReadVirtualUnitsAsync(string dataDirectory)
    {
        await using var db = StorageServiceCollectionExtensions.CreateContext(StorageOptions.Resolve(dataDirectory, null));
        var cloud = await db.Warehouses.Where(w => w.Kind == WarehouseKind.SupplierCloud).Select(w => w.Id).ToListAsync();
        var items = await db.StockItems.AsNoTracking().Where(s => cloud.Contains(s.WarehouseId)).Select(s => s.OnHand).ToListAsync();
        return items.Sum();
    }
}
