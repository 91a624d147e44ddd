using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Purchasing;
using CommerceOps.Domain.SupplyChain;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Purchasing;

/// <summary>
/// Suppliers, their SKUs and purchase orders. Each call is one unit of work; receiving books the units into the
/// warehouse as ledger receipts referencing the purchase order.
/// </summary>
public sealed class PurchasingService(CommerceDbContext db, UnitOfWork uow, StockLedger ledger, TimeProvider time)
{
    public Task<Supplier> SaveSupplierAsync(string code, string name, double leadTimeDays, double leadTimeSdDays, int moq, int packSize, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var supplier = await db.Suppliers.SingleOrDefaultAsync(s => s.Code == code, ct);
            if (supplier is null) db.Suppliers.Add(supplier = new Supplier(code, name, leadTimeDays, leadTimeSdDays, moq, packSize));
            else supplier.ChangeTerms(leadTimeDays, leadTimeSdDays, moq, packSize);
            return supplier;
        }, ct);

    public Task<SupplierItem> SaveItemAsync(string supplierCode, string skuCode, SupplyTerms terms, decimal unitCost, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var supplier = await FindSupplierAsync(supplierCode, ct);
            var sku = await FindSkuAsync(skuCode, ct);
            var item = await db.SupplierItems.SingleOrDefaultAsync(i => i.SupplierId == supplier.Id && i.SkuId == sku.Id, ct);
            if (item is null) db.SupplierItems.Add(item = new SupplierItem(supplier.Id, sku.Id, sku.Code, terms, unitCost));
            else item.Change(terms, unitCost);
            return item;
        }, ct);

    public Task<PurchaseOrder> CreateDraftAsync(string supplierCode, string warehouseCode, IReadOnlyList<(string Sku, int Quantity)> lines, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            if (lines.Count == 0) throw new DomainException("A purchase order needs at least one line.", "lines");
            var supplier = await FindSupplierAsync(supplierCode, ct);
            var warehouse = await FindWarehouseAsync(warehouseCode, ct);
            var order = new PurchaseOrder(PurchaseOrderNumbers.Next(time.GetUtcNow()), supplier, warehouse.Id, warehouse.Code, time.GetUtcNow());
            foreach (var (skuCode, quantity) in lines) await AddLineAsync(order, supplier, skuCode, quantity, ct);
            db.PurchaseOrders.Add(order);
            return order;
        }, ct);

    /// <summary>
    /// Accepting a replenishment suggestion: the SKU goes onto the open draft for its preferred supplier and the
    /// warehouse, or onto a new draft.
    /// </summary>
    public Task<PurchaseOrder> AcceptSuggestionAsync(string skuCode, string warehouseCode, int quantity, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var sku = await FindSkuAsync(skuCode, ct);
            var item = await db.SupplierItems.OrderBy(i => i.SupplierId).FirstOrDefaultAsync(i => i.SkuId == sku.Id, ct)
                ?? throw new DomainException($"SKU {skuCode} has no supplier; add it to a supplier first.", "sku");
            var supplier = await db.Suppliers.SingleAsync(s => s.Id == item.SupplierId, ct);
            var warehouse = await FindWarehouseAsync(warehouseCode, ct);
            var order = await db.PurchaseOrders.Include(o => o.Lines)
                .FirstOrDefaultAsync(o => o.SupplierId == supplier.Id && o.WarehouseId == warehouse.Id && o.Status == PurchaseOrderStatus.Draft, ct);
            var isNew = order is null;
            order ??= new PurchaseOrder(PurchaseOrderNumbers.Next(time.GetUtcNow()), supplier, warehouse.Id, warehouse.Code, time.GetUtcNow());
            // The line is checked before a new draft is tracked, so a refused line leaves nothing behind to save later.
            await AddLineAsync(order, supplier, skuCode, quantity, ct);
            if (isNew) db.PurchaseOrders.Add(order);
            return order;
        }, ct);

    public Task<PurchaseOrder> SendAsync(string number, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var order = await FindOrderAsync(number, ct);
            order.Send(time.GetUtcNow());
            return order;
        }, ct);

    public Task<PurchaseOrder> CancelAsync(string number, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var order = await FindOrderAsync(number, ct);
            order.Cancel();
            return order;
        }, ct);

    public Task<PurchaseOrder> ReceiveAsync(string number, IReadOnlyList<(string Sku, int Quantity)> lines, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            if (lines.Count == 0) throw new DomainException("Say what arrived.", "lines");
            var order = await FindOrderAsync(number, ct);
            var warehouse = await db.Warehouses.SingleAsync(w => w.Id == order.WarehouseId, ct);
            var at = time.GetUtcNow();
            foreach (var (skuCode, quantity) in lines)
            {
                var line = order.Receive(skuCode, quantity, at);
                var item = await ledger.GetOrCreateAsync(line.SkuId, line.SkuCode, warehouse, ct);
                // An item already tracked by this context keeps the movements it made earlier; book only this one.
                var earlier = item.NewMovements.Count;
                item.Receive(quantity, order.Number, at);
                db.StockMovements.AddRange(item.NewMovements.Skip(earlier));
            }
            return order;
        }, ct);

    private async Task AddLineAsync(PurchaseOrder order, Supplier supplier, string skuCode, int quantity, CancellationToken ct)
    {
        var sku = await FindSkuAsync(skuCode, ct);
        var item = await db.SupplierItems.SingleOrDefaultAsync(i => i.SupplierId == supplier.Id && i.SkuId == sku.Id, ct);
        order.AddLine(sku.Id, sku.Code, quantity, item?.UnitCost ?? 0m, item?.Terms ?? supplier.Terms);
    }

    private async Task<Supplier> FindSupplierAsync(string code, CancellationToken ct) =>
        await db.Suppliers.SingleOrDefaultAsync(s => s.Code == code, ct) ?? throw new NotFoundException($"Supplier '{code}' does not exist.", "supplier");

    private async Task<Sku> FindSkuAsync(string code, CancellationToken ct) =>
        await db.Skus.SingleOrDefaultAsync(s => s.Code == code, ct) ?? throw new NotFoundException($"SKU '{code}' does not exist.", "sku");

    private async Task<Warehouse> FindWarehouseAsync(string code, CancellationToken ct) =>
        await db.Warehouses.SingleOrDefaultAsync(w => w.Code == code, ct) ?? throw new NotFoundException($"Warehouse '{code}' does not exist.", "warehouse");

    private async Task<PurchaseOrder> FindOrderAsync(string number, CancellationToken ct) =>
        await db.PurchaseOrders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Number == number, ct)
            ?? throw new NotFoundException($"Purchase order '{number}' does not exist.");
}
