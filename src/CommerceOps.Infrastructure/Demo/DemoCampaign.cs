using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Infrastructure.Marketing.Campaigns;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// The demo store's past campaign, so the Campaigns and Coupons pages show real sends and results: a win-back
/// campaign from the guide's template with a personal ¥20 coupon, fired 21 days ago at 10:00 Beijing time through the
/// real firing path (holdout, consent, cap; the recording channel) over the demo's order facts. Its results are the
/// demo orders placed after the send. Seeded once, on a freshly generated demo store.
/// </summary>
public sealed class DemoCampaign(CommerceDbContext db, OutboxProjector projector, PromotionService promotions, CampaignRunner runner, TimeProvider time)
{
    public const string Key = "demo-win-back";
    public const string CouponCode = "DEMO-WINBACK20";
    public const int DaysAgo = 21;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Campaigns.AnyAsync(ct)) return;
        while (await projector.DrainAsync(ct) > 0) { } // the audience is read from the order facts
        var now = time.GetUtcNow();
        var zone = CampaignSpec.ShopTimeZone;
        var localToday = TimeZoneInfo.ConvertTime(now, zone).Date;
        var firedLocal = localToday.AddDays(-DaysAgo).AddHours(10);
        var firedAt = new DateTimeOffset(firedLocal, zone.GetUtcOffset(firedLocal)).ToUniversalTime();

        var coupon = await promotions.CreateAsync(CouponCode, "老客回归券 满100减20", new PromotionRules(
            new CouponDiscount(CouponCode, 100m, AmountOff: 20m, Personal: true),
            new PromotionPeriod(firedAt.AddDays(-1), now.AddDays(30)), new PromotionScope(ExcludedSkus: []), PromotionEligibility.Everyone,
            Stacking.Stackable, 0, new PromotionLimits(1, 50_000m)), ct);
        await promotions.PublishAsync(coupon.Id, ct);

        var template = CampaignTemplates.Find("dormant_win_back")!;
        var spec = template.Spec with
        {
            Audience = new AudienceSpec("rule", MinRecencyDays: 30),
            Trigger = new TriggerSpec(TriggerSpec.ScheduleType, At: firedAt),
            Action = template.Spec.Action with { CouponPromotionId = coupon.Id, CouponValidDays = 14 },
        };
        var campaign = StoredCampaign.Create(Key, "沉睡唤醒：30 天未购老客专属券", template.Key, spec, firedAt.AddHours(-1));
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        await runner.FireAsync(campaign, firedAt, ct);
    }
}
