using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Purchasing;
using CommerceOps.Domain.SupplyChain;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Purchasing;
using CommerceOps.Infrastructure.SupplyChain;
using Microsoft.EntityFrameworkCore;
using static CommerceOps.Infrastructure.Tests.SupplyChain.FactLines;

namespace CommerceOps.Infrastructure.Tests.SupplyChain;

public sealed class ReplenishmentAndPurchasingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Now = Utc(2026, 3, 31);

    private static PurchasingService Service(TestStore store) =>
        new(store.Db, new UnitOfWork(store.Db, new WriteGate(serialize: true), new OutboxSignal()), new StockLedger(store.Db), new FixedTime(Now));

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>One SKU stocked in two warehouses with 10 on hand each, sold 4 a day for 28 days.</summary>
    private static async Task SeedAsync(TestStore store)
    {
        var category = new Category("c", "类目", "Category");
        store.Db.Categories.Add(category);
        await store.Db.SaveChangesAsync(Ct);
        var product = new Product("Tent", category.Id, Now);
        product.AddSku("TENT-1", "", new Money(100m, "CNY"), Now);
        store.Db.Products.Add(product);
        var east = new Warehouse("HZ", "杭州仓", WarehouseKind.Own, "浙江省", "杭州市");
        var west = new Warehouse("CD", "成都仓", WarehouseKind.Own, "四川省", "成都市");
        var cloud = new Warehouse("SUP", "Supplier cloud", WarehouseKind.SupplierCloud, "广东省", "广州市", "ACME");
        store.Db.Warehouses.AddRange(east, west, cloud);
        await store.Db.SaveChangesAsync(Ct);
        foreach (var w in new[] { east, west, cloud })
        {
            var item = new StockItem(product.Skus[0].Id, "TENT-1", w.Id, w.Code);
            item.Receive(10, "opening", Now);
            store.Db.StockItems.Add(item);
            store.Db.StockMovements.AddRange(item.NewMovements);
        }
        await store.Db.SaveChangesAsync(Ct);
        store.Db.ChangeTracker.Clear();
        Add(store.Analytics, Enumerable.Range(0, 28).Select(d => ("TENT-1", 4, 100m, Utc(2026, 3, 3).AddDays(d))).ToArray());
    }

    private static List<ReplenishmentLine> Replenish(TestStore store)
    {
        using var connection = store.Analytics.OpenConnection();
        new StockPositionLoader(store.Db).LoadAsync(connection, Ct).GetAwaiter().GetResult();
        return ReplenishmentList.Compute(connection, ReplenishmentRequest.For(new DateOnly(2026, 3, 30), 28)).ToList();
    }

    [Fact]
    public async Task The_list_shares_demand_among_own_warehouses_and_orders_in_the_suppliers_packs()
    {
        await using var store = await TestStore.CreateAsync();
        await SeedAsync(store);
        var service = Service(store);
        await service.SaveSupplierAsync("ACME", "Acme", leadTimeDays: 5, leadTimeSdDays: 1, moq: 1, packSize: 1, Ct);
        await service.SaveItemAsync("ACME", "TENT-1", new SupplyTerms(30, 12), 60m, Ct);

        var lines = Replenish(store);

        Assert.Equal(["CD", "HZ"], lines.Select(l => l.Warehouse)); // the supplier-cloud warehouse is not replenished
        var hz = lines[1];
        Assert.Equal((AbcClass.A, XyzClass.X, 2.0, 0.0), (hz.Abc, hz.Xyz, hz.Demand.MeanPerDay, hz.Demand.SdPerDay));
        Assert.Equal(("ACME", 5.0), (hz.Supplier, hz.LeadTime.MeanDays));
        // SS = z98 · √(5·0 + 4·1) = 2·z98; ROP = 10 + SS; order up to 2·12 + SS; position 10.
        var z = StandardNormal.InverseCdf(0.98);
        Assert.Equal(10 + 2 * z, hz.Suggestion.ReorderPoint, 9);
        Assert.Equal(5.0, hz.Suggestion.DaysOfCover);
        Assert.True(hz.Suggestion.SuggestedQuantity >= 30 && hz.Suggestion.SuggestedQuantity % 12 == 0, hz.Suggestion.Why);
    }

    [Fact]
    public async Task An_accepted_line_becomes_a_purchase_order_whose_receipts_go_through_the_ledger_and_count_in_transit_until_then()
    {
        await using var store = await TestStore.CreateAsync();
        await SeedAsync(store);
        var service = Service(store);
        await service.SaveSupplierAsync("ACME", "Acme", 5, 1, 1, 1, Ct);
        await service.SaveItemAsync("ACME", "TENT-1", new SupplyTerms(12, 12), 60m, Ct);

        var draft = await service.AcceptSuggestionAsync("TENT-1", "HZ", 48, Ct);
        Assert.Equal(PurchaseOrderStatus.Draft, draft.Status);
        await Assert.ThrowsAsync<DomainException>(() => service.AcceptSuggestionAsync("TENT-1", "CD", 50, Ct)); // not whole packs
        await service.SendAsync(draft.Number, Ct);
        Assert.Equal(48, Replenish(store).Single(l => l.Warehouse == "HZ").Stock.InTransit);

        var partly = await service.ReceiveAsync(draft.Number, [("TENT-1", 20)], Ct);
        Assert.Equal(PurchaseOrderStatus.PartlyReceived, partly.Status);
        var received = await service.ReceiveAsync(draft.Number, [("TENT-1", 28)], Ct);
        Assert.Equal(PurchaseOrderStatus.Received, received.Status);
        await Assert.ThrowsAsync<InvalidStateException>(() => service.ReceiveAsync(draft.Number, [("TENT-1", 1)], Ct));

        store.Db.ChangeTracker.Clear();
        var stock = await store.Db.StockItems.SingleAsync(s => s.SkuCode == "TENT-1" && s.WarehouseCode == "HZ", Ct);
        Assert.Equal(58, stock.OnHand);
        Assert.Equal([20, 28], await store.Db.StockMovements
            .Where(m => m.Reference == draft.Number).OrderBy(m => m.Id).Select(m => m.Quantity).ToListAsync(Ct));
        var hz = Replenish(store).Single(l => l.Warehouse == "HZ");
        Assert.Equal((58, 0), (hz.Stock.OnHand, hz.Stock.InTransit));
    }
}
