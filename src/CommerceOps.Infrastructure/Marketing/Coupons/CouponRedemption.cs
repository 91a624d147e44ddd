using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing.Coupons;

/// <summary>
/// Marks the personal codes an order used, inside the order's transaction. One conditional update per code: of two
/// orders racing with the same code only one changes the row; the other is refused and rolled back.
/// </summary>
public sealed class CouponRedemption(CommerceDbContext db, PresentedCoupons presented)
{
    public async Task RedeemAsync(IEnumerable<string>? couponCodes, IReadOnlyCollection<AppliedPromotion> applied, long customerId, long orderId,
        DateTimeOffset at, CancellationToken ct)
    {
        var appliedIds = applied.Select(a => a.Id).ToHashSet();
        foreach (var coupon in await presented.PersonalAsync(couponCodes, ct))
        {
            if (!appliedIds.Contains(coupon.PromotionId)) continue; // presented but not used (e.g. minimum spend not reached): stays valid
            var code = coupon.Code;
            var redeemed = await db.IssuedCoupons
                .Where(c => c.Code == code && c.CustomerId == customerId && c.RedeemedAt == null && c.ExpiresAt > at)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.RedeemedAt, at).SetProperty(c => c.OrderId, orderId), ct);
            if (redeemed == 0) throw new DomainException($"Coupon {code} was used by another order in the meantime or has expired.", "couponCodes");
        }
    }
}
