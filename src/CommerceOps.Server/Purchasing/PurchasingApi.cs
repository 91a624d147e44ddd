using CommerceOps.Domain.Common;
using CommerceOps.Domain.Purchasing;
using CommerceOps.Domain.SupplyChain;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Purchasing;
using CommerceOps.Infrastructure.SupplyChain;
using CommerceOps.Server.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Purchasing;

/// <summary>Suppliers and their SKUs, purchase orders (draft → sent → received), the replenishment list and ABC × XYZ.</summary>
public static class PurchasingApi
{
    public sealed record SupplierRequest(string? Code, string? Name, double? LeadTimeDays, double? LeadTimeSdDays, int? MinimumOrderQuantity, int? PackSize);

    public sealed record SupplierItemRequest(int? MinimumOrderQuantity, int? PackSize, decimal? UnitCost);

    public sealed record LineRequest(string? Sku, int? Quantity);

    public sealed record PurchaseOrderRequest(string? Supplier, string? Warehouse, IReadOnlyList<LineRequest>? Lines);

    public sealed record ReceiptRequest(IReadOnlyList<LineRequest>? Lines);

    public sealed record AcceptRequest(string? Sku, string? Warehouse, int? Quantity);

    public sealed record PurchaseOrderView(
        string Number, string Supplier, string Warehouse, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt,
        DateTimeOffset? ReceivedAt, IEnumerable<object> Lines)
    {
        public static PurchaseOrderView From(PurchaseOrder o) => new(o.Number, o.SupplierCode, o.WarehouseCode, o.Status.ToWire(), o.CreatedAt,
            o.SentAt, o.ReceivedAt, o.Lines.Select(l => (object)new { sku = l.SkuCode, l.Quantity, l.ReceivedQuantity, l.UnitCost }));
    }

    public static void MapPurchasingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/purchasing").WithTags("Purchasing");

        group.MapGet("/suppliers", async (CommerceDbContext db, CancellationToken ct) =>
            await db.Suppliers.AsNoTracking().OrderBy(s => s.Code)
                .Select(s => new { s.Code, s.Name, s.LeadTimeDays, s.LeadTimeSdDays, s.MinimumOrderQuantity, s.PackSize }).ToListAsync(ct))
            .RequireRoles(Roles.SupplyChain, Roles.Operations, Roles.Analyst);

