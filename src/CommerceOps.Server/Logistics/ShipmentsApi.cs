using System.Security.Claims;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Server.Hosting;
using CommerceOps.Server.Ordering;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Logistics;

/// <summary>Shipping an order, carrier tracking nodes, delivery, and the tracking view for the order page.</summary>
public static class ShipmentsApi
{
    public sealed record ShipRequest(string? Carrier, string? TrackingNumber, DateTimeOffset? PromisedBy);

    public sealed record TrackingNodeRequest(DateTimeOffset? At, string? Location, string? Description);

    public static void MapShipmentsApi(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Shipments");

        orders.MapPost("/{number}/shipments", async (string number, ShipRequest request, OrderService service, ClaimsPrincipal user, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.Carrier, "carrier", 64).Text(request.TrackingNumber, "trackingNumber", 64).ThrowIfAny();
            var (order, shipment) = await service.ShipAsync(number, request.Carrier!, request.TrackingNumber!, request.PromisedBy, ct);
            return Results.Created($"/api/v1/orders/{number}/tracking", new { shipmentId = shipment.Id, order = OrderView.From(order, user) });
        }).RequireRoles(Roles.Operations, Roles.SupplyChain);

        orders.MapPost("/{number}/delivered", async (string number, OrderService service, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(OrderView.From(await service.DeliverAsync(number, ct), user)))
            .RequireRoles(Roles.Operations, Roles.SupplyChain);

        orders.MapGet("/{number}/tracking", async Task<IResult> (string number, CommerceDbContext db, CancellationToken ct) =>
        {
            var shipments = await db.Shipments.AsNoTracking().Include(s => s.Nodes).Where(s => s.OrderNumber == number).ToListAsync(ct);
            if (shipments.Count == 0) return Results.Problem(title: $"Order '{number}' has no shipment yet.", statusCode: 404);
            return Results.Ok(shipments.Select(s => new
            {
                s.Id, s.Carrier, s.TrackingNumber, s.ShippedAt, s.PromisedBy, s.DeliveredAt, s.PromiseKept,
                nodes = s.Nodes.OrderBy(n => n.At).Select(n => new { n.At, n.Location, n.Description }),
            }));
        }).RequireRoles([Roles.Storefront, .. Roles.ConsoleRoles]);

        // Carriers post tracking nodes here (through an integration key) or staff record them.
        api.MapPost("/shipments/{id:long}/nodes", async (long id, TrackingNodeRequest request, CommerceDbContext db, UnitOfWork uow, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.Location, "location", 200).Text(request.Description, "description", 500).ThrowIfAny();
            var node = await uow.RunAsync(async ct =>
            {
                var shipment = await db.Shipments.Include(s => s.Nodes).SingleOrDefaultAsync(s => s.Id == id, ct)
                    ?? throw new NotFoundException($"Shipment {id} does not exist.");
                return shipment.AddNode(request.At ?? time.GetUtcNow(), request.Location!, request.Description!);
            }, ct);
            return Results.Ok(new { node.At, node.Location, node.Description });
        }).WithTags("Shipments").RequireRoles(Roles.Storefront, Roles.Operations, Roles.SupplyChain);
    }
}
