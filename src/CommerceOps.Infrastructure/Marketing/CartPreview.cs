using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>A cart to try in the console: SKUs and quantities, the channel, the coupon codes presented and the quoted shipping fee.</summary>
public sealed record PreviewCart(IReadOnlyList<RequestedLine> Lines, string Channel, IReadOnlyList<string> CouponCodes, decimal ShippingFee);

/// <summary>
/// The console's stacking preview and simulator, for an anonymous buyer: a cart priced with the active promotions and its
/// explanation, and the same cart under two chosen sets of stored promotions (any status, so drafts can be tried), as
/// <c>POST /promotions/simulate</c> prices them.
/// </summary>
public sealed class CartPreview(CommerceDbContext db, CartPricer pricer)
{
    public async Task<PricedCart> PriceWithActiveAsync(PreviewCart cart, CancellationToken ct)
    {
        var set = await pricer.ActiveSetAsync(ct);
        var request = await RequestAsync(cart, set, ct);
        return PromotionEngine.Price(request, set);
    }

    public async Task<SimulationResult> CompareAsync(PreviewCart cart, IReadOnlyCollection<long> setA, IReadOnlyCollection<long> setB, CancellationToken ct)
    {
        var ids = setA.Concat(setB).Distinct().ToList();
        var stored = (await db.Promotions.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct)).ToDictionary(p => p.Id, p => p.ToDefinition());
        var a = PromotionSet.Of(setA.Where(stored.ContainsKey).Select(id => stored[id]));
        var b = PromotionSet.Of(setB.Where(stored.ContainsKey).Select(id => stored[id]));
        var request = await RequestAsync(cart, PromotionSet.Of(stored.Values), ct);
        return PromotionSimulator.Compare(request, a, b);
    }

    private async Task<PricingRequest> RequestAsync(PreviewCart cart, PromotionSet set, CancellationToken ct)
    {
        var lines = await pricer.CatalogLinesAsync(cart.Lines, ct);
        var request = await pricer.RequestAsync(null, cart.Channel, lines, cart.CouponCodes, set, ct);
        return request with { ShippingFee = cart.ShippingFee };
    }
}
