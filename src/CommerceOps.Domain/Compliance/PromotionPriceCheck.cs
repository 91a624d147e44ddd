using System.Globalization;
using CommerceOps.Domain.Marketing.Promotions;

namespace CommerceOps.Domain.Compliance;

/// <summary>
/// Every price and platform rule a promotion must pass before it is published (SPEC.md section B and E):
/// PRC-COND-004 (the conditions are stated), PRC-BASE-001 (the crossed-out price is not above the 7-day lowest transaction
/// price unless the baseline is stated), PRC-HIKE-002 (no list-price rise just before the discount) and PLAT-PROMO-002 (a
/// promotion under a campaign starts when the campaign's published rule is in effect).
/// </summary>
public static class PromotionPriceCheck
{
    /// <summary>The fields PRC-COND-004 requires, with the validator's field keys.</summary>
    public static readonly IReadOnlyList<string> ConditionFields =
        ["rules.period", "rules.eligibility", "rules.stacking", "rules.limits", "rules.scope.excludedSkus"];

    /// <param name="campaign">The campaign rule named by <see cref="PromotionRules.CampaignRule"/>, or null when it does not exist.</param>
    public static List<PriceFinding> Check(
        string code, string name, PromotionRules rules, IReadOnlyList<SkuPriceFacts> skus, CampaignRule? campaign, PriceRuleSettings settings)
    {
        var problems = PromotionRulesValidator.PublishProblems(code, name, rules);
        var findings = ConditionFields.Where(problems.ContainsKey)
            .Select(field => new PriceFinding(PriceRuleIds.Conditions, FindingSeverity.Block, field, problems[field][0]))
            .ToList();
        if (rules.Period is not { } period) return findings;

        // A free-shipping promotion shows no item price, so there is no crossed-out price to compare.
        if (rules.Group != PromotionGroup.Shipping)
        {
            foreach (var sku in skus)
            {
                if (sku.ListPriceAt(period.StartsAt) is { } reference
                    && ReferencePriceRule.Check(sku.Sku, reference, !string.IsNullOrWhiteSpace(rules.StatedBaseline), sku.Transactions, period.StartsAt) is { } baseline)
                    findings.Add(baseline);
                if (settings.Hike.Check(sku.Sku, sku.ListPrices, period.StartsAt) is { } hike) findings.Add(hike);
            }
        }

        if (rules.CampaignRule is { } campaignCode && CampaignProblem(campaignCode, campaign, period) is { } message)
            findings.Add(new PriceFinding(PriceRuleIds.CampaignRules, FindingSeverity.Block, campaignCode, message));
        return findings;
    }

    private static string? CampaignProblem(string code, CampaignRule? campaign, PromotionPeriod period) => campaign switch
    {
        null => $"Campaign rule '{code}' does not exist.",
        { IsPublished: false } => $"Campaign rule '{code}' is not published: its rules must be public before a promotion runs under it.",
        _ when period.StartsAt < campaign.EffectiveAt => string.Create(CultureInfo.InvariantCulture,
            $"The promotion starts {period.StartsAt:yyyy-MM-dd HH:mm}, before campaign rule '{code}' takes effect ({campaign.EffectiveAt:yyyy-MM-dd HH:mm})."),
        _ => null,
    };

    /// <summary>Throws <see cref="PriceRulesRefusedException"/> when any finding blocks; WARN findings alone go to review.</summary>
    public static void ThrowIfBlocked(IReadOnlyList<PriceFinding> findings, string code, string name, PromotionRules rules)
    {
        if (!findings.Any(f => f.Severity == FindingSeverity.Block)) return;
        var problems = PromotionRulesValidator.PublishProblems(code, name, rules);
        throw new PriceRulesRefusedException(
            $"The promotion breaks {findings.Count(f => f.Severity == FindingSeverity.Block)} price rule(s) and cannot be published.", findings, problems);
    }
}