        group.MapPost("/suppliers", async (SupplierRequest r, PurchasingService service, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.Code, "code", 32).Text(r.Name, "name", 200)
                .Require(r.LeadTimeDays is >= 0 and <= 365, "leadTimeDays", "leadTimeDays is between 0 and 365.")
                .Require(r.LeadTimeSdDays is null or >= 0, "leadTimeSdDays", "leadTimeSdDays cannot be negative.")
                .ThrowIfAny();
            var s = await service.SaveSupplierAsync(r.Code!, r.Name!, r.LeadTimeDays!.Value, r.LeadTimeSdDays ?? 0, r.MinimumOrderQuantity ?? 1, r.PackSize ?? 1, ct);
            return Results.Ok(new { s.Code, s.Name, s.LeadTimeDays, s.LeadTimeSdDays, s.MinimumOrderQuantity, s.PackSize });
        }).RequireRoles(Roles.SupplyChain);

        group.MapPut("/suppliers/{code}/items/{sku}", async (string code, string sku, SupplierItemRequest r, PurchasingService service, CancellationToken ct) =>
        {
            var item = await service.SaveItemAsync(code, sku, new SupplyTerms(r.MinimumOrderQuantity ?? 1, r.PackSize ?? 1), r.UnitCost ?? 0m, ct);
            return Results.Ok(new { supplier = code, sku = item.SkuCode, item.MinimumOrderQuantity, item.PackSize, item.UnitCost });
        }).RequireRoles(Roles.SupplyChain);

        group.MapGet("/purchase-orders", async (string? status, CommerceDbContext db, CancellationToken ct) =>
        {
            var query = db.PurchaseOrders.AsNoTracking().Include(o => o.Lines).AsQueryable();
            if (status is not null)
            {
                if (!WireNames.TryParseWire<PurchaseOrderStatus>(status, out var parsed))
                    throw new DomainException($"'{status}' is not a purchase order status.", "status");
                query = query.Where(o => o.Status == parsed);
            }
            return (await query.OrderByDescending(o => o.Id).Take(500).ToListAsync(ct)).Select(PurchaseOrderView.From);
        }).RequireRoles(Roles.SupplyChain, Roles.Operations, Roles.Analyst);

        group.MapGet("/purchase-orders/{number}", async Task<IResult> (string number, CommerceDbContext db, CancellationToken ct) =>
            await db.PurchaseOrders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Number == number, ct) is { } order
                ? Results.Ok(PurchaseOrderView.From(order))
                : Results.Problem(title: $"Purchase order '{number}' does not exist.", statusCode: 404))
            .RequireRoles(Roles.SupplyChain, Roles.Operations, Roles.Analyst);

        group.MapPost("/purchase-orders", async (PurchaseOrderRequest r, PurchasingService service, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.Supplier, "supplier", 32).Text(r.Warehouse, "warehouse", 32)
                .Require(r.Lines is { Count: > 0 and <= 500 }, "lines", "lines has 1 to 500 entries.").ThrowIfAny();
            var order = await service.CreateDraftAsync(r.Supplier!, r.Warehouse!, Lines(r.Lines!), ct);
            return Results.Created($"/api/v1/purchasing/purchase-orders/{order.Number}", PurchaseOrderView.From(order));
        }).RequireRoles(Roles.SupplyChain);

        group.MapPost("/purchase-orders/{number}/send", async (string number, PurchasingService service, CancellationToken ct) =>
            Results.Ok(PurchaseOrderView.From(await service.SendAsync(number, ct)))).RequireRoles(Roles.SupplyChain);

        group.MapPost("/purchase-orders/{number}/cancel", async (string number, PurchasingService service, CancellationToken ct) =>
            Results.Ok(PurchaseOrderView.From(await service.CancelAsync(number, ct)))).RequireRoles(Roles.SupplyChain);

        group.MapPost("/purchase-orders/{number}/receipts", async (string number, ReceiptRequest r, PurchasingService service, CancellationToken ct) =>
        {
            new RequestValidation().Require(r.Lines is { Count: > 0 and <= 500 }, "lines", "lines has 1 to 500 entries.").ThrowIfAny();
            return Results.Ok(PurchaseOrderView.From(await service.ReceiveAsync(number, Lines(r.Lines!), ct)));
        }).RequireRoles(Roles.SupplyChain);

        group.MapPost("/replenishment/accept", async (AcceptRequest r, PurchasingService service, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.Sku, "sku", 64).Text(r.Warehouse, "warehouse", 32)
                .Require(r.Quantity is > 0 and <= 1_000_000, "quantity", "quantity is between 1 and 1,000,000.").ThrowIfAny();
            return Results.Ok(PurchaseOrderView.From(await service.AcceptSuggestionAsync(r.Sku!, r.Warehouse!, r.Quantity!.Value, ct)));
        }).RequireRoles(Roles.SupplyChain);

        group.MapGet("/replenishment", async (string? warehouse, DateOnly? asOf, int? window, bool? toOrderOnly,
            CommerceDbContext db, AnalyticsStore analytics, TimeProvider time, CancellationToken ct) =>
        {
            using var connection = analytics.OpenConnection();
            var day = asOf ?? SalesHistory.LastDay(connection) ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var request = ReplenishmentRequest.For(day, window ?? ReplenishmentRequest.DefaultWindowDays);
            _ = request.Classification;
            await new StockPositionLoader(db).LoadAsync(connection, ct);
            return ReplenishmentList.Compute(connection, request)
                .Where(l => (warehouse is null || l.Warehouse == warehouse) && (toOrderOnly != true || l.Suggestion.SuggestedQuantity > 0))
                .Take(5000)
                .Select(l => new
                {
                    l.Sku, l.Warehouse, abc = l.Abc.ToString(), xyz = l.Xyz.ToString(), l.Stock.OnHand, l.Stock.Reserved, l.Stock.InTransit,
                    dailyDemand = l.Demand.MeanPerDay, l.Suggestion.DaysOfCover, l.Supplier, leadTimeDays = l.LeadTime.MeanDays,
                    l.Suggestion.SafetyStock, l.Suggestion.ReorderPoint, l.Suggestion.OrderUpTo, l.Suggestion.SuggestedQuantity,
                    l.Suggestion.ClearanceCandidate, l.Suggestion.Why,
                }).ToList();
        }).RequireRoles(Roles.SupplyChain, Roles.Operations, Roles.Analyst);

        group.MapGet("/abc-xyz", async (DateOnly from, DateOnly to, string? by, CommerceDbContext db, AnalyticsStore analytics, CancellationToken ct) =>
        {
            var request = ClassificationRequest.For(from, to) with { Basis = AbcBasisNames.Parse(by, "by") };
            using var connection = analytics.OpenConnection();
            if (request.Basis == AbcBasis.Margin) await SkuCosts.LoadAsync(db, connection, ct);
            return SkuClassifier.Matrix(connection, request)
                .Select(c => new { abc = c.Abc.ToString(), xyz = c.Xyz.ToString(), c.Skus, c.Value, c.Share }).ToList();
        }).RequireRoles(Roles.SupplyChain, Roles.Operations, Roles.Analyst);
    }

    private static List<(string Sku, int Quantity)> Lines(IReadOnlyList<LineRequest> lines)
    {
        var validation = new RequestValidation();
        for (var i = 0; i < lines.Count; i++)
            validation.Text(lines[i].Sku, $"lines[{i}].sku", 64)
                .Require(lines[i].Quantity is > 0 and <= 1_000_000, $"lines[{i}].quantity", "quantity is between 1 and 1,000,000.");
        validation.ThrowIfAny();
        return lines.Select(l => (l.Sku!, l.Quantity!.Value)).ToList();
    }
}
