namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>A cart to price: its lines at list price, who buys, through which channel, with which coupon codes.</summary>
public sealed record PricingRequest(
    IReadOnlyList<PricingLine> Lines,
    PricingCustomer Customer,
    string Channel,
    DateTimeOffset At,
    IReadOnlySet<string>? CouponCodes = null,
    decimal ShippingFee = 0m,
    PromotionUsage? Usage = null);

/// <summary>A cart line at list price. Category is the category code; brand the brand name, when the product has one.</summary>
public sealed record PricingLine(string Sku, string Category, string? Brand, int Quantity, decimal UnitPrice)
{
    public decimal OriginalAmount => Common.Money.Round(UnitPrice * Quantity);
}

/// <summary>The buyer; <see cref="Id"/> is null for an anonymous preview (per-user limits then count no earlier use).</summary>
public sealed record PricingCustomer(long? Id, string MembershipTier, bool IsNewCustomer, IReadOnlySet<string> Segments)
{
    public static readonly PricingCustomer Anonymous = new(null, Customers.MembershipTiers.Regular, false, new HashSet<string>());
}
