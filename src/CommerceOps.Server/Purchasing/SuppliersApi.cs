using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Purchasing;
using CommerceOps.Server.Hosting;
using CommerceOps.Server.Logistics;

namespace CommerceOps.Server.Purchasing;

/// <summary>
/// Virtual inventory (drop-ship): suppliers publish the stock of their cloud warehouses, list the shipment requests
/// routed to them and post carrier tracking; the routing share and the warehousing cost avoided.
/// Suppliers' systems call with an integration API key; staff with the supply-chain role.
/// </summary>
public static class SuppliersApi
{
    public sealed record StockLineRequest(string? Sku, int? Quantity);

    public sealed record PublishStockRequest(IReadOnlyList<StockLineRequest>? Items);

    public sealed record TrackingRequest(string? Carrier, string? TrackingNumber);

    public static void MapSuppliersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/suppliers").WithTags("Suppliers");

        group.MapGet("/warehouses", async (VirtualInventoryReport report, CancellationToken ct) => Results.Ok(await report.WarehousesAsync(ct)))
            .RequireRoles(Roles.SupplyChain, Roles.Operations, Roles.Analyst);

        group.MapPut("/warehouses/{code}/stock", async (string code, PublishStockRequest request, UnitOfWork uow, VirtualStockPublisher publisher, CancellationToken ct) =>
        {
            var validation = new RequestValidation().Require(request.Items is { Count: > 0 and <= 10_000 }, "items", "Send between 1 and 10000 items.");
            var items = request.Items ?? [];
            for (var i = 0; i < items.Count; i++)
                validation.Text(items[i].Sku, $"items[{i}].sku", 64).Require(items[i].Quantity is >= 0, $"items[{i}].quantity", "quantity is a whole number ≥ 0.");
            validation.ThrowIfAny();
            var changed = await uow.RunAsync(ct => publisher.PublishAsync(items.Select(i => new SupplierStockLine(code, i.Sku!.Trim(), i.Quantity!.Value)).ToList(), ct), ct);
            return Results.Ok(new { warehouse = code, items = items.Count, changed });
        }).RequireRoles(Roles.Storefront, Roles.SupplyChain);

        group.MapGet("/warehouses/{code}/shipment-requests", async (string code, DropShipRequests requests, CancellationToken ct) =>
            Results.Ok(await requests.ListAsync(code, 500, ct))).RequireRoles(Roles.Storefront, Roles.SupplyChain);

        group.MapPost("/warehouses/{code}/shipment-requests/{orderNumber}/tracking", async (string code, string orderNumber, TrackingRequest r, DropShipRequests requests, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.Carrier, "carrier", 64).Text(r.TrackingNumber, "trackingNumber", 64).ThrowIfAny();
            var (order, shipment) = await requests.ShipAsync(code, orderNumber, r.Carrier!.Trim(), r.TrackingNumber!.Trim(), ct);
            return Results.Created($"/api/v1/orders/{order.Number}/tracking", new { shipmentId = shipment.Id, order = order.Number, status = order.Status });
        }).RequireRoles(Roles.Storefront, Roles.SupplyChain);

        group.MapGet("/report", async (DateTimeOffset? from, DateTimeOffset? to, VirtualInventoryReport report, FulfilmentSettings settings, TimeProvider time, CancellationToken ct) =>
        {
            var end = to ?? time.GetUtcNow();
            var start = from ?? end.AddDays(-30);
            var warehouses = await report.WarehousesAsync(ct);
            return Results.Ok(new
            {
                from = start, to = end,
                routing = await report.RoutingSharesAsync(start, end, ct),
                costAvoided = VirtualInventoryReport.CostAvoided(warehouses, settings.HoldingCostRate),
            });
        }).RequireRoles(Roles.SupplyChain, Roles.Operations, Roles.Analyst);
    }
}
