using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing;
using CommerceOps.Domain.Marketing.Campaigns;

namespace CommerceOps.Domain.Tests.Marketing;

public sealed class CampaignDispatchTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.FromHours(8));

    private sealed class Outbox(string channel) : ICampaignChannel
    {
        public List<(string Customer, string Message)> Delivered { get; } = [];
        public string Channel => channel;

        public string Deliver(string customerId, string message)
        {
            Delivered.Add((customerId, message));
            return "m" + Delivered.Count;
        }
    }

    private static Campaign WinBack(decimal holdoutPercent) => new("winback", "沉睡客户召回",
        CampaignAudience.OfStage(LifecycleStages.Dormant), CampaignTrigger.AfterDaysWithoutOrder(90),
        new CampaignAction(CampaignChannels.Sms, "老朋友专享 8 折券，7 天内有效", 42),
        new ContactRules(CampaignChannels.Sms, new HoldoutGroup("winback", holdoutPercent), new FrequencyCap(1, TimeSpan.FromDays(7)), null));

    [Fact]
    public void Every_member_is_recorded_and_only_those_allowed_are_contacted()
    {
        var outbox = new Outbox(CampaignChannels.Sms);
        var campaign = WinBack(holdoutPercent: 10m);
        var held = Enumerable.Range(1, 200).Select(i => "C" + i).First(campaign.Rules.Holdout.Contains);
        var free = Enumerable.Range(1, 200).Select(i => "C" + i).Where(id => !campaign.Rules.Holdout.Contains(id)).Take(3).ToList();
        AudienceMember Member(string id, bool consent, params DateTimeOffset[] sends) => new(id, (_, _) => consent, sends);

        var records = new CampaignDispatch(outbox).Fire(campaign,
            [Member(held, true), Member(free[0], true), Member(free[1], false), Member(free[2], true, Noon.AddDays(-2))], Noon);

        Assert.Equal([SendOutcome.Holdout, SendOutcome.Send, SendOutcome.NoConsent, SendOutcome.FrequencyCapped], records.Select(r => r.Outcome));
        Assert.Equal([(free[0], "老朋友专享 8 折券，7 天内有效")], outbox.Delivered);
        Assert.Equal("m1", records[1].ProviderMessageId);
        Assert.All(records.Where(r => r.Outcome != SendOutcome.Send), r => Assert.Null(r.ProviderMessageId));
    }

    [Fact]
    public void A_campaign_is_consistent_with_its_channel_and_holdout()
    {
        var rules = new ContactRules(CampaignChannels.Email, new HoldoutGroup("winback"), new FrequencyCap(1, TimeSpan.FromDays(1)), null);
        Assert.Equal("channel", Assert.Throws<DomainException>(() => new Campaign("winback", "x", CampaignAudience.OfStage(LifecycleStages.Lost),
            new CampaignTrigger.Restock(), new CampaignAction(CampaignChannels.Sms, "hi", null), rules)).Field);
        Assert.Throws<InvalidOperationException>(() => new CampaignDispatch(new Outbox(CampaignChannels.Email)).Fire(WinBack(10m), [], Noon));
    }
}
