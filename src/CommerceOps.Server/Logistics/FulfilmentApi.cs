using System.Globalization;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Logistics;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Logistics;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Server.Hosting;
using CommerceOps.Server.Ordering;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Logistics;

/// <summary>
/// Delivery promises (a quote for the storefront, kept rates), carrier tracking webhooks, late shipments and the
/// customs declarations of cross-border orders.
/// </summary>
public static class FulfilmentApi
{
    public sealed record CarrierEventRequest(string? TrackingNumber, DateTimeOffset? At, string? Location, string? Description, string? Status);

    public sealed record CarrierWebhookRequest(string? Carrier, IReadOnlyList<CarrierEventRequest>? Events);

    public sealed record CustomsSubmitRequest(string? DeclarationNumber);

    public sealed record CustomsRejectRequest(string? Reason);

    public static void MapFulfilmentApi(this RouteGroupBuilder api)
    {
        var logistics = api.MapGroup("/logistics").WithTags("Logistics");

        // What the storefront shows before the order: "order before 11:00, delivered this afternoon".
        logistics.MapGet("/promise", async Task<IResult> (string? warehouse, string? province, string? city, CommerceDbContext db, FulfilmentSettings settings, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Text(warehouse, "warehouse", 32).Text(province, "province", 200).Text(city, "city", 200).ThrowIfAny();
            var site = await db.Warehouses.AsNoTracking().Where(w => w.Code == warehouse).Select(w => new WarehouseSite(w.Code, w.Province, w.City)).SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException($"No warehouse has code '{warehouse}'.", "warehouse");
            var now = time.GetUtcNow();
            var promise = DeliveryPromiseCalculator.Promise(settings.Promises, now, site, province!, city!);
            var view = DeliveryPromiseView.From(promise, now);
            var cutOff = (promise.SameDay ? settings.Promises.SameDayCutOff : settings.Promises.CutOffFor(site.Code)).ToString("HH:mm", CultureInfo.InvariantCulture);
            return Results.Ok(view with { Text = $"{cutOff} 前下单，{view.Text}", TextEn = $"Order before {cutOff}: {view.TextEn}" });
        }).RequireRoles([Roles.Storefront, .. Roles.ConsoleRoles]);

        logistics.MapGet("/promise-kept", async (string? by, DeliveryPromiseReport report, CancellationToken ct) => (by ?? "region") switch
        {
            "region" => Results.Ok(await report.ByRegionAsync(ct)),
            "carrier" => Results.Ok(await report.ByCarrierAsync(ct)),
            "warehouse" => Results.Ok(await report.ByWarehouseAsync(ct)),
            _ => throw new DomainException("by is region, carrier or warehouse.", "by"),
        }).RequireRoles(Roles.Operations, Roles.SupplyChain, Roles.Analyst);

        logistics.MapGet("/late-shipments", async (LateShipmentList late, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            return Results.Ok((await late.ListAsync(now, 500, ct)).Select(l => new { l.OrderNumber, l.Region, l.City, l.ShippedAt, l.PromisedBy, l.DeliveredAt, daysLate = l.DaysLate(now) }));
        }).RequireRoles(Roles.Operations, Roles.SupplyChain, Roles.Analyst);

        // The background job does this every five minutes; staff (and tests) can run it now.
        logistics.MapPost("/late-shipments/check", async (LateShipmentMonitor monitor, CancellationToken ct) => Results.Ok(await monitor.CheckAsync(ct)))
            .RequireRoles(Roles.Operations, Roles.SupplyChain);

        // Carrier webhook: carriers authenticate with an integration API key (X-Api-Key). Retried deliveries are idempotent.
        logistics.MapPost("/carrier-events", async (CarrierWebhookRequest request, UnitOfWork uow, TrackingRecorder recorder, CancellationToken ct) =>
        {
            var validation = new RequestValidation().Require(request.Events is { Count: > 0 and <= 1000 }, "events", "Send between 1 and 1000 events.");
            var events = request.Events ?? [];
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                validation.Text(e.TrackingNumber, $"events[{i}].trackingNumber", 64).Text(e.Description, $"events[{i}].description", 500)
                    .Text(e.Location, $"events[{i}].location", 200, required: false)
                    .Require(e.At is not null, $"events[{i}].at", "at is required.")
                    .Require(e.Status is null or "in_transit" or "delivered", $"events[{i}].status", "status is in_transit or delivered.");
            }
            validation.ThrowIfAny();
            var added = await uow.RunAsync(ct => recorder.RecordAsync(
                events.Select(e => new CarrierTrackingEvent(e.TrackingNumber!.Trim(), e.At!.Value, e.Location?.Trim() ?? "", e.Description!.Trim(), e.Status == "delivered")).ToList(), ct), ct);
            return Results.Ok(new { added });
        }).RequireRoles(Roles.Storefront, Roles.Operations, Roles.SupplyChain);

        var customs = api.MapGroup("/orders/{number}/customs").WithTags("Logistics");
        customs.MapGet("/", async Task<IResult> (string number, CustomsService service, CancellationToken ct) =>
            await service.FindAsync(number, ct) is { } d ? Results.Ok(View(d)) : Results.Problem(title: $"Order '{number}' has no customs declaration.", statusCode: 404))
            .RequireRoles([Roles.Storefront, .. Roles.ConsoleRoles]);
        customs.MapPost("/", async (string number, CustomsSubmitRequest r, CustomsService service, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.DeclarationNumber, "declarationNumber", 64).ThrowIfAny();
            return Results.Ok(View(await service.SubmitAsync(number, r.DeclarationNumber!, ct)));
        }).RequireRoles(Roles.Storefront, Roles.Operations, Roles.SupplyChain);
        customs.MapPost("/cleared", async (string number, CustomsService service, CancellationToken ct) =>
            Results.Ok(View(await service.ClearAsync(number, ct)))).RequireRoles(Roles.Storefront, Roles.Operations, Roles.SupplyChain);
        customs.MapPost("/rejected", async (string number, CustomsRejectRequest r, CustomsService service, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.Reason, "reason", 500).ThrowIfAny();
            return Results.Ok(View(await service.RejectAsync(number, r.Reason!, ct)));
        }).RequireRoles(Roles.Storefront, Roles.Operations, Roles.SupplyChain);
    }

    private static object View(CustomsDeclaration d) =>
        new { d.OrderNumber, d.DeclarationNumber, status = d.Status.ToString().ToLowerInvariant(), d.SubmittedAt, d.DecidedAt, d.RejectionReason };
}
