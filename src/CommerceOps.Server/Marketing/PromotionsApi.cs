using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Server.Hosting;
using CommerceOps.Server.Ordering;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Marketing;

/// <summary>
/// Promotions for the marketing team (create, revise, publish, end, simulate A against B) and the pricing preview
/// for storefronts: a cart priced with the active promotions and the explanation of every one of them.
/// </summary>
public static class PromotionsApi
{
    public sealed record PromotionRequest(string? Code, string? Name, PromotionRules? Rules);

    public sealed record PromotionSetRequest(List<long>? PromotionIds, List<PromotionRequest>? Promotions);

    public sealed record SimulationRequest(
        string? CustomerCode, string? Channel, List<string>? CouponCodes, List<LineRequest>? Lines, PromotionSetRequest? SetA, PromotionSetRequest? SetB,
        decimal? ShippingFee = null);

    /// <summary><see cref="ShippingFee"/>: the fee the storefront quotes, so the preview can show free shipping (orders carry no fee yet).</summary>
    public sealed record CartPriceRequest(string? Channel, List<string>? CouponCodes, decimal? ShippingFee = null);

    public sealed record PromotionView(
        long Id, string Code, string Name, PromotionStatus Status, PromotionGroup Group, PromotionRules Rules,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? EndedAt, int Version)
    {
        public static PromotionView From(Promotion p) =>
            new(p.Id, p.Code, p.Name, p.Status, p.Rules.Group, p.Rules, p.CreatedAt, p.UpdatedAt, p.PublishedAt, p.EndedAt, p.Version);
    }

    public static void MapPromotionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/promotions").WithTags("Promotions").RequireRoles(Roles.Marketing);

        group.MapGet("/", async (PromotionStatus? status, PromotionService promotions, CancellationToken ct) =>
            (await promotions.ListAsync(status, ct)).Select(PromotionView.From));

        group.MapGet("/{id:long}", async (long id, PromotionService promotions, CancellationToken ct) =>
            PromotionView.From(await promotions.GetAsync(id, ct)));

        group.MapPost("/", async (PromotionRequest request, PromotionService promotions, CancellationToken ct) =>
        {
            var created = await promotions.CreateAsync(request.Code ?? "", request.Name ?? "", Required(request.Rules), ct);
            return Results.Created($"/api/v1/promotions/{created.Id}", PromotionView.From(created));
        });

        group.MapPut("/{id:long}", async (long id, PromotionRequest request, PromotionService promotions, CancellationToken ct) =>
            PromotionView.From(await promotions.ReviseAsync(id, request.Name ?? "", Required(request.Rules), ct)));

        group.MapPost("/{id:long}/publish", async (long id, PromotionService promotions, CancellationToken ct) =>
            PromotionView.From(await promotions.PublishAsync(id, ct)));

        group.MapPost("/{id:long}/end", async (long id, PromotionService promotions, CancellationToken ct) =>
            PromotionView.From(await promotions.EndAsync(id, ct)));

        group.MapPost("/simulate", async (SimulationRequest request, CommerceDbContext db, CartPricer pricer, CancellationToken ct) =>
        {
            var lines = ValidLines(request.Lines, request.Channel, request.ShippingFee);
            var customer = request.CustomerCode is null ? null : await FindCustomerAsync(db, request.CustomerCode, ct);
            var a = await SetAsync(db, request.SetA, "setA", ct);
            var b = await SetAsync(db, request.SetB, "setB", ct);
            var union = PromotionSet.Of(a.Definitions.Concat(b.Definitions).Where(d => d.Id > 0).DistinctBy(d => d.Id));
            var pricing = await pricer.RequestAsync(customer, request.Channel ?? Channels.Organic, await pricer.CatalogLinesAsync(lines, ct), request.CouponCodes, union, ct);
            return PromotionSimulator.Compare(pricing with { ShippingFee = request.ShippingFee ?? 0m }, a, b);
        });

