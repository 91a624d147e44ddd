using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Logistics;
using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Importing;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Logistics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Tests.Logistics;

/// <summary>The tracking and supplier-stock imports: every bad cell named by line and column, nothing written; good files apply.</summary>
public sealed class FulfilmentImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    private static UnitOfWork UnitOfWork(TestStore store) => new(store.Db, new WriteGate(serialize: true), new OutboxSignal());

    private static async Task SeedAsync(TestStore store)
    {
        var category = new Category("c", "类目", "Category");
        store.Db.Categories.Add(category);
        await store.Db.SaveChangesAsync(Ct);
        var product = new Product("Stove", category.Id, Now);
        product.AddSku("STOVE-1", "", new Money(89m, "CNY"), Now);
        store.Db.Products.Add(product);
        store.Db.Warehouses.AddRange(
            new Warehouse("OWN", "自营仓", WarehouseKind.Own, "上海", "上海"),
            new Warehouse("SUP", "供应商云仓", WarehouseKind.SupplierCloud, "广东", "深圳", "ACME"));
        store.Db.Shipments.Add(new Shipment(1, "O-1", 1, "顺丰", "SF001", Now, Now.AddDays(2)));
        await store.Db.SaveChangesAsync(Ct);
        store.Db.ChangeTracker.Clear();
    }

    [Fact]
    public async Task A_tracking_file_with_bad_cells_is_refused_with_line_and_column()
    {
        await using var store = await TestStore.CreateAsync();
        await SeedAsync(store);
        using var files = new TempFiles();
        var path = files.Write("tracking.csv", [
            "tracking_number,at,location,description,status",
            "SF001,2026-11-26T10:00:00+08:00,上海,已揽收,in_transit",
            "SF999,2026-11-26T11:00:00,杭州,到达,in_transit",
            "SF001,yesterday,杭州,到达,in_transit",
            "SF001,2026-11-26 12:00,杭州,,lost",
        ]);
        var importer = new TrackingNodeImporter(UnitOfWork(store), new TrackingRecorder(store.Db, new AlertInbox(store.Db, TimeProvider.System)));

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => importer.ImportAsync(path, Ct));

        Assert.Equal([
            "line 4, column at: 'yesterday' is not a time like 2026-11-26T14:05:00+08:00",
            "line 5, column description: is empty",
            "line 5, column status: 'lost' is not in_transit or delivered",
            "line 3, column tracking_number: no shipment has tracking number 'SF999'",
        ], refused.Problems.Select(p => p.ToString()));
        Assert.Equal(0, await store.Db.Set<TrackingNode>().CountAsync(Ct));
    }

    [Fact]
    public async Task A_good_tracking_file_adds_nodes_in_china_time_unless_offset()
    {
        await using var store = await TestStore.CreateAsync();
        await SeedAsync(store);
        using var files = new TempFiles();
        var path = files.Write("tracking.csv", [
            "tracking_number,at,location,description,status",
            "SF001,2026-11-26T10:00:00+08:00,上海,已揽收,",
            "SF001,2026-11-26 18:30,杭州,到达杭州,in_transit",
        ]);
        var importer = new TrackingNodeImporter(UnitOfWork(store), new TrackingRecorder(store.Db, new AlertInbox(store.Db, TimeProvider.System)));

        Assert.Equal(2, await importer.ImportAsync(path, Ct));
        Assert.Equal(0, await importer.ImportAsync(path, Ct)); // the same scans again add nothing
        var times = await store.Db.Set<TrackingNode>().AsNoTracking().Select(n => n.At).ToListAsync(Ct);
        Assert.Contains(new DateTimeOffset(2026, 11, 26, 10, 30, 0, TimeSpan.Zero), times.Select(t => t.ToUniversalTime()));
    }

    [Fact]
    public async Task A_supplier_stock_file_with_bad_cells_is_refused_with_line_and_column_and_a_good_one_applies()
    {
        await using var store = await TestStore.CreateAsync();
        await SeedAsync(store);
        using var files = new TempFiles();
        var bad = files.Write("bad.csv", [
            "warehouse,sku,quantity",
            "SUP,STOVE-1,12",
            "OWN,STOVE-1,3",
            "NOPE,STOVE-1,3",
            "SUP,NO-SKU,3",
            "SUP,STOVE-1,2.5",
            "SUP,STOVE-1,-1",
        ]);
        var good = files.Write("good.csv", ["warehouse,sku,quantity", "SUP,STOVE-1,12"]);
        var importer = new SupplierStockImporter(UnitOfWork(store), new VirtualStockPublisher(store.Db, new StockLedger(store.Db), TimeProvider.System));

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => importer.ImportAsync(bad, Ct));

        Assert.Equal([
            "line 6, column quantity: '2.5' is not a whole number",
            "line 3, column warehouse: 'OWN' is not a supplier cloud warehouse",
            "line 4, column warehouse: no warehouse has code 'NOPE'",
            "line 5, column sku: no SKU has code 'NO-SKU'",
            "line 7, column quantity: is negative",
        ], refused.Problems.Select(p => p.ToString()));
        Assert.Equal(0, await store.Db.StockItems.CountAsync(Ct));

        Assert.Equal(1, await importer.ImportAsync(good, Ct));
        var item = await store.Db.StockItems.AsNoTracking().SingleAsync(Ct);
        Assert.Equal(("SUP", 12), (item.WarehouseCode, item.OnHand));
        Assert.Equal(VirtualStockPublisher.Reference, (await store.Db.StockMovements.AsNoTracking().SingleAsync(Ct)).Reference);
    }
}
