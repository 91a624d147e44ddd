using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Coupons;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing.Coupons;

/// <summary>
/// Issues personal codes of a published coupon promotion. A code expires after the days given or when the
/// promotion's period ends, whichever comes first. Joins the caller's unit of work (it only adds rows).
/// </summary>
public sealed class CouponIssuer(CommerceDbContext db)
{
    public const int MaxValidDays = 365;

    /// <summary>The promotion, checked to be a published coupon still running at <paramref name="now"/>.</summary>
    public async Task<Promotion> CouponPromotionAsync(long promotionId, DateTimeOffset now, string field, CancellationToken ct)
    {
        var promotion = await db.Promotions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == promotionId, ct)
            ?? throw new NotFoundException($"Promotion {promotionId} does not exist.", field);
        if (promotion.Rules.Benefit is not CouponDiscount) throw new DomainException($"Promotion {promotion.Code} is not a coupon.", field);
        if (promotion.Status != PromotionStatus.Published) throw new DomainException($"Coupon {promotion.Code} is not published.", field);
        if (promotion.Rules.Period is { } period && period.EndsAt <= now) throw new DomainException($"Coupon {promotion.Code} has ended.", field);
        return promotion;
    }

    public IssuedCoupon Issue(Promotion promotion, long customerId, int validDays, DateTimeOffset now, long? campaignId = null)
    {
        if (validDays is < 1 or > MaxValidDays) throw new DomainException($"A coupon is valid 1 to {MaxValidDays} days.", "validDays");
        var expires = now.AddDays(validDays);
        if (promotion.Rules.Period is { } period && period.EndsAt < expires) expires = period.EndsAt;
        var coupon = new IssuedCoupon(promotion.Id, customerId, now, expires.ToUniversalTime(), campaignId);
        db.IssuedCoupons.Add(coupon);
        return coupon;
    }
}
