using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing;
using CommerceOps.Domain.Marketing.Campaigns;

namespace CommerceOps.Domain.Tests.Marketing;

public sealed class CampaignDefinitionTests
{
    [Fact]
    public void An_audience_is_a_segment_a_stage_or_a_rule_on_the_rfm_measures()
    {
        var champions = CampaignAudience.OfSegment(RfmSegments.Champions);
        Assert.True(champions.Includes(RfmSegments.Champions, LifecycleStages.Active, 3, 9, 900m));
        Assert.False(champions.Includes(RfmSegments.Loyal, LifecycleStages.Active, 3, 9, 900m));

        var dormant = CampaignAudience.OfStage(LifecycleStages.Dormant);
        Assert.True(dormant.Includes(RfmSegments.AtRisk, LifecycleStages.Dormant, 120, 2, 80m));

        var lapsedBigSpenders = CampaignAudience.OfRule(minRecencyDays: 60, maxRecencyDays: null, minFrequency: 2, minMonetary: 500m);
        Assert.True(lapsedBigSpenders.Includes(RfmSegments.AtRisk, LifecycleStages.Dormant, 60, 2, 500m));
        Assert.False(lapsedBigSpenders.Includes(RfmSegments.AtRisk, LifecycleStages.Active, 59, 2, 500m));
        Assert.False(lapsedBigSpenders.Includes(RfmSegments.AtRisk, LifecycleStages.Dormant, 90, 1, 500m));
        Assert.False(lapsedBigSpenders.Includes(RfmSegments.AtRisk, LifecycleStages.Dormant, 90, 2, 499.99m));
    }

    [Fact]
    public void Invalid_definitions_name_the_field_at_fault()
    {
        Assert.Equal("audience", Assert.Throws<DomainException>(() => CampaignAudience.OfSegment("vip")).Field);
        Assert.Equal("audience", Assert.Throws<DomainException>(() => CampaignAudience.OfStage("sleeping")).Field);
        Assert.Equal("audience", Assert.Throws<DomainException>(() => CampaignAudience.OfRule(null, null, null, null)).Field);
        Assert.Equal("audience", Assert.Throws<DomainException>(() => CampaignAudience.OfRule(90, 30, null, null)).Field);
        Assert.Equal("trigger", Assert.Throws<DomainException>(() => CampaignTrigger.AfterDaysWithoutOrder(0)).Field);
        Assert.Equal("trigger", Assert.Throws<DomainException>(() => CampaignTrigger.Scheduled(DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(5))).Field);
        Assert.Equal("channel", Assert.Throws<DomainException>(() => new CampaignAction("fax", "hi", null)).Field);
        Assert.Equal("message", Assert.Throws<DomainException>(() => new CampaignAction(CampaignChannels.WeChat, " ", null)).Field);
        Assert.Equal("couponPromotionId", Assert.Throws<DomainException>(() => new CampaignAction(CampaignChannels.Email, "hi", 0)).Field);
    }

    [Fact]
    public void Triggers_keep_their_parameters()
    {
        Assert.Equal(new CampaignTrigger.DaysSinceLastOrder(45), CampaignTrigger.AfterDaysWithoutOrder(45));
        var daily = CampaignTrigger.Scheduled(DateTimeOffset.UnixEpoch, TimeSpan.FromDays(1));
        Assert.Equal(TimeSpan.FromDays(1), Assert.IsType<CampaignTrigger.Schedule>(daily).Every);
        var action = new CampaignAction(CampaignChannels.AppPush, "  您关注的商品降价了  ", 7);
        Assert.Equal("您关注的商品降价了", action.Message);
    }
}
