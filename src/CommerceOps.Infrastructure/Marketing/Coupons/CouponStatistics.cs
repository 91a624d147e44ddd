namespace CommerceOps.Infrastructure.Marketing.Coupons;

/// <summary>
/// One coupon promotion's personal codes: how many were issued, redeemed (used by an order) and expired unused; the
/// redemption rate (redeemed ÷ issued); the discount the coupon gave on those orders and their GMV (order totals).
/// </summary>
public sealed record CouponStatistics(
    long PromotionId, string Code, string Name, int Issued, int Redeemed, int ExpiredUnused, decimal RedemptionRate, decimal DiscountGiven, decimal Gmv);
