namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// A priced cart and its explanation: every line with its original amount and the discount each promotion
/// allocated to it, every promotion applied with its amount, every promotion not applied with the reason.
/// </summary>
public sealed record PricedCart(
    IReadOnlyList<PricedLine> Lines,
    IReadOnlyList<AppliedPromotion> Applied,
    IReadOnlyList<SkippedPromotion> NotApplied,
    IReadOnlyList<GrantedGift> Gifts,
    decimal ShippingFee,
    decimal ShippingDiscount)
{
    public decimal OriginalAmount => Lines.Sum(l => l.OriginalAmount);
    public decimal ItemDiscount => Lines.Sum(l => l.Discount);
    public decimal Discount => ItemDiscount + ShippingDiscount;
    public decimal Total => Lines.Sum(l => l.FinalAmount) + ShippingFee - ShippingDiscount;
}

public sealed record PricedLine(string Sku, int Quantity, decimal UnitPrice, decimal OriginalAmount, IReadOnlyList<LineDiscount> Discounts)
{
    public decimal Discount => Discounts.Sum(d => d.Amount);
    public decimal FinalAmount => OriginalAmount - Discount;
}

/// <summary>The part of one promotion's discount allocated to one line (what a refund of that line gives back).</summary>
public sealed record LineDiscount(long PromotionId, string PromotionCode, decimal Amount);

public sealed record AppliedPromotion(long Id, string Code, string Name, PromotionGroup Group, string Type, decimal Amount, string Detail);

public sealed record SkippedPromotion(
    long Id, string Code, string Name, PromotionGroup Group, NotAppliedReason Reason, string Message,
    decimal? Shortfall = null, string? LostTo = null);

/// <summary>A free item the cart earned; checkout adds it as a line fully discounted by the promotion.</summary>
public sealed record GrantedGift(long PromotionId, string PromotionCode, string Sku, int Quantity);
