using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing.Coupons;

/// <summary>Redemption statistics of every coupon promotion that has issued codes, newest promotion first.</summary>
public sealed class CouponStatisticsQuery(CommerceDbContext db, TimeProvider time)
{
    public async Task<List<CouponStatistics>> AllAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var counts = await db.IssuedCoupons.AsNoTracking()
            .GroupBy(c => c.PromotionId)
            .Select(g => new
            {
                PromotionId = g.Key,
                Issued = g.Count(),
                Redeemed = g.Count(c => c.RedeemedAt != null),
                Expired = g.Count(c => c.RedeemedAt == null && c.ExpiresAt <= now),
            })
            .ToListAsync(ct);
        var ids = counts.Select(c => c.PromotionId).ToList();
        var promotions = await db.Promotions.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        // The orders that used a personal code, with the discount their coupon gave (order_promotions) and their total;
        // added up here because SQLite cannot sum decimals.
        var orders = await (from c in db.IssuedCoupons.AsNoTracking()
                            where c.OrderId != null
                            join o in db.Orders.AsNoTracking() on c.OrderId equals o.Id
                            from p in o.Promotions
                            where p.PromotionId == c.PromotionId
                            select new { c.PromotionId, o.Total, Discount = p.Amount })
            .ToListAsync(ct);
        var byPromotion = orders.GroupBy(o => o.PromotionId).ToDictionary(g => g.Key, g => (Discount: g.Sum(o => o.Discount), Gmv: g.Sum(o => o.Total)));
        return [.. counts
            .Where(c => promotions.ContainsKey(c.PromotionId))
            .OrderByDescending(c => c.PromotionId)
            .Select(c =>
            {
                var p = promotions[c.PromotionId];
                var (discount, gmv) = byPromotion.GetValueOrDefault(c.PromotionId);
                return new CouponStatistics(p.Id, p.Code, p.Name, c.Issued, c.Redeemed, c.Expired,
                    c.Issued == 0 ? 0m : Math.Round((decimal)c.Redeemed / c.Issued, 4), discount, gmv);
            })];
    }
}
