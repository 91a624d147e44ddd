using System.Security.Cryptography;
using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Coupons;

/// <summary>
/// A personal coupon code: one customer's right to use a coupon promotion once, until it expires. At checkout the
/// code stands for the promotion's own code; redeeming it is one conditional update, so it is used once only.
/// </summary>
public sealed class IssuedCoupon
{
    public const int CodeLength = 12;
    // No 0/O, 1/I/L: codes are read aloud and typed from SMS.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private IssuedCoupon() { }

    public IssuedCoupon(long promotionId, long customerId, DateTimeOffset issuedAt, DateTimeOffset expiresAt, long? campaignId = null)
    {
        if (expiresAt <= issuedAt) throw new DomainException("A coupon expires after it is issued.", "validDays");
        Code = NewCode();
        PromotionId = promotionId;
        CustomerId = customerId;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
        CampaignId = campaignId;
    }

    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public long PromotionId { get; private set; }
    public long CustomerId { get; private set; }
    public long? CampaignId { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RedeemedAt { get; private set; }
    public long? OrderId { get; private set; }

    /// <summary>Why this customer cannot use the code now, or null when they can.</summary>
    public string? RefusalFor(long? customerId, DateTimeOffset at) =>
        customerId != CustomerId ? $"Coupon {Code} belongs to another customer."
        : RedeemedAt is not null ? $"Coupon {Code} has already been used."
        : at >= ExpiresAt ? $"Coupon {Code} expired at {ExpiresAt:O}."
        : null;

    private static string NewCode() => RandomNumberGenerator.GetString(Alphabet, CodeLength);
}
