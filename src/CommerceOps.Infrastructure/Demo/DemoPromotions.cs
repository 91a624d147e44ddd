using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// The demo store's promotions, so the Promotions page has a running set to preview carts against and the compliance page
/// a refusal to show: four published promotions running from 3 days ago to 30 days ahead (one per stacking group, with an
/// exclusive one), one that has ended, and a draft that does not state its stacking, limits or excluded SKUs (the price
/// rules refuse it, PRC-COND-004). Fixed values relative to "now"; no randomness.
/// </summary>
public static class DemoPromotions
{
    public const string Threshold = "DEMO-FULL300";
    public const string Apparel = "DEMO-APPAREL-90";
    public const string Storage = "DEMO-HOME-B2G1";
    public const string Shipping = "DEMO-SHIP99";
    public const string Ended = "DEMO-NEWYEAR";
    public const string RefusedDraft = "DEMO-AUDIO-618";

    /// <summary>The apparel promotion's percentage off (9折).</summary>
    public const decimal ApparelPercentOff = 10m;

    public static async Task WriteAsync(CommerceDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var running = new PromotionPeriod(now.AddDays(-3), now.AddDays(30));
        var everything = new PromotionScope(ExcludedSkus: []);
        Promotion[] published =
        [
            Promotion.Draft(Threshold, "全场满300减30", new PromotionRules(new ThresholdDiscount(300m, 30m), running, everything,
                PromotionEligibility.Everyone, Stacking.Stackable, 0, new PromotionLimits(3, 200_000m)), now.AddDays(-5)),
            Promotion.Draft(Apparel, "服饰9折", new PromotionRules(new PercentageDiscount(ApparelPercentOff), running,
                new PromotionScope(Categories: ["apparel.women", "apparel.men"], ExcludedSkus: []), PromotionEligibility.Everyone,
                Stacking.Stackable, 10, new PromotionLimits(5, 100_000m)), now.AddDays(-5)),
            Promotion.Draft(Storage, "收纳买二送一", new PromotionRules(new BuyNGetM(2, 1), running,
                new PromotionScope(Categories: ["home.storage"], ExcludedSkus: []), PromotionEligibility.Everyone,
                Stacking.Exclusive, 20, new PromotionLimits(2, 50_000m)), now.AddDays(-5)),
            Promotion.Draft(Shipping, "满99包邮", new PromotionRules(new FreeShipping(99m), running, everything,
                PromotionEligibility.Everyone, Stacking.Stackable, 0, new PromotionLimits(10, 80_000m)), now.AddDays(-5)),
        ];
        var ended = Promotion.Draft(Ended, "新年满200减20", new PromotionRules(new ThresholdDiscount(200m, 20m),
            new PromotionPeriod(now.AddDays(-60), now.AddDays(-40)), everything, PromotionEligibility.Everyone, Stacking.Stackable, 0,
            new PromotionLimits(1, 30_000m)), now.AddDays(-65));
        var draft = Promotion.Draft(RefusedDraft, "618 耳机直降50", new PromotionRules(new DirectDiscount(50m),
            new PromotionPeriod(now.AddDays(10), now.AddDays(20)), new PromotionScope(Categories: ["3c.audio"]), PromotionEligibility.Everyone),
            now.AddDays(-1));

        foreach (var promotion in published) promotion.Publish(now.AddDays(-4));
        ended.Publish(now.AddDays(-61));
        ended.End(now.AddDays(-40));
        db.Promotions.AddRange([.. published, ended, draft]);
        await db.SaveChangesAsync(ct);
        // What PromotionService.PublishAsync adds with a publication: the budget counter checkout draws on.
        foreach (var promotion in (Promotion[])[.. published, ended])
            db.PromotionCounters.Add(new PromotionCounter(promotion.Id, (long)(promotion.Rules.Limits!.Budget * 100m)));
        await db.SaveChangesAsync(ct);
    }
}
