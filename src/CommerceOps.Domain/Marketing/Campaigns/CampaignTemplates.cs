namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>
/// The guide's lifecycle strategies as ready campaigns: two per stage group. A template fills audience, trigger,
/// channel and message; the marketing team adds the coupon promotion (for the templates that give one) and may
/// change anything before saving.
/// </summary>
public static class CampaignTemplates
{
    public sealed record Template(string Key, string Stage, bool GivesCoupon, CampaignSpec Spec);

    private static readonly QuietHoursSpec Night = new("21:00", "08:00");

    public static readonly IReadOnlyList<Template> All =
    [
        new("new_first_order_coupon", LifecycleStages.New, true, new CampaignSpec(
            new AudienceSpec("stage", LifecycleStages.New), new TriggerSpec(TriggerSpec.FirstVisitType),
            new ActionSpec(CampaignChannels.AppPush, "欢迎光临！首单专享优惠券已放入您的账户，另为您推荐热门品类。"), QuietHours: Night)),
        new("new_viewed_price_drop", LifecycleStages.New, false, new CampaignSpec(
            new AudienceSpec("stage", LifecycleStages.New), new TriggerSpec(TriggerSpec.PriceDropType),
            new ActionSpec(CampaignChannels.AppPush, "您浏览过的商品降价了，快来看看吧。"), QuietHours: Night)),
        new("active_gift_with_purchase", LifecycleStages.Active, false, new CampaignSpec(
            new AudienceSpec("stage", LifecycleStages.Active), new TriggerSpec(TriggerSpec.ScheduleType, EveryHours: 24 * 7),
            new ActionSpec(CampaignChannels.WeChat, "本周满赠活动进行中：满额即送好礼。"), QuietHours: Night)),
        new("active_new_product_trial", LifecycleStages.Active, true, new CampaignSpec(
            new AudienceSpec("segment", "champions"), new TriggerSpec(TriggerSpec.ScheduleType, EveryHours: 24 * 14),
            new ActionSpec(CampaignChannels.WeChat, "新品抢先试用：专属试用券请查收。"), QuietHours: Night)),
        new("dormant_win_back", LifecycleStages.Dormant, true, new CampaignSpec(
            new AudienceSpec("stage", LifecycleStages.Dormant), new TriggerSpec(TriggerSpec.DaysSinceLastOrderType, Days: 90),
            new ActionSpec(CampaignChannels.Sms, "好久不见！送您一张专属折扣券，期待您回来。"), QuietHours: Night)),
        new("lost_back_in_stock", LifecycleStages.Lost, true, new CampaignSpec(
            new AudienceSpec("stage", LifecycleStages.Lost), new TriggerSpec(TriggerSpec.RestockType),
            new ActionSpec(CampaignChannels.Sms, "您喜欢的商品到货了，限时8折。"), QuietHours: Night)),
    ];

    public static Template? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}
