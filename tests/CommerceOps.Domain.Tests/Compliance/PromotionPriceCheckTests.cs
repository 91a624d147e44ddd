using CommerceOps.Domain.Compliance;
using CommerceOps.Domain.Marketing.Promotions;

namespace CommerceOps.Domain.Tests.Compliance;

/// <summary>The price rules a promotion passes before publication, with the rule id of each finding.</summary>
public class PromotionPriceCheckTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 11, 0, 0, 0, TimeSpan.FromHours(8));

    private static PromotionRules Complete(string? statedBaseline = null, string? campaign = null, PromotionBenefit? benefit = null) => new(
        benefit ?? new PercentageDiscount(20m),
        new PromotionPeriod(Start, Start.AddDays(3)),
        new PromotionScope(Skus: ["TENT-2"], ExcludedSkus: []),
        PromotionEligibility.Everyone,
        Stacking.Stackable,
        Limits: new PromotionLimits(2, 10_000m),
        StatedBaseline: statedBaseline,
        CampaignRule: campaign);

    /// <summary>Listed at 100 since the summer, sold at 100 and (in an earlier promotion) at 80 three days before the start.</summary>
    private static readonly SkuPriceFacts Tent = new("TENT-2",
        [new ListPrice(Start.AddDays(-120), 100m)],
        [new Transaction(Start.AddDays(-5), 100m), new Transaction(Start.AddDays(-3), 80m)]);

    private static List<PriceFinding> Check(PromotionRules rules, IReadOnlyList<SkuPriceFacts>? skus = null, CampaignRule? campaign = null, PriceRuleSettings? settings = null) =>
        PromotionPriceCheck.Check("P-1", "双11 帐篷", rules, skus ?? [Tent], campaign, settings ?? PriceRuleSettings.Default);

    [Fact]
    public void A_promotion_missing_its_conditions_gets_one_PRC_COND_004_finding_per_missing_field()
    {
        var findings = Check(new PromotionRules(new PercentageDiscount(20m)));

        Assert.All(findings, f => Assert.Equal((PriceRuleIds.Conditions, FindingSeverity.Block), (f.RuleId, f.Severity)));
        Assert.Equal(["rules.eligibility", "rules.limits", "rules.period", "rules.scope.excludedSkus", "rules.stacking"], findings.Select(f => f.Subject).Order());
    }

    [Fact]
    public void The_list_price_above_the_7_day_lowest_transaction_price_is_PRC_BASE_001_unless_the_baseline_is_stated()
    {
        var finding = Assert.Single(Check(Complete()));
        Assert.Equal((PriceRuleIds.Baseline, FindingSeverity.Block, "TENT-2"), (finding.RuleId, finding.Severity, finding.Subject));
        Assert.Contains("80.00", finding.Message);

        Assert.Empty(Check(Complete(statedBaseline: "厂商建议零售价 100")));
        var soldAtList = Tent with { Transactions = [new Transaction(Start.AddDays(-5), 100m)] };
        Assert.Empty(Check(Complete(), [soldAtList]));
    }

    [Fact]
    public void Free_shipping_shows_no_crossed_out_price_so_the_baseline_rule_does_not_apply()
    {
        Assert.Empty(Check(Complete(benefit: new FreeShipping(99m))));
    }

    [Fact]
    public void A_list_price_raised_within_the_window_is_PRC_HIKE_002_with_the_configured_severity()
    {
        var raised = new SkuPriceFacts("TENT-2", [new ListPrice(Start.AddDays(-120), 100m), new ListPrice(Start.AddDays(-10), 125m)], []);

        var blocked = Assert.Single(Check(Complete(), [raised]));
        Assert.Equal((PriceRuleIds.Hike, FindingSeverity.Block), (blocked.RuleId, blocked.Severity));
        var review = Assert.Single(Check(Complete(), [raised], settings: new PriceRuleSettings(HikeSeverity: FindingSeverity.Warn)));
        Assert.Equal((PriceRuleIds.Hike, FindingSeverity.Warn), (review.RuleId, review.Severity));
        Assert.Empty(Check(Complete(), [raised], settings: new PriceRuleSettings(HikePercent: 30m)));
        Assert.Empty(Check(Complete(), [raised], settings: new PriceRuleSettings(HikeWindowDays: 7)));
    }

    [Fact]
    public void The_reference_price_is_the_list_price_in_force_at_the_start()
    {
        var facts = new SkuPriceFacts("S", [new ListPrice(Start.AddDays(-50), 90m), new ListPrice(Start.AddDays(-40), 100m), new ListPrice(Start.AddDays(1), 200m)], []);
        Assert.Equal(100m, facts.ListPriceAt(Start));
        Assert.Equal(90m, facts.ListPriceAt(Start.AddDays(-60))); // listed after the start: its first price is what it showed
        Assert.Null((facts with { ListPrices = [] }).ListPriceAt(Start));
    }

    [Fact]
    public void A_promotion_under_a_campaign_needs_the_published_rule_in_effect_PLAT_PROMO_002()
    {
        var published = Start.AddDays(-10);
        var campaign = CampaignRule.Draft("double-11", "双11 活动规则", "规则正文", Start, published.AddDays(-1));

        Assert.Equal(PriceRuleIds.CampaignRules, Assert.Single(Check(Complete(statedBaseline: "x", campaign: "double-11"))).RuleId);
        Assert.Equal(PriceRuleIds.CampaignRules, Assert.Single(Check(Complete(statedBaseline: "x", campaign: "double-11"), campaign: campaign)).RuleId);
        campaign.Publish(published, "compliance@example.com", new RuleLeadTime());
        Assert.Empty(Check(Complete(statedBaseline: "x", campaign: "double-11"), campaign: campaign));

        var later = CampaignRule.Draft("later", "t", "b", Start.AddDays(1), published.AddDays(-1));
        later.Publish(published, "c", new RuleLeadTime());
        Assert.Contains("before campaign rule", Assert.Single(Check(Complete(statedBaseline: "x", campaign: "later"), campaign: later)).Message);
    }

    [Fact]
    public void A_campaign_rule_taking_effect_sooner_than_the_lead_time_is_refused_with_PLAT_RULE_001()
    {
        var rule = CampaignRule.Draft("flash", "闪购规则", "正文", Start, Start.AddDays(-10));

        var refused = Assert.Throws<PriceRulesRefusedException>(() => rule.Publish(Start.AddDays(-6), "c", new RuleLeadTime(7)));
        Assert.Equal((PriceRuleIds.RuleLeadTime, FindingSeverity.Block), (refused.Findings[0].RuleId, refused.Findings[0].Severity));
        Assert.False(rule.IsPublished);
        rule.Publish(Start.AddDays(-7), "c", new RuleLeadTime(7));
        Assert.True(rule.IsPublished);
        Assert.Throws<CommerceOps.Domain.Common.InvalidStateException>(() => rule.Publish(Start.AddDays(-3), "c", new RuleLeadTime(3)));
    }
}
