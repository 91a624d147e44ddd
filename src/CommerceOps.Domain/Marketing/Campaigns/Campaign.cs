using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>A triggered campaign: who (audience), when (trigger), what (action) and the rules that limit contact.</summary>
public sealed record Campaign
{
    public Campaign(string key, string name, CampaignAudience audience, CampaignTrigger trigger, CampaignAction action, ContactRules rules)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 64) throw new DomainException("A campaign key has 1 to 64 characters.", "key");
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("A campaign has a name.", "name");
        if (rules.Channel != action.Channel) throw new DomainException("The contact rules are for the action's channel.", "channel");
        if (rules.Holdout.CampaignKey != key) throw new DomainException("The holdout is drawn for this campaign.", "holdoutPercent");
        (Key, Name, Audience, Trigger, Action, Rules) = (key, name.Trim(), audience, trigger, action, rules);
    }

    public string Key { get; }
    public string Name { get; }
    public CampaignAudience Audience { get; }
    public CampaignTrigger Trigger { get; }
    public CampaignAction Action { get; }
    public ContactRules Rules { get; }
}
