using CommerceOps.Domain.Common;
using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Server.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Inventory;

/// <summary>Warehouses, stock per SKU per warehouse, receipts and adjustments (each a ledger movement).</summary>
public static class InventoryApi
{
    public sealed record MovementRequest(string? Sku, string? Warehouse, int? Quantity, string? Reference);

    public sealed record StockView(string Sku, string Warehouse, int OnHand, int Reserved, int Available);

    public static void MapInventoryApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/inventory").WithTags("Inventory");

        group.MapGet("/warehouses", async (CommerceDbContext db, CancellationToken ct) =>
            await db.Warehouses.AsNoTracking().OrderBy(w => w.Code)
                .Select(w => new { w.Code, w.Name, w.Kind, w.Province, w.City, w.Supplier }).ToListAsync(ct))
            .RequireRoles(Roles.SupplyChain, Roles.Operations, Roles.Analyst);

        group.MapGet("/stock", async (string? sku, string? warehouse, CommerceDbContext db, CancellationToken ct) =>
        {
            var query = db.StockItems.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(sku)) query = query.Where(s => s.SkuCode == sku);
            if (!string.IsNullOrWhiteSpace(warehouse)) query = query.Where(s => s.WarehouseCode == warehouse);
            return await query.OrderBy(s => s.SkuCode).ThenBy(s => s.WarehouseCode).Take(1000)
                .Select(s => new StockView(s.SkuCode, s.WarehouseCode, s.OnHand, s.Reserved, s.OnHand - s.Reserved)).ToListAsync(ct);
        }).RequireRoles(Roles.SupplyChain, Roles.Operations, Roles.Analyst, Roles.Service);

        group.MapGet("/movements", async (string sku, string? warehouse, CommerceDbContext db, CancellationToken ct) =>
            await (from m in db.StockMovements.AsNoTracking()
                   join s in db.StockItems on new { m.SkuId, m.WarehouseId } equals new { s.SkuId, s.WarehouseId }
                   where s.SkuCode == sku && (warehouse == null || s.WarehouseCode == warehouse)
                   orderby m.Id
                   select new { sku = s.SkuCode, warehouse = s.WarehouseCode, m.Kind, m.Quantity, m.OccurredAt, m.Reference }).Take(5000).ToListAsync(ct))
            .RequireRoles(Roles.SupplyChain, Roles.Operations, Roles.Analyst);

        group.MapPost("/receipts", (MovementRequest request, CommerceDbContext db, UnitOfWork uow, StockLedger ledger, TimeProvider time, CancellationToken ct) =>
            Move(request, db, uow, ledger, (item, q, reference) => item.Receive(q, reference, time.GetUtcNow()), positiveOnly: true, ct))
            .RequireRoles(Roles.SupplyChain);

        group.MapPost("/adjustments", (MovementRequest request, CommerceDbContext db, UnitOfWork uow, StockLedger ledger, TimeProvider time, CancellationToken ct) =>
            Move(request, db, uow, ledger, (item, q, reference) => item.Adjust(q, reference, time.GetUtcNow()), positiveOnly: false, ct))
            .RequireRoles(Roles.SupplyChain);
    }

    private static async Task<IResult> Move(MovementRequest request, CommerceDbContext db, UnitOfWork uow, StockLedger ledger,
        Action<StockItem, int, string> move, bool positiveOnly, CancellationToken ct)
    {
        new RequestValidation().Text(request.Sku, "sku", 64).Text(request.Warehouse, "warehouse", 32).Text(request.Reference, "reference", 100, required: false)
            .Require(request.Quantity is not null && request.Quantity != 0 && Math.Abs(request.Quantity.Value) <= 1_000_000 && (!positiveOnly || request.Quantity > 0),
                "quantity", positiveOnly ? "quantity is between 1 and 1,000,000." : "quantity is a non-zero change of at most 1,000,000 units.")
            .ThrowIfAny();
        var item = await uow.RunAsync(async ct =>
        {
            var sku = await db.Skus.SingleOrDefaultAsync(s => s.Code == request.Sku, ct) ?? throw new NotFoundException($"SKU '{request.Sku}' does not exist.", "sku");
            var warehouse = await db.Warehouses.SingleOrDefaultAsync(w => w.Code == request.Warehouse, ct)
                ?? throw new NotFoundException($"Warehouse '{request.Warehouse}' does not exist.", "warehouse");
            var item = await ledger.GetOrCreateAsync(sku.Id, sku.Code, warehouse, ct);
            move(item, request.Quantity!.Value, request.Reference ?? "api");
            ledger.AddNewMovements(item);
            return item;
        }, ct);
        return Results.Ok(new StockView(item.SkuCode, item.WarehouseCode, item.OnHand, item.Reserved, item.Available));
    }
}
