namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// The published stacking order: groups are applied in this order, each on the amounts the earlier groups left
/// (docs/promotions.md). The numeric values are the order and must not be reshuffled.
/// </summary>
public enum PromotionGroup
{
    /// <summary>Per-item prices: percentage, direct discount, member price, buy N get M, bundle.</summary>
    Item = 0,
    /// <summary>Order-level: threshold discounts (满减), gifts with purchase.</summary>
    Order = 1,
    /// <summary>Coupons the customer presents.</summary>
    Coupon = 2,
    /// <summary>The shipping fee.</summary>
    Shipping = 3,
}
