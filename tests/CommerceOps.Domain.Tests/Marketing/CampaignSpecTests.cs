using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Domain.Marketing.Coupons;

namespace CommerceOps.Domain.Tests.Marketing;

public sealed class CampaignSpecTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_template_becomes_a_valid_campaign_once_a_schedule_has_its_start()
    {
        foreach (var template in CampaignTemplates.All)
        {
            var spec = template.Spec.Trigger.Type == TriggerSpec.ScheduleType ? template.Spec with { Trigger = template.Spec.Trigger with { At = Now } } : template.Spec;
            var campaign = spec.ToCampaign("k-" + template.Key, template.Key);
            Assert.Equal(HoldoutGroup.DefaultPercent, campaign.Rules.Holdout.Percent);
            Assert.NotNull(campaign.Rules.Quiet);
        }
        Assert.Equal(6, CampaignTemplates.All.Count);
    }

    [Fact]
    public void Quiet_hours_are_local_to_Shanghai_and_defer_a_night_send_to_8_am()
    {
        var quiet = new QuietHoursSpec("21:00", "08:00").ToQuietHours();
        var nightInShanghai = new DateTimeOffset(2026, 11, 26, 14, 30, 0, TimeSpan.Zero); // 22:30 local
        Assert.True(quiet.Contains(nightInShanghai));
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), quiet.NextAllowed(nightInShanghai).ToUniversalTime());
        Assert.False(quiet.Contains(new DateTimeOffset(2026, 11, 26, 4, 0, 0, TimeSpan.Zero))); // 12:00 local
    }

    [Theory]
    [InlineData("segment", "nobody", "audience")]
    [InlineData("cohort", null, "audience.kind")]
    public void An_unknown_audience_is_refused_with_its_field(string kind, string? key, string field)
    {
        var spec = new CampaignSpec(new AudienceSpec(kind, key), new TriggerSpec(TriggerSpec.RestockType), new ActionSpec(CampaignChannels.Sms, "到货啦"));
        Assert.Equal(field, Assert.Throws<DomainException>(() => spec.ToCampaign("k", "n")).Field);
    }

    [Fact]
    public void Badly_written_quiet_hours_and_caps_are_refused_with_their_field()
    {
        var spec = new CampaignSpec(new AudienceSpec("stage", "lost"), new TriggerSpec(TriggerSpec.RestockType), new ActionSpec(CampaignChannels.Sms, "到货啦"));
        Assert.Equal("quietHours.start", Assert.Throws<DomainException>(() => (spec with { QuietHours = new("9pm", "08:00") }).ToCampaign("k", "n")).Field);
        Assert.Equal("frequencyCap.windowDays", Assert.Throws<DomainException>(() => (spec with { FrequencyCap = new(1, 0) }).ToCampaign("k", "n")).Field);
    }

    [Fact]
    public void A_personal_coupon_is_refused_to_another_customer_after_use_and_after_expiry()
    {
        var coupon = new IssuedCoupon(promotionId: 7, customerId: 42, Now, Now.AddDays(7));
        Assert.Matches("^[2-9A-HJ-KMNP-Z]{12}$", coupon.Code);
        Assert.Null(coupon.RefusalFor(42, Now.AddDays(1)));
        Assert.Contains("another customer", coupon.RefusalFor(43, Now.AddDays(1)));
        Assert.Contains("expired", coupon.RefusalFor(42, Now.AddDays(7)));
        Assert.NotEqual(coupon.Code, new IssuedCoupon(7, 42, Now, Now.AddDays(7)).Code);
    }
}
