using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Marketing.Coupons;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// Feeds the pure promotion engine from the store: catalog prices, the buyer (tier, first order), what the buyer
/// and each promotion have used so far, and the cached active set. Used by checkout and the pricing preview.
/// </summary>
public sealed class CartPricer(CommerceDbContext db, ActivePromotions active, PresentedCoupons coupons, TimeProvider time)
{
    public ValueTask<PromotionSet> ActiveSetAsync(CancellationToken ct) => active.GetAsync(ct);

    /// <summary>Lines at today's catalog prices; unknown or unpublished SKUs are refused with the line's field key.</summary>
    public async Task<List<PricingLine>> CatalogLinesAsync(IReadOnlyList<RequestedLine> lines, CancellationToken ct)
    {
        var codes = lines.Select(l => l.Sku).Distinct().ToList();
        var found = await (from s in db.Skus
                           join p in db.Products on s.ProductId equals p.Id
                           join c in db.Categories on p.CategoryId equals c.Id
                           where codes.Contains(s.Code) && p.IsPublished
                           select new { s.Code, s.Price, Category = c.Code, Brand = db.Brands.Where(b => b.Id == p.BrandId).Select(b => b.Name).FirstOrDefault() })
            .ToDictionaryAsync(x => x.Code, ct);
        var priced = new List<PricingLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!found.TryGetValue(lines[i].Sku, out var sku))
                throw new NotFoundException($"SKU '{lines[i].Sku}' does not exist or is not for sale.", $"lines[{i}].sku");
            priced.Add(new PricingLine(sku.Code, sku.Category, sku.Brand, lines[i].Quantity, sku.Price));
        }
        return priced;
    }

    /// <summary>
    /// The pricing request for a buyer (null: anonymous preview), with their usage of the promotions in <paramref name="set"/>.
    /// Personal coupon codes are checked (the buyer's, unused, unexpired) and stand for their promotion's code.
    /// </summary>
    public async Task<PricingRequest> RequestAsync(
        Customer? customer, string channel, IReadOnlyList<PricingLine> lines, IEnumerable<string>? couponCodes, PromotionSet set, CancellationToken ct)
    {
        if (set.Count == 0) return new PricingRequest(lines, PricingCustomer.Anonymous, channel, time.GetUtcNow());
        var buyer = customer is null
            ? PricingCustomer.Anonymous
            : new PricingCustomer(customer.Id, customer.MembershipTier, !await db.Orders.AnyAsync(o => o.CustomerId == customer.Id, ct), new HashSet<string>());
        var now = time.GetUtcNow();
        return new PricingRequest(lines, buyer, channel, now, await coupons.ResolveAsync(couponCodes, customer?.Id, set, now, ct),
            Usage: await UsageAsync(customer?.Id, set, ct));
    }

    private async Task<PromotionUsage> UsageAsync(long? customerId, PromotionSet set, CancellationToken ct)
    {
        var ids = set.Definitions.Select(d => d.Id).ToList();
        var uses = customerId is null
            ? []
            : await db.PromotionCustomerUses.AsNoTracking().Where(u => u.CustomerId == customerId && ids.Contains(u.PromotionId))
                .ToDictionaryAsync(u => u.PromotionId, u => u.Uses, ct);
        var spent = await db.PromotionCounters.AsNoTracking().Where(c => ids.Contains(c.PromotionId))
            .ToDictionaryAsync(c => c.PromotionId, c => c.SpentFen / 100m, ct);
        return new PromotionUsage(uses, spent);
    }
}