        api.MapPost("/carts/{id:guid}/price", async (Guid id, CartPriceRequest request, CommerceDbContext db, CartPricer pricer, CancellationToken ct) =>
        {
            new RequestValidation()
                .Require(request.Channel is null || Channels.All.Contains(request.Channel), "channel", $"channel is one of {string.Join(", ", Channels.All)}.")
                .Require(IsFee(request.ShippingFee), "shippingFee", "shippingFee is an amount in fen, 0 or more.")
                .ThrowIfAny();
            var cart = await db.Carts.AsNoTracking().Include(c => c.Lines).SingleOrDefaultAsync(c => c.Id == id, ct)
                ?? throw new NotFoundException("The cart does not exist.");
            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == cart.CustomerId, ct);
            var lines = await pricer.CatalogLinesAsync(cart.Lines.Select(l => new RequestedLine(l.SkuCode, l.Quantity)).ToList(), ct);
            var set = await pricer.ActiveSetAsync(ct);
            var pricing = await pricer.RequestAsync(customer, request.Channel ?? Channels.Organic, lines, request.CouponCodes, set, ct);
            return PromotionEngine.Price(pricing with { ShippingFee = request.ShippingFee ?? 0m }, set);
        }).WithTags("Carts").RequireRoles(Roles.Storefront, Roles.Marketing);
    }

    private static PromotionRules Required(PromotionRules? rules) =>
        rules ?? throw new RequestValidationException(new() { ["rules"] = ["rules is required."] });

    private static bool IsFee(decimal? fee) => fee is null || (fee >= 0 && fee <= 100_000m && decimal.Round(fee.Value, 2) == fee);

    private static List<RequestedLine> ValidLines(List<LineRequest>? lines, string? channel, decimal? shippingFee)
    {
        var v = new RequestValidation()
            .Require(IsFee(shippingFee), "shippingFee", "shippingFee is an amount in fen, 0 or more.")
            .Require(channel is null || Channels.All.Contains(channel), "channel", $"channel is one of {string.Join(", ", Channels.All)}.")
            .Require(lines is { Count: > 0 and <= Domain.Ordering.Order.MaxLines }, "lines", $"A cart has 1 to {Domain.Ordering.Order.MaxLines} lines.");
        for (var i = 0; i < (lines?.Count ?? 0); i++)
            v.Text(lines![i].Sku, $"lines[{i}].sku", 64)
                .Require(lines[i].Quantity is >= 1 and <= Domain.Ordering.Order.MaxQuantityPerLine, $"lines[{i}].quantity", "quantity is between 1 and 9999.");
        v.ThrowIfAny();
        return lines!.Select(l => new RequestedLine(l.Sku!, l.Quantity!.Value)).ToList();
    }

    private static async Task<Customer> FindCustomerAsync(CommerceDbContext db, string code, CancellationToken ct) =>
        await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct)
            ?? throw new NotFoundException($"Customer '{code}' does not exist.", "customerCode");

    /// <summary>Stored promotions by id (any status: drafts can be tried) plus inline drafts, which get negative ids.</summary>
    private static async Task<PromotionSet> SetAsync(CommerceDbContext db, PromotionSetRequest? request, string field, CancellationToken ct)
    {
        var ids = request?.PromotionIds ?? [];
        var stored = await db.Promotions.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        if (ids.Except(stored.Select(p => p.Id)).FirstOrDefault() is var missing and not 0)
            throw new NotFoundException($"Promotion {missing} does not exist.", $"{field}.promotionIds");
        var definitions = stored.Select(p => p.ToDefinition()).ToList();
        var inline = request?.Promotions ?? [];
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < inline.Count; i++)
        {
            foreach (var (key, messages) in PromotionRulesValidator.DraftProblems(inline[i].Code, inline[i].Name, inline[i].Rules))
                errors[$"{field}.promotions[{i}].{key}"] = messages;
            if (inline[i].Rules is { } rules) definitions.Add(new PromotionDefinition(-(i + 1), inline[i].Code ?? "", inline[i].Name ?? "", rules));
        }
        PromotionRulesValidator.ThrowIfAny(errors, "An inline promotion is not valid.");
        return PromotionSet.Of(definitions);
    }
}
