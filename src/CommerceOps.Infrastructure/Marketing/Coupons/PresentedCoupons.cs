using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Coupons;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing.Coupons;

/// <summary>
/// Turns the codes a buyer presents into the coupon codes the engine knows: a personal code stands for its
/// promotion's code when it is the buyer's, unused and unexpired (otherwise the cart is refused with the reason);
/// a personal coupon's own promotion code is not accepted; other codes pass through unchanged.
/// </summary>
public sealed class PresentedCoupons(CommerceDbContext db)
{
    public async Task<IReadOnlySet<string>?> ResolveAsync(IEnumerable<string>? presented, long? customerId, PromotionSet set, DateTimeOffset at, CancellationToken ct)
    {
        var codes = presented?.Select(c => c.Trim()).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (codes is null || codes.Count == 0) return codes;
        var personalCoupons = set.Definitions.Where(d => d.Rules.Benefit is CouponDiscount { Personal: true }).ToDictionary(d => d.Id);
        var issued = await IssuedAsync(codes, ct);
        var resolved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (issued.TryGetValue(code, out var coupon))
            {
                if (coupon.RefusalFor(customerId, at) is { } refusal) throw new DomainException(refusal, "couponCodes");
                if (set.Definitions.FirstOrDefault(d => d.Id == coupon.PromotionId)?.Rules.Benefit is CouponDiscount benefit) resolved.Add(benefit.Code);
            }
            else if (!personalCoupons.Values.Any(d => ((CouponDiscount)d.Rules.Benefit).Code == code))
            {
                resolved.Add(code);
            }
        }
        return resolved;
    }

    /// <summary>The presented codes that are personal codes (redeemed when their promotion is applied to the order).</summary>
    public async Task<List<IssuedCoupon>> PersonalAsync(IEnumerable<string>? presented, CancellationToken ct)
    {
        var codes = presented?.Select(c => c.Trim()).Where(c => c.Length == IssuedCoupon.CodeLength).ToHashSet(StringComparer.Ordinal);
        return codes is null || codes.Count == 0 ? [] : [.. (await IssuedAsync(codes, ct)).Values];
    }

    private async Task<Dictionary<string, IssuedCoupon>> IssuedAsync(HashSet<string> codes, CancellationToken ct)
    {
        var candidates = codes.Where(c => c.Length == IssuedCoupon.CodeLength).ToList();
        return candidates.Count == 0 ? [] : await db.IssuedCoupons.AsNoTracking().Where(c => candidates.Contains(c.Code)).ToDictionaryAsync(c => c.Code, ct);
    }
}
