using CommerceOps.Domain.Compliance;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Compliance;

/// <summary>Checks a stored promotion against the price and platform rules on the data in the store (publishing and <c>price-check</c>).</summary>
public sealed class PromotionPriceRules(CommerceDbContext db, PriceRuleSettings settings)
{
    public async Task<List<PriceFinding>> CheckAsync(Promotion promotion, CancellationToken ct)
    {
        var rules = promotion.Rules;
        var skus = rules.Period is { } period ? await new PromotionPriceFacts(db).LoadAsync(rules, period.StartsAt, ct) : [];
        var campaign = rules.CampaignRule is { } code ? await db.CampaignRules.AsNoTracking().SingleOrDefaultAsync(r => r.Code == code, ct) : null;
        return PromotionPriceCheck.Check(promotion.Code, promotion.Name, rules, skus, campaign, settings);
    }
}
